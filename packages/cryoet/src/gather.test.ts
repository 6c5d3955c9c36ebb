// Slices and sub-volumes read range by range agree with the same box cut from a whole read, for
// every mode, both byte orders, unaligned data blocks and both gathering paths: runs shorter than
// 64 elements (copied one by one) and longer runs (copied with TypedArray.set).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { BytesSource, encodeMrc, openMrc, readMrc, type Box, type ByteSource, type MrcWriteInput } from "./index.js";
import { FileSource } from "./node/index.js";
import { cutBox } from "./testing/byte-source-contract.js";

const [NZ, NY, NX] = [4, 5, 70];
const voxels = NZ * NY * NX;

function volume(input: Omit<MrcWriteInput, "shape" | "stampLabel"> & { components?: number }): Uint8Array {
  const components = input.components ?? 1;
  const shape = components === 1 ? [NZ, NY, NX] : [NZ, NY, NX, components];
  return encodeMrc({ ...input, shape, stampLabel: false }).bytes;
}

const volumes: Record<string, Uint8Array> = {
  "mode 0": volume({ data: Int8Array.from({ length: voxels }, (_, i) => (i % 251) - 125) }),
  "mode 1 big-endian": volume({ data: Int16Array.from({ length: voxels }, (_, i) => i * 37 - 20000), littleEndian: false }),
  "mode 2": volume({ data: Float32Array.from({ length: voxels }, (_, i) => Math.sin(i) * 100) }),
  "mode 2 big-endian": volume({ data: Float32Array.from({ length: voxels }, (_, i) => Math.cos(i) * 100), littleEndian: false }),
  "mode 2 unaligned (NSYMBT 13)": volume({ data: Float32Array.from({ length: voxels }, (_, i) => i / 7), extendedHeader: new Uint8Array(13), exttyp: "MRCO" }),
  "mode 3": volume({ data: Int16Array.from({ length: voxels * 2 }, (_, i) => i - 1000), mode: 3, components: 2 }),
  "mode 4 big-endian": volume({ data: Float32Array.from({ length: voxels * 2 }, (_, i) => i / 3), mode: 4, components: 2, littleEndian: false }),
  "mode 6": volume({ data: Uint16Array.from({ length: voxels }, (_, i) => (i * 97) % 65536) }),
  "mode 12": volume({ data: Float32Array.from({ length: voxels }, (_, i) => (i % 13) - 6.5), mode: 12 }),
  "mode 12 big-endian unaligned": volume({ data: Float32Array.from({ length: voxels }, (_, i) => (i % 17) / 4), mode: 12, littleEndian: false, extendedHeader: new Uint8Array(3), exttyp: "MRCO" }),
  "mode 16": volume({ data: Uint8Array.from({ length: voxels * 3 }, (_, i) => i % 256), mode: 16, components: 3 }),
  "mode 101": volume({ data: Uint8Array.from({ length: voxels }, (_, i) => (i * 7) % 16), mode: 101 }),
};

const workDir = mkdtempSync(join(tmpdir(), "cryoet-gather-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const boxes: Required<Box>[] = [
  { x: [35, 36], y: [0, NY], z: [0, NZ] },
  { x: [0, NX], y: [2, 3], z: [0, NZ] },
  { x: [3, 67], y: [1, 4], z: [1, 3] },
  { x: [1, 2], y: [1, 2], z: [2, 3] },
  { x: [0, NX], y: [0, NY], z: [1, 3] },
];

for (const [name, bytes] of Object.entries(volumes)) {
  const reference = readMrc(bytes, { copy: true });
  const components = reference.mode === 3 || reference.mode === 4 ? 2 : reference.mode === 16 ? 3 : 1;
  const path = join(workDir, `${name.replace(/\W+/g, "-")}.mrc`);
  writeFileSync(path, bytes);
  const sources: Record<string, () => Promise<ByteSource>> = {
    BytesSource: async () => new BytesSource(bytes),
    FileSource: () => FileSource.open(path),
  };

  describe(name, () => {
    for (const [sourceName, makeSource] of Object.entries(sources)) {
      // maxGapBytes 0 reads every run as its own range; the default merges them into few ranges.
      for (const maxGapBytes of [0, 4096]) {
        it(`${sourceName}, maxGapBytes ${maxGapBytes}`, async () => {
          const reader = await openMrc(await makeSource(), { maxGapBytes });
          for (const box of boxes) {
            const region = await reader.readSubvolume(box);
            const label = `x ${box.x.join("-")}, y ${box.y.join("-")}, z ${box.z.join("-")}`;
            expect(Array.from(region.data), label).toEqual(cutBox(reference.data!, [NZ, NY, NX], box, components));
          }
          await reader.close();
        });
      }
    }
  });
}

describe("FileSource.readRanges", () => {
  it("clips ranges at the end of the file", async () => {
    const bytes = volumes["mode 2"]!;
    const source = await FileSource.open(join(workDir, "mode-2.mrc"));
    const chunks = await source.readRanges([
      { offset: 0, length: 8 },
      { offset: bytes.length - 4, length: 16 },
      { offset: 100, length: 0 },
      { offset: bytes.length + 10, length: 4 },
      { offset: 1024, length: 6 },
    ]);
    expect(chunks.map((chunk) => chunk.length)).toEqual([8, 4, 0, 0, 6]);
    expect(Array.from(chunks[0]!)).toEqual(Array.from(bytes.subarray(0, 8)));
    expect(Array.from(chunks[1]!)).toEqual(Array.from(bytes.subarray(bytes.length - 4)));
    expect(Array.from(chunks[4]!)).toEqual(Array.from(bytes.subarray(1024, 1030)));
    await source.close();
  });
});
