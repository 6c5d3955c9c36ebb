// Commander's usage errors end with the --help command of the command that raised them.
import { describe, expect, it } from "vitest";

import { runMrc } from "./test-support.js";

describe("usage errors", () => {
  it("point a missing argument to its command's help", async () => {
    const result = await runMrc(["header"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'file'");
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe('Run "mrc header --help" for usage.');
  });

  it("point an unknown command to the program's help", async () => {
    const result = await runMrc(["nosuch"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'nosuch'");
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe('Run "mrc --help" for usage.');
  });
});
