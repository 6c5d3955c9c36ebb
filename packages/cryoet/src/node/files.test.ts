import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { computeStatistics, encodeMrc, readMrc, validateMrc } from "../index.js";
import { fixtureBytes } from "../testing/fixtures.js";
import { MrcSectionWriter, openMrcFile, readMrcFile, replaceFile, replaceMrcFile, updateMrcHeader, writeMrcFile } from "./index.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-files-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const volume = Float32Array.from({ length: 4 * 5 * 6 }, (_, index) => Math.cos(index) * 3);

describe("writeMrcFile", () => {
  it("writes, refuses to overwrite, then overwrites", async () => {
    const path = join(dir, "a.mrc");
    await writeMrcFile(path, { data: volume, shape: [4, 5, 6], voxelSize: 2.5 });
    const file = await readMrcFile(path);
    expect(Array.from(file.data!)).toEqual(Array.from(volume));
    expect(file.voxelSize).toEqual([2.5, 2.5, 2.5]);
    expect(validateMrc(readFileSync(path)).valid).toBe(true);
    await expect(writeMrcFile(path, { data: volume, shape: [4, 5, 6] })).rejects.toMatchObject({ code: "WRITE_FAILED" });
    await writeMrcFile(path, { data: new Float32Array(8), shape: [2, 2, 2] }, { overwrite: true });
    expect((await readMrcFile(path)).shape).toEqual([2, 2, 2]);
  });

  it("rejects an empty path", async () => {
    const write = writeMrcFile("", { data: volume, shape: [4, 5, 6] });

    await expect(write).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "path", message: 'Invalid output path "": expected a file name, such as "map.mrc".' });
  });

  it("replaceMrcFile rejects an empty path", async () => {
    const bytes = encodeMrc({ data: volume, shape: [4, 5, 6] }).bytes;

    await expect(replaceMrcFile("", bytes)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "path", message: 'Invalid output path "": expected a file name, such as "map.mrc".' });
  });

  it("gzip from the file name", async () => {
    const path = join(dir, "b.mrc.gz");
    await writeMrcFile(path, { data: volume, shape: [4, 5, 6] });
    expect(readFileSync(path).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect((await readMrcFile(path)).compression).toBe("gzip");
    await expect(writeMrcFile(join(dir, "c.mrc.bz2"), { data: volume, shape: [4, 5, 6] })).rejects.toMatchObject({ code: "INVALID_ARGUMENT", value: "bzip2" });
  });

  it("a failed write leaves the original unchanged", async () => {
    const path = join(dir, "keep.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));
    await expect(
      replaceFile(path, async (handle) => {
        await handle.write(new Uint8Array(100), 0, 100, 0);
        throw new Error("disk full");
      }),
    ).rejects.toMatchObject({ code: "WRITE_FAILED", message: expect.stringContaining("original file is unchanged") });
    expect(readFileSync(path)).toEqual(Buffer.from(fixtureBytes("EMD-3197.map")));
    expect(readdirSync(dir).filter((name) => name.includes("keep.mrc."))).toEqual([]);
  });
});

describe("updateMrcHeader", () => {
  it("changes the origin in place and keeps the data", async () => {
    const path = join(dir, "update.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));
    await updateMrcHeader(path, (header) => {
      header.origin = [1, 2, 3];
    });
    const file = await readMrcFile(path);
    expect(file.header.origin).toEqual([1, 2, 3]);
    expect(file.header.machst).toEqual([0x44, 0x41, 0, 0]);
    expect(Array.from(file.data!)).toEqual(Array.from(readMrc(fixtureBytes("EMD-3197.map")).data!));
  });

  it("rejects numbers the header cannot store", async () => {
    const path = join(dir, "update-int32.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));

    const update = updateMrcHeader(path, (header) => void (header.nxstart = 2 ** 40));

    await expect(update).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "NXSTART", value: 2 ** 40, message: expect.stringContaining("must be a whole number from -2147483648 to 2147483647") });
    const stamp = updateMrcHeader(path, (header) => void (header.machst = [300, 0x41, 0, 0]));
    await expect(stamp).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "MACHST", message: expect.stringContaining("Machine stamp [300, 65, 0, 0] is not 4 bytes from 0 to 255") });
    expect(readFileSync(path)).toEqual(Buffer.from(fixtureBytes("EMD-3197.map")));
  });

  it("rejects layout changes", async () => {
    const path = join(dir, "update2.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));
    await expect(updateMrcHeader(path, (header) => void (header.nx = 10))).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    expect(readFileSync(path)).toEqual(Buffer.from(fixtureBytes("EMD-3197.map")));
  });
});

