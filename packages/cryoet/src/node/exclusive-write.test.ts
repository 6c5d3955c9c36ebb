import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MrcSectionWriter, replaceFile, writeFileAtomic, writeMrcFile, writeOmeZarrDirectory } from "./index.js";

let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-exclusive-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writes without overwrite", () => {
  it("keep a file created during the write", async () => {
    const path = join(dir, "raced.bin");
    // Another process creates the output while the temporary file is being written.
    const write = replaceFile(
      path,
      async (handle) => {
        writeFileSync(path, "precious");
        await handle.write(new Uint8Array([1, 2, 3]));
      },
      { overwrite: false },
    );
    await expect(write).rejects.toMatchObject({ code: "WRITE_FAILED", file: path });
    expect(readFileSync(path, "utf8")).toBe("precious");
    expect(readdirSync(dir).filter((name) => name.includes("raced.bin"))).toEqual(["raced.bin"]);
  });

  it("reject an existing file before writing", async () => {
    const path = join(dir, "existing.bin");
    writeFileSync(path, "precious");
    let writeCalled = false;

    const write = writeFileAtomic(path, new Uint8Array([1, 2, 3]), { overwrite: false });
    await expect(write).rejects.toMatchObject({ code: "WRITE_FAILED", file: path });
    await expect(write).rejects.toThrow(`${path} already exists: pass overwrite: true to replace it, or choose another output path.`);
    await expect(replaceFile(path, async () => void (writeCalled = true), { overwrite: false })).rejects.toMatchObject({ code: "WRITE_FAILED" });

    expect(writeCalled).toBe(false);
    expect(readFileSync(path, "utf8")).toBe("precious");
    expect(readdirSync(dir).filter((name) => name.includes("existing.bin"))).toEqual(["existing.bin"]);
  });

  it("reject an overwrite flag that is not a boolean", async () => {
    const path = join(dir, "flag.mrc");
    writeFileSync(path, "precious");
    const overwrite = "false" as unknown as boolean;
    const input = { data: new Float32Array(4), shape: [1, 2, 2] };
    const expected = { code: "INVALID_ARGUMENT", field: "overwrite", value: "false" };

    await expect(writeMrcFile(path, input, { overwrite })).rejects.toMatchObject(expected);
    await expect(writeFileAtomic(path, new Uint8Array([1]), { overwrite })).rejects.toMatchObject(expected);
    await expect(MrcSectionWriter.create(path, { shape: [1, 2, 2], mode: 2, overwrite })).rejects.toMatchObject(expected);
    await expect(writeOmeZarrDirectory(join(dir, "flag.zarr"), input.data, input.shape, { overwrite })).rejects.toMatchObject(expected);
    expect(readFileSync(path, "utf8")).toBe("precious");
  });

  it("replace it by default", async () => {
    const path = join(dir, "replaced.bin");
    await replaceFile(path, async (handle) => {
      writeFileSync(path, "old");
      await handle.write(new Uint8Array([110, 101, 119]));
    });
    expect(readFileSync(path, "utf8")).toBe("new");
  });

  it("section writer keeps a file created before close", async () => {
    const path = join(dir, "sections.mrc");
    const writer = await MrcSectionWriter.create(path, { shape: [2, 3, 4], mode: 2 });
    writeFileSync(path, "precious");
    await writer.writeSection(new Float32Array(12));
    await writer.writeSection(new Float32Array(12));
    await expect(writer.close()).rejects.toMatchObject({ code: "WRITE_FAILED", file: path });
    expect(readFileSync(path, "utf8")).toBe("precious");
    expect(readdirSync(dir).filter((name) => name.includes("sections.mrc"))).toEqual(["sections.mrc"]);
  });

  it("section writer creates a new file", async () => {
    const path = join(dir, "fresh.mrc");
    const writer = await MrcSectionWriter.create(path, { shape: [1, 2, 2], mode: 2 });
    await writer.writeSection(new Float32Array([1, 2, 3, 4]));
    await writer.close();
    expect(readFileSync(path).length).toBe(1024 + 16);
    expect(readdirSync(dir).filter((name) => name.includes("fresh.mrc"))).toEqual(["fresh.mrc"]);
  });
});
