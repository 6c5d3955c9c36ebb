// Commander's usage errors end with the --help command of the command that raised them.
import { describe, expect, it } from "vitest";

import { runPlanner } from "./test-support.js";

describe("usage errors", () => {
  it("point a missing value to its command's help", async () => {
    const result = await runPlanner(["afd", "--model"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument missing");
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe('Run "planner afd --help" for usage.');
  });

  it("point an unknown option of a nested command to its help", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--polcy", "prfaas"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--polcy");
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe('Run "planner prfaas simulate --help" for usage.');
  });

  it("leave help output unchanged", async () => {
    const result = await runPlanner(["afd", "--help"]);

    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("for usage.");
  });
});