describe("MrcSectionWriter", () => {
  it("streams sections and writes statistics", async () => {
    const path = join(dir, "stream.mrc");
    const writer = await MrcSectionWriter.create(path, { shape: [4, 5, 6], mode: 2, stampLabel: false });
    for (let section = 0; section < 4; section++) await writer.writeSection(volume.subarray(section * 30, section * 30 + 30));
    await writer.close();
    const streamed = readFileSync(path);
    expect(new Uint8Array(streamed)).toEqual(encodeMrc({ data: volume, shape: [4, 5, 6], stampLabel: false }).bytes);
    const statistics = computeStatistics(volume);
    const file = await readMrcFile(path);
    expect(file.header.rms).toBe(Math.fround(statistics.rms));
  });

  it("an incomplete file is removed and the original kept", async () => {
    const path = join(dir, "partial.mrc");
    writeFileSync(path, "original");
    const writer = await MrcSectionWriter.create(path, { shape: [4, 5, 6], mode: 2, overwrite: true });
    await writer.writeSection(volume.subarray(0, 30));
    await expect(writer.close()).rejects.toMatchObject({ code: "WRITE_FAILED" });
    expect(readFileSync(path, "utf8")).toBe("original");
    expect(readdirSync(dir).filter((name) => name.startsWith(".partial.mrc"))).toEqual([]);
  });
});

describe("MrcSectionWriter array types", () => {
  it.each<[number, ArrayLike<number> & object]>([
    [1, Float32Array.of(70000, 1.5, -40000, 3)],
    [6, Float32Array.of(-1, 1.5, 70000, 3)],
    [0, Float32Array.of(300, -200, 1.5, 3)],
    [1, Uint16Array.of(65535, 2, 3, 4)],
    [2, Int16Array.of(1, 2, 3, 4)],
  ])("mode %i rejects a section of another type", async (mode, values) => {
    const path = join(dir, `typed-${mode}-${values.constructor.name}.mrc`);
    writeFileSync(path, "original");
    const writer = await MrcSectionWriter.create(path, { shape: [1, 2, 2], mode: mode as 0 | 1 | 2 | 6, overwrite: true });

    const write = writer.writeSection(values as Float32Array);

    await expect(write).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "section", value: values.constructor.name });
    await expect(writer.close()).rejects.toMatchObject({ code: "WRITE_FAILED" });
    expect(readFileSync(path, "utf8")).toBe("original");
  });

  it("names the expected type", async () => {
    const writer = await MrcSectionWriter.create(join(dir, "typed-message.mrc"), { shape: [1, 2, 2], mode: 1 });

    const write = writer.writeSection(Float32Array.of(70000, 1, 2, 3));

    await expect(write).rejects.toThrow("Section 0: Cannot write Float32Array as mode 1: expected Int16Array. Convert the values first, for example with convertData, which checks their range.");
  });

  it("takes a Node Buffer as unsigned bytes", async () => {
    const path = join(dir, "typed-buffer.mrc");
    const writer = await MrcSectionWriter.create(path, { shape: [1, 2, 2], mode: 0, stampLabel: false });

    await writer.writeSection(Buffer.from([0, 100, 200, 255]));
    await writer.close();

    expect(Array.from((await readMrcFile(path)).data!)).toEqual([0, 100, 200, 255]);
  });
});

describe("openMrcFile", () => {
  it("reads the header without the data", async () => {
    const reader = await openMrcFile(join(dir, "..", "does-not-exist.mrc")).catch((error: unknown) => error);
    expect(reader).toMatchObject({ code: "READ_FAILED" });
    const path = join(dir, "lazy.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));
    const lazy = await openMrcFile(path);
    expect(lazy.header.nx).toBe(20);
    expect((await lazy.readSlice("x", 1)).shape).toEqual([20, 20, 1]);
    await lazy.close();
  });
});
