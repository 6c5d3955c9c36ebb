// Compressed input is decompressed only as far as its header describes, and never past
// maxDataBytes. A bomb after a small header stops at that header's size. A header that declares a
// block over the limit stops with DATA_TOO_LARGE before the block is inflated. A forged gzip ISIZE
// trailer never sizes an allocation. mrcfile's readings of the fixtures are in
// fixtures/compressed/expected.json.
import { readFileSync } from "node:fs";

import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { bunzip2, BytesSource, decompress, encodeHeader, encodeMrc, gzip, openMrc, readMrc, validateMrcSource } from "./index.js";
import { fixtureBytes, fixturePath } from "./testing/fixtures.js";

const EMD_BYTES = 1024 + 20 * 20 * 20 * 4;
const BOMB_ZERO_BYTES = 128 * 2 ** 20;

interface CompressedRecord {
  ok: boolean;
  shape?: number[];
  dataSum?: number;
  warnings?: string[];
  error?: string;
}

const records = (JSON.parse(readFileSync(fixturePath("compressed/expected.json"), "utf8")) as { files: Record<string, CompressedRecord> }).files;

/** gzip of `length` zero bytes: a few KiB that inflate to `length`. */
/** Returns true when two typed arrays hold the same bytes. */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function zeroBomb(length: number): Uint8Array {
  return gzipSync(new Uint8Array(length), { level: 9 });
}

/** Growth of memory outside the JavaScript heap (array buffers) while `run` runs. */
function arrayBufferGrowth(run: () => void): number {
  const before = process.memoryUsage().arrayBuffers;
  run();
  return process.memoryUsage().arrayBuffers - before;
}

/** The gzip of a main header declaring `shape` float32 voxels, followed by `dataBytes` bytes of data. */
function declaringHeader(shape: [number, number, number], dataBytes: number): Uint8Array {
  const { header } = encodeMrc({ data: new Float32Array(8), shape: [2, 2, 2], stampLabel: false });
  [header.nz, header.ny, header.nx] = shape;
  [header.mz, header.my, header.mx] = shape;
  const file = new Uint8Array(1024 + dataBytes);
  file.set(encodeHeader(header, true));
  return gzipSync(file);
}

