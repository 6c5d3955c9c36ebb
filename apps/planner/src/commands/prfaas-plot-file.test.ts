import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
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

  it.runIf(existsSync("/proc/self"))("rejects before the run a directory that refuses new files whatever its permission bits", () => {
    // /proc passes the superuser's access check, but no file can be created in it.
    expect(() => checkPlotPath("/proc/ttft.svg")).toThrow(/^Invalid --plot "\/proc\/ttft\.svg": /);
    expect(() => checkPlotPath(join(directory, "ttft.svg"))).not.toThrow();
    expect(readdirSync(directory)).toEqual([]);
  });

  it.runIf(existsSync("/proc/self"))("suggests freeing space only when the disk is full", () => {
    expect(() => writePlotFile("/proc/ttft.svg", "<svg/>")).toThrow(/pass another --plot path\.$/);
    expect(() => writePlotFile("/proc/ttft.svg", "<svg/>")).not.toThrow(/free some space/);
  });

  it("rejects a symbolic link whose target does not exist", () => {
    const link = join(directory, "dangling.svg");
    symlinkSync(join(directory, "missing", "plot.svg"), link);

    expect(() => checkPlotPath(link)).toThrow(/symbolic link whose target does not exist/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
