// A rename over a read-only file needs only the directory's permission, so the writer checks the
// file itself. The superuser passes every permission check, so the results of `access` and of
// opening for update are replaced here by the ones a user without write permission gets.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("node:fs/promises", async (importOriginal) => {
  const original = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...original,
    access: vi.fn(async (path: string, mode?: number) => {
      if (String(path).endsWith("read-only.mrc")) throw Object.assign(new Error(`EACCES: permission denied, access '${path}'`), { code: "EACCES" });
      return original.access(path, mode);
    }),
    open: vi.fn(async (path: string, flags?: string, mode?: number) => {
      if (String(path).endsWith("read-only.mrc") && flags === "r+") throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: "EACCES" });
      if (String(path).endsWith("read-only-fs.mrc") && flags === "r+") throw Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), { code: "EROFS" });
      return original.open(path, flags, mode);
    }),
  };
});

const { updateMrcHeader, writeMrcFile } = await import("./files.js");

let dir = "";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-read-only-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("replacing a read-only file", () => {
  it("fails with WRITE_FAILED and keeps the file", async () => {
    const path = join(dir, "read-only.mrc");
    writeFileSync(path, "original");

    const write = writeMrcFile(path, { data: new Float32Array([1, 2]), shape: [1, 1, 2] }, { overwrite: true });

    await expect(write).rejects.toMatchObject({ code: "WRITE_FAILED", field: "path" });
    await expect(write).rejects.toThrow(/read-only.*chmod u\+w/);
    expect(readFileSync(path, "utf8")).toBe("original");
  });

  it("still replaces a writable file", async () => {
    const path = join(dir, "writable.mrc");
    writeFileSync(path, "original");

    await writeMrcFile(path, { data: new Float32Array([1, 2]), shape: [1, 1, 2] }, { overwrite: true });

    expect(readFileSync(path).length).toBe(1024 + 8);
  });
});

describe("updating the header of a read-only file", () => {
  it("fails with WRITE_FAILED and keeps the file", async () => {
    const path = join(dir, "read-only.mrc");
    writeFileSync(path, "original");

    const update = updateMrcHeader(path, (header) => void (header.origin = [1, 2, 3]));

    await expect(update).rejects.toMatchObject({ code: "WRITE_FAILED", field: "path" });
    await expect(update).rejects.toThrow(/permission denied.*read and write permission on the file/);
    expect(readFileSync(path, "utf8")).toBe("original");
  });

  it("names a read-only file system", async () => {
    const path = join(dir, "read-only-fs.mrc");
    writeFileSync(path, "original");

    const update = updateMrcHeader(path, () => undefined);

    await expect(update).rejects.toMatchObject({ code: "WRITE_FAILED", field: "path" });
    await expect(update).rejects.toThrow(/read-only file system.*Write a copy elsewhere/);
  });

  it.skipIf(process.platform !== "linux")("gives READ_FAILED for a pipe", async () => {
    const path = join(dir, "pipe.mrc");
    execFileSync("mkfifo", [path]);

    const update = updateMrcHeader(path, () => undefined);

    await expect(update).rejects.toMatchObject({ code: "READ_FAILED", field: "path" });
    await expect(update).rejects.toThrow(/not a pipe or device/);
  });

  it("gives READ_FAILED for a missing file", async () => {
    const update = updateMrcHeader(join(dir, "missing.mrc"), () => undefined);

    await expect(update).rejects.toMatchObject({ code: "READ_FAILED", field: "path" });
    await expect(update).rejects.toThrow(/ENOENT/);
  });
});
