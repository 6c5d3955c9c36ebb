// FileSource.visitRanges: small ranges read synchronously, large ones with asynchronous reads in
// flight, every range visited once with exactly its bytes, clipped at the end of the file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ByteRange } from "../index.js";
import { FileSource } from "./index.js";

let workDir = "";
let path = "";
const fileBytes = Uint8Array.from({ length: 3 * 2 ** 20 + 123 }, (_, i) => Math.imul(i, 2654435761) >>> 24);

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "cryoet-file-source-"));
  path = join(workDir, "bytes.bin");
  writeFileSync(path, fileBytes);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Visits `ranges` and returns a copy of each range's bytes by index, failing on a second visit. */
async function visitAll(source: FileSource, ranges: ByteRange[]): Promise<Uint8Array[]> {
  const seen: (Uint8Array | undefined)[] = ranges.map(() => undefined);
  await source.visitRanges(ranges, (bytes, index) => {
    expect(seen[index], `range ${index} visited twice`).toBeUndefined();
    seen[index] = bytes.slice();
  });
  return seen.map((bytes, index) => {
    expect(bytes, `range ${index} not visited`).toBeDefined();
    return bytes!;
  });
}

describe("FileSource.visitRanges", () => {
  it("visits small and large ranges once with their bytes", async () => {
    const source = await FileSource.open(path);
    const ranges: ByteRange[] = [
      { offset: 0, length: 10 },
      { offset: 5, length: 2 ** 20 },
      { offset: 2 ** 20 + 7, length: 64 * 1024 },
      { offset: 2 ** 20 + 7, length: 64 * 1024 + 1 },
      { offset: 100, length: 0 },
      { offset: 2 * 2 ** 20, length: 700_000 },
      { offset: 17, length: 300_000 },
      { offset: 2_500_000, length: 400_000 },
      { offset: 9, length: 1 },
    ];
    try {
      const chunks = await visitAll(source, ranges);
      ranges.forEach(({ offset, length }, index) => {
        expect(chunks[index]!.length, `range ${index}`).toBe(length);
        expect(Buffer.compare(chunks[index]!, fileBytes.subarray(offset, offset + length)), `range ${index}`).toBe(0);
      });
    } finally {
      await source.close();
    }
  });

  it("clips ranges at the end of the file", async () => {
    const source = await FileSource.open(path);
    const size = fileBytes.length;
    try {
      const chunks = await visitAll(source, [
        { offset: size - 4, length: 16 },
        { offset: size - 200_000, length: 300_000 },
        { offset: size + 10, length: 4 },
      ]);
      expect(chunks.map((chunk) => chunk.length)).toEqual([4, 200_000, 0]);
      expect(Buffer.compare(chunks[1]!, fileBytes.subarray(size - 200_000))).toBe(0);
    } finally {
      await source.close();
    }
  });

  it("rejects an invalid range before reading", async () => {
    const source = await FileSource.open(path);
    let visits = 0;
    try {
      await expect(source.visitRanges([{ offset: 0, length: 8 }, { offset: -1, length: 4 }], () => visits++)).rejects.toMatchObject({ code: "OUT_OF_RANGE" });
      expect(visits).toBe(0);
    } finally {
      await source.close();
    }
  });

  it("rejects with READ_FAILED when the file is closed", async () => {
    const source = await FileSource.open(path);
    await source.close();
    await expect(source.visitRanges([{ offset: 0, length: 2 ** 20 }], () => undefined)).rejects.toMatchObject({ code: "READ_FAILED" });
    await expect(source.visitRanges([{ offset: 0, length: 16 }], () => undefined)).rejects.toMatchObject({ code: "READ_FAILED" });
  });

  it("passes on an error thrown by the visitor", async () => {
    const source = await FileSource.open(path);
    try {
      const failing = () => {
        throw new Error("visitor failed");
      };
      await expect(source.visitRanges([{ offset: 0, length: 16 }], failing)).rejects.toThrow("visitor failed");
      await expect(source.visitRanges([{ offset: 0, length: 2 ** 20 }, { offset: 0, length: 2 ** 20 }], failing)).rejects.toThrow("visitor failed");
    } finally {
      await source.close();
    }
  });
});
