import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { checkPlotPath, writePlotFile } from "./prfaas-plot-file.js";

describe("writePlotFile", () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "plot-file-"));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it("writes a new file and leaves no temporary file", () => {
    const path = join(directory, "ttft.svg");
    writePlotFile(path, "<svg/>");

    expect(readFileSync(path, "utf8")).toBe("<svg/>");
    expect(readdirSync(directory)).toEqual(["ttft.svg"]);
  });

  it("keeps the permission bits of the file it replaces", () => {
    const path = join(directory, "ttft.svg");
    writeFileSync(path, "old");
    chmodSync(path, 0o600);

    writePlotFile(path, "<svg/>");

    expect(readFileSync(path, "utf8")).toBe("<svg/>");
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("writes through a symbolic link and keeps the link", () => {
    const target = join(directory, "real.svg");
    const link = join(directory, "link.svg");
    writeFileSync(target, "old");
    symlinkSync(target, link);

    writePlotFile(link, "<svg/>");

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("<svg/>");
  });

  it("rejects a symbolic link whose target does not exist", () => {
    const link = join(directory, "dangling.svg");
    symlinkSync(join(directory, "missing", "plot.svg"), link);

    expect(() => checkPlotPath(link)).toThrow(/symbolic link whose target does not exist/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
