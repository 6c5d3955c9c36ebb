// Replacing an OME-Zarr directory: the old one goes only after the new one is in place, a failed
// export keeps the old one whole, and a directory that is no Zarr store is never replaced.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { writeOmeZarrDirectory } from "./zarr-directory.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-zarr-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = Float32Array.from({ length: 24 }, (_, index) => index);

/** Makes a Zarr v3 directory standing for an earlier export, with one marker file. */
function oldExport(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  writeFileSync(join(path, "zarr.json"), "{}");
  writeFileSync(join(path, "marker"), "old");
  return path;
}

describe("writeOmeZarrDirectory output path", () => {
  it("rejects an empty path", async () => {
    const write = writeOmeZarrDirectory("", data, [2, 3, 4]);

    await expect(write).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "path", message: 'Invalid output path "": expected a directory name, such as "map.zarr".' });
  });
});

describe("writeOmeZarrDirectory with overwrite", () => {
  it("replaces the old directory", async () => {
    const path = oldExport("replaced.zarr");

    await writeOmeZarrDirectory(path, data, [2, 3, 4], { overwrite: true });

    expect(existsSync(join(path, "marker"))).toBe(false);
    expect(existsSync(join(path, "zarr.json"))).toBe(true);
  });

  it("leaves no aside copy", async () => {
    const path = oldExport("no-aside.zarr");

    await writeOmeZarrDirectory(path, data, [2, 3, 4], { overwrite: true });

    expect(readdirSync(dir).filter((name) => name.startsWith(".no-aside.zarr."))).toEqual([]);
  });

  it("keeps the old directory when the export fails", async () => {
    const path = oldExport("kept.zarr");

    await expect(writeOmeZarrDirectory(path, data, [2, 3, 5], { overwrite: true })).rejects.toMatchObject({ name: "MrcError" });

    expect(existsSync(join(path, "marker"))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith(".kept.zarr."))).toEqual([]);
  });

  it("replaces an empty directory", async () => {
    const path = join(dir, "empty.zarr");
    mkdirSync(path);

    await writeOmeZarrDirectory(path, data, [2, 3, 4], { overwrite: true });

    expect(existsSync(join(path, "zarr.json"))).toBe(true);
  });

  it("replaces a Zarr v2 store", async () => {
    const path = join(dir, "v2.zarr");
    mkdirSync(path);
    writeFileSync(join(path, ".zgroup"), "{}");

    await writeOmeZarrDirectory(path, data, [2, 3, 4], { overwrite: true });

    expect(existsSync(join(path, ".zgroup"))).toBe(false);
    expect(existsSync(join(path, "zarr.json"))).toBe(true);
  });

  it("keeps a directory that is no Zarr store", async () => {
    const path = join(dir, "documents");
    mkdirSync(path);
    writeFileSync(join(path, "notes.txt"), "keep me");

    const rejected = writeOmeZarrDirectory(path, data, [2, 3, 4], { overwrite: true });

    await expect(rejected).rejects.toMatchObject({ code: "WRITE_FAILED", message: expect.stringContaining("no zarr.json, .zgroup or .zarray") });
    expect(readdirSync(path)).toEqual(["notes.txt"]);
    expect(readdirSync(dir).filter((name) => name.startsWith(".documents."))).toEqual([]);
  });
});
