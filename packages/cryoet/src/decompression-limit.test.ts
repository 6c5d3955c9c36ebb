// Compressed input is bounded by maxDataBytes plus the 1024-byte header: a gzip or bzip2 bomb stops
// with DATA_TOO_LARGE, and a forged gzip ISIZE trailer never sizes an allocation.
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { BytesSource, decompress, gzip, openMrc, readMrc } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

const EMD_BYTES = 1024 + 20 * 20 * 20 * 4;

/** gzip of `length` zero bytes: a few KiB that inflate to `length`. */
function zeroBomb(length: number): Uint8Array {
  return gzipSync(new Uint8Array(length), { level: 9 });
}

describe("decompression limit", () => {
  it("gzip bomb stops with DATA_TOO_LARGE", async () => {
    const bomb = zeroBomb(64 * 2 ** 20);
    expect(bomb.length).toBeLessThan(128 * 1024);
    const options = { maxDataBytes: 2 ** 20, fileName: "bomb.mrc.gz" };
    expect(() => readMrc(bomb, options)).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", file: "bomb.mrc.gz" }));
    await expect(openMrc(new BytesSource(bomb, "bomb.mrc.gz"), options)).rejects.toMatchObject({ code: "DATA_TOO_LARGE" });
    expect(() => decompress(bomb, { maxBytes: 2 ** 20 })).toThrow(/decompresses to more than 1048576 bytes/);
  });

  it("forged ISIZE fails in little memory", () => {
    const gz = gzip(fixtureBytes("EMD-3197.map"));
    new DataView(gz.buffer, gz.byteOffset, gz.byteLength).setUint32(gz.length - 4, 0xfffffff0, true);
    const before = process.memoryUsage().arrayBuffers;
    expect(() => readMrc(gz, { fileName: "forged.mrc.gz" })).toThrow(expect.objectContaining({ code: "DECOMPRESSION_FAILED", message: expect.stringContaining("ISIZE trailer states 4294967280") }));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
  });

  it("limit is maxDataBytes plus the header", () => {
    const gz = fixtureBytes("emd_3197.map.gz");
    expect(readMrc(gz, { maxDataBytes: EMD_BYTES - 1024 }).shape).toEqual([20, 20, 20]);
    expect(() => readMrc(gz, { maxDataBytes: EMD_BYTES - 1025 })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", message: expect.stringContaining("gzip data decompresses") }));
  });

  it("bzip2 over the limit throws DATA_TOO_LARGE", async () => {
    const bz = fixtureBytes("EMD-3197.map.bz2");
    expect(readMrc(bz, { maxDataBytes: EMD_BYTES - 1024 }).shape).toEqual([20, 20, 20]);
    expect(() => readMrc(bz, { maxDataBytes: 1000 })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", message: expect.stringContaining("bzip2 data decompresses") }));
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