describe("decompression limit", () => {
  it("decompress stops a gzip bomb at maxBytes", () => {
    const bomb = zeroBomb(64 * 2 ** 20);
    expect(bomb.length).toBeLessThan(128 * 1024);
    expect(() => decompress(bomb, { maxBytes: 2 ** 20, fileName: "bomb.gz" })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", file: "bomb.gz", message: expect.stringContaining("decompresses to more than 1048576 bytes") }));
  }, 120_000);

  it("bunzip2 stops a bzip2 bomb with DATA_TOO_LARGE", () => {
    const bomb = fixtureBytes("compressed/zeros.bin.bz2");
    expect(bomb.length).toBeLessThan(1024);
    expect(() => bunzip2(bomb, { maxBytes: 2 ** 20 })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", message: expect.stringContaining("Raise maxBytes") }));
    expect(() => decompress(bomb, { maxBytes: 2 ** 20 })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE" }));
    expect(bunzip2(bomb, { maxBytes: BOMB_ZERO_BYTES }).length).toBe(BOMB_ZERO_BYTES);
  }, 120_000);

  it.each(["small-header-bomb.mrc.gz", "small-header-bomb.mrc.bz2"])("%s stops at the header's size", async (name) => {
    const bytes = fixtureBytes(`compressed/${name}`);
    const record = records[name]!;
    let file: ReturnType<typeof readMrc> | undefined;
    const growth = arrayBufferGrowth(() => {
      file = readMrc(bytes, { fileName: name });
    });
    expect(growth).toBeLessThan(16 * 2 ** 20);
    expect(file!.shape).toEqual(record.shape);
    expect(Array.from(file!.data!).reduce((sum, value) => sum + value, 0)).toBe(record.dataSum);
    expect(file!.warnings.map((warning) => [warning.check, warning.code])).toEqual([[7, "FILE_TOO_LONG"]]);
    expect(file!.warnings[0]!.message).toContain("more than the 1056 bytes that the header describes");
    // mrcfile decompresses the whole stream and warns with the exact excess.
    expect(record.warnings).toEqual([`MRC file is ${BOMB_ZERO_BYTES} bytes larger than expected`]);

    const reader = await openMrc(new BytesSource(bytes, name));
    expect(reader.warnings.map((warning) => warning.code)).toEqual(["FILE_TOO_LONG"]);
    expect(Array.from((await reader.readSlice("z", 1)).data)).toEqual([0.5, 1.5, 2.5, 3.5]);
  });

  it("header over maxDataBytes stops before the data", async () => {
    // 1200 × 1024 × 1024 float32 voxels (4.7 GiB) declared, 1 MiB present.
    const bytes = declaringHeader([1200, 1024, 1024], 2 ** 20);
    const growth = arrayBufferGrowth(() => {
      expect(() => readMrc(bytes, { fileName: "large.mrc.gz" })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", message: expect.stringContaining("Data needs 5033164800 bytes, more than maxDataBytes (4294967296). Raise maxDataBytes") }));
    });
    expect(growth).toBeLessThan(16 * 2 ** 20);
    await expect(openMrc(new BytesSource(bytes))).rejects.toMatchObject({ code: "DATA_TOO_LARGE" });

    const permissive = readMrc(bytes, { permissive: true });
    expect(permissive.data).toBeNull();
    expect(permissive.header.nz).toBe(1200);
    expect(permissive.warnings.map((warning) => warning.code)).toEqual(["DATA_TOO_LARGE"]);
    const reader = await openMrc(new BytesSource(bytes), { permissive: true });
    await expect(reader.readSlice("z", 0)).rejects.toMatchObject({ code: "DATA_TOO_LARGE" });
    const report = await validateMrcSource(new BytesSource(bytes));
    expect(report.problems.map((problem) => problem.code)).toEqual(["DATA_TOO_LARGE"]);
  });

  it("short stream under a large header is truncated, not too large", () => {
    const bytes = declaringHeader([4, 4, 4], 100);
    expect(() => readMrc(bytes)).toThrow(expect.objectContaining({ code: "FILE_SIZE_MISMATCH" }));
  });

  it("forged ISIZE fails in little memory", () => {
    const gz = gzip(fixtureBytes("EMD-3197.map"));
    new DataView(gz.buffer, gz.byteOffset, gz.byteLength).setUint32(gz.length - 4, 0xfffffff0, true);
    const growth = arrayBufferGrowth(() => {
      expect(() => readMrc(gz, { fileName: "forged.mrc.gz" })).toThrow(expect.objectContaining({ code: "DECOMPRESSION_FAILED", message: expect.stringContaining("ISIZE trailer states 4294967280") }));
    });
    expect(growth).toBeLessThan(64 * 2 ** 20);
  });

  it("limit is maxDataBytes for the data block", () => {
    const gz = fixtureBytes("emd_3197.map.gz");
    expect(readMrc(gz, { maxDataBytes: EMD_BYTES - 1024 }).shape).toEqual([20, 20, 20]);
    expect(() => readMrc(gz, { maxDataBytes: EMD_BYTES - 1025 })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", message: expect.stringContaining("more than maxDataBytes (31999)") }));
  });

  it("bzip2 over the limit throws DATA_TOO_LARGE", async () => {
    const bz = fixtureBytes("EMD-3197.map.bz2");
    expect(readMrc(bz, { maxDataBytes: EMD_BYTES - 1024 }).shape).toEqual([20, 20, 20]);
    expect(() => readMrc(bz, { maxDataBytes: 1000 })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", message: expect.stringContaining("Raise maxDataBytes") }));
    await expect(openMrc(new BytesSource(bz), { maxDataBytes: 1000 })).rejects.toMatchObject({ code: "DATA_TOO_LARGE" });
  });

  it("concatenated gzip members decode whole", () => {
    const first = gzipSync(new Uint8Array(1000).fill(1));
    const second = gzipSync(new Uint8Array(500).fill(2));
    const both = new Uint8Array(first.length + second.length);
    both.set(first);
    both.set(second, first.length);
    const { bytes } = decompress(both);
    expect(bytes.length).toBe(1500);
    expect(bytes[999]).toBe(1);
    expect(bytes[1000]).toBe(2);
  });

  it("truncated gzip fails to decompress", () => {
    const gz = fixtureBytes("emd_3197.map.gz");
    for (const cut of [1, 4, 8, 9, 100, 1000, gz.length - 10]) {
      expect(() => readMrc(gz.subarray(0, gz.length - cut)), `cut ${cut}`).toThrow(expect.objectContaining({ code: "DECOMPRESSION_FAILED" }));
    }
  });
});

describe("gzip padding", () => {
  it("trailing zero bytes are ignored", async () => {
    const record = records["trailing-zeros.mrc.gz"]!;
    expect(record.ok).toBe(true);
    const file = readMrc(fixtureBytes("compressed/trailing-zeros.mrc.gz"));
    expect(file.shape).toEqual(record.shape);
    expect(file.warnings).toEqual([]);
    expect(Array.from(file.data!).reduce((sum, value) => sum + value, 0)).toBeCloseTo(record.dataSum!, 5);
    const reader = await openMrc(new BytesSource(fixtureBytes("compressed/trailing-zeros.mrc.gz")));
    expect(reader.shape).toEqual(record.shape);
  });

  it("any padding length, members ending in zero bytes", () => {
    const emd = fixtureBytes("EMD-3197.map");
    const gz = gzip(emd);
    // EMD-3197 is 33,024 bytes, so the ISIZE trailer ends in two zero bytes.
    expect(Array.from(gz.subarray(gz.length - 2))).toEqual([0, 0]);
    for (const padding of [0, 1, 2, 3, 4, 7, 8, 9, 4096]) {
      const padded = new Uint8Array(gz.length + padding);
      padded.set(gz);
      // Byte comparisons: toEqual walks typed arrays element by element, which took seconds here.
      expect(sameBytes(readMrc(padded).data!, readMrc(emd).data!), `padding ${padding}`).toBe(true);
      expect(sameBytes(decompress(padded).bytes, emd), `padding ${padding}`).toBe(true);
    }
  });

  it("trailing garbage and truncated padded files fail", () => {
    expect(records["trailing-garbage.mrc.gz"]!.ok).toBe(false);
    expect(() => readMrc(fixtureBytes("compressed/trailing-garbage.mrc.gz"))).toThrow(expect.objectContaining({ code: "DECOMPRESSION_FAILED" }));
    const gz = fixtureBytes("emd_3197.map.gz");
    for (const cut of [3, 6, 200]) {
      const padded = new Uint8Array(gz.length - cut + 64);
      padded.set(gz.subarray(0, gz.length - cut));
      expect(() => readMrc(padded), `cut ${cut}`).toThrow(expect.objectContaining({ code: "DECOMPRESSION_FAILED" }));
    }
  });
});
