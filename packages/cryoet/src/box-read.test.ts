// Boxes read from a file agree with the same boxes read from bytes in memory and with the box cut
// from a whole read. The cases cover every mode, both byte orders, any NSYMBT, bytes at an odd
// address, any maxGapBytes, and volumes large enough for the file source's asynchronous reads.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";

import { BytesSource, encodeMrc, openMrc, readMrc, type Box, type ByteRange, type ByteSource, type MrcMode } from "./index.js";
import { FileSource } from "./node/index.js";
import { cutBox } from "./testing/byte-source-contract.js";

const workDir = mkdtempSync(join(tmpdir(), "cryoet-box-read-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const MODES: MrcMode[] = [0, 1, 2, 3, 4, 6, 12, 16, 101];

/** Elements per voxel in the decoded array. */
function componentsOf(mode: MrcMode): number {
  if (mode === 3 || mode === 4) return 2;
  if (mode === 16) return 3;
  return 1;
}

/** Values that every mode stores exactly, from a seed. */
function values(mode: MrcMode, length: number, seed: number): ArrayLike<number> {
  const value = (index: number) => Math.imul(index + seed, 2654435761) >>> 0;
  switch (mode) {
    case 0:
      return Int8Array.from({ length }, (_, i) => (value(i) % 256) - 128);
    case 1:
    case 3:
      return Int16Array.from({ length }, (_, i) => (value(i) % 65536) - 32768);
    case 6:
      return Uint16Array.from({ length }, (_, i) => value(i) % 65536);
    case 12:
      return Float32Array.from({ length }, (_, i) => ((value(i) % 4096) - 2048) / 8);
    case 16:
      return Uint8Array.from({ length }, (_, i) => value(i) % 256);
    case 101:
      return Uint8Array.from({ length }, (_, i) => value(i) % 16);
    default:
      return Float32Array.from({ length }, (_, i) => (value(i) % 100_003) / 7 - 7000);
  }
}

interface Volume {
  mode: MrcMode;
  littleEndian: boolean;
  nsymbt: number;
  shape: [number, number, number];
  seed: number;
}

function encode(volume: Volume): Uint8Array {
  const [nz, ny, nx] = volume.shape;
  const components = componentsOf(volume.mode);
  const data = values(volume.mode, nz * ny * nx * components, volume.seed);
  const shape = components === 1 ? [nz, ny, nx] : [nz, ny, nx, components];
  const extended = volume.nsymbt > 0 ? { extendedHeader: new Uint8Array(volume.nsymbt).fill(0x5a), exttyp: "MRCO" } : {};
  return encodeMrc({ data: data as never, shape, mode: volume.mode, littleEndian: volume.littleEndian, stampLabel: false, ...extended }).bytes;
}

/** Copies `bytes` to `shift` bytes into a larger buffer, so that views of the copy start at an odd address. */
function shifted(bytes: Uint8Array, shift: number): Uint8Array {
  const storage = new Uint8Array(bytes.length + shift);
  storage.set(bytes, shift);
  return storage.subarray(shift);
}

let fileCount = 0;

/** Reads `boxes` through a file source, bytes in memory and shifted bytes, and compares all three with the cut reference. */
async function checkBoxes(volume: Volume, boxes: Required<Box>[], maxGapBytes: number | undefined): Promise<void> {
  const bytes = encode(volume);
  const path = join(workDir, `volume-${fileCount++}.mrc`);
  writeFileSync(path, bytes);
  const reference = readMrc(bytes, { copy: true });
  const components = componentsOf(volume.mode);
  const options = maxGapBytes === undefined ? {} : { maxGapBytes };
  const readers = {
    file: await openMrc(await FileSource.open(path), options),
    memory: await openMrc(new BytesSource(bytes), options),
    "memory at an odd address": await openMrc(new BytesSource(shifted(bytes, 1)), options),
  };
  try {
    for (const box of boxes) {
      const expected = cutBox(reference.data!, volume.shape, box, components);
      const label = `mode ${volume.mode}, ${volume.littleEndian ? "LE" : "BE"}, NSYMBT ${volume.nsymbt}, shape ${volume.shape.join("×")}, x ${box.x.join("-")}, y ${box.y.join("-")}, z ${box.z.join("-")}`;
      for (const [name, reader] of Object.entries(readers)) {
        const region = await reader.readSubvolume(box);
        expect(region.data.constructor, `${name}: ${label}`).toBe(reference.data!.constructor);
        expect(Array.from(region.data), `${name}: ${label}`).toEqual(expected);
      }
    }
  } finally {
    await Promise.all(Object.values(readers).map((reader) => reader.close()));
  }
}

const ranges = (size: number) => fc.tuple(fc.nat(size - 1), fc.nat(size - 1)).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b) + 1]);

/** Generates lists of slices along random axes and random boxes. */
function boxesOf(shape: [number, number, number]) {
  const [nz, ny, nx] = shape;
  const slice = fc.tuple(fc.constantFrom("x", "y", "z"), fc.nat()).map(([axis, index]): Required<Box> => {
    const size = { x: nx, y: ny, z: nz }[axis];
    const at = index % size;
    return { x: [0, nx], y: [0, ny], z: [0, nz], [axis]: [at, at + 1] } as Required<Box>;
  });
  const box = fc.record({ x: ranges(nx), y: ranges(ny), z: ranges(nz) });
  return fc.array(fc.oneof(slice, box), { minLength: 1, maxLength: 4 });
}

const volumes = fc.record({
  mode: fc.constantFrom(...MODES),
  littleEndian: fc.boolean(),
  nsymbt: fc.integer({ min: 0, max: 7 }),
  shape: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 80 })),
  seed: fc.nat(),
});

describe("box reads from a file and from memory", () => {
  it("agree with the cut of a whole read", async () => {
    await fc.assert(
      fc.asyncProperty(
        volumes.chain((volume) => fc.tuple(fc.constant(volume), boxesOf(volume.shape), fc.constantFrom(undefined, 0, 3, 64, 700))),
        async ([volume, boxes, maxGapBytes]) => checkBoxes(volume, boxes, maxGapBytes),
      ),
      { numRuns: 150 },
    );
  });

  // Blocks of up to 1 MiB: ranges over 64 KiB take the file source's asynchronous reads.
  const large: [string, Volume][] = [
    ["float32", { mode: 2, littleEndian: true, nsymbt: 0, shape: [24, 90, 700], seed: 1 }],
    ["float32 big-endian, NSYMBT 6", { mode: 2, littleEndian: false, nsymbt: 6, shape: [24, 90, 700], seed: 2 }],
    ["int16 big-endian", { mode: 1, littleEndian: false, nsymbt: 0, shape: [20, 64, 900], seed: 3 }],
    ["float16, NSYMBT 3", { mode: 12, littleEndian: true, nsymbt: 3, shape: [20, 64, 900], seed: 4 }],
    ["4-bit, odd width", { mode: 101, littleEndian: true, nsymbt: 0, shape: [16, 128, 1001], seed: 5 }],
  ];
  for (const [name, volume] of large) {
    it(`large volume: ${name}`, async () => {
      const [nz, ny, nx] = volume.shape;
      const boxes: Required<Box>[] = [
        { x: [nx >> 1, (nx >> 1) + 1], y: [0, ny], z: [0, nz] },
        { x: [0, 1], y: [0, ny], z: [0, nz] },
        { x: [3, 40], y: [5, ny], z: [1, nz - 1] },
        { x: [0, nx], y: [ny >> 1, (ny >> 1) + 1], z: [0, nz] },
        { x: [nx - 1, nx], y: [1, ny - 1], z: [2, nz] },
      ];
      await checkBoxes(volume, boxes, undefined);
      await checkBoxes(volume, boxes.slice(0, 2), 0);
    });
  }
});

/** A source over bytes in memory that records the ranges it is asked for. */
class RecordingSource implements ByteSource {
  readonly size: number;
  readonly requested: ByteRange[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    readonly inMemory: boolean,
  ) {
    this.size = bytes.length;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    return this.bytes.subarray(offset, offset + length);
  }

  async readRanges(ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    this.requested.push(...ranges);
    return ranges.map(({ offset, length }) => this.bytes.subarray(offset, offset + length));
  }
}

describe("default maxGapBytes", () => {
  // Rows of 2000 float32 voxels (8000 bytes) leave gaps of more than one page between x-slice voxels.
  const bytes = encode({ mode: 2, littleEndian: true, nsymbt: 0, shape: [3, 4, 2000], seed: 9 });
  const expected = cutBox(readMrc(bytes).data!, [3, 4, 2000], { x: [7, 8], y: [0, 4], z: [0, 3] }, 1);

  it("merges every gap for a source in memory", async () => {
    const source = new RecordingSource(bytes, true);
    const region = await (await openMrc(source)).readSlice("x", 7);
    expect(Array.from(region.data)).toEqual(expected);
    expect(source.requested).toHaveLength(1);
  });

  it("reads one range per row for a source that copies", async () => {
    const source = new RecordingSource(bytes, false);
    const region = await (await openMrc(source)).readSlice("x", 7);
    expect(Array.from(region.data)).toEqual(expected);
    expect(source.requested.map(({ length }) => length)).toEqual(Array.from({ length: 12 }, () => 4));
  });

  it("follows an explicit maxGapBytes in memory", async () => {
    const source = new RecordingSource(bytes, true);
    await (await openMrc(source, { maxGapBytes: 4096 })).readSlice("x", 7);
    expect(source.requested).toHaveLength(12);
  });
});

describe("box axis names", () => {
  const bytes = encode({ mode: 2, littleEndian: true, nsymbt: 0, shape: [3, 4, 5], seed: 4 });

  it("rejects an unknown slice axis", async () => {
    const reader = await openMrc(new BytesSource(bytes));
    await expect(reader.readSlice("Z" as never, 0)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "axis", value: "Z" });
    await expect(reader.readSlice("w" as never, 0)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "axis", value: "w" });
  });

  it("rejects an unknown box key", async () => {
    const reader = await openMrc(new BytesSource(bytes));
    await expect(reader.readSubvolume({ z: [0, 1], Y: [0, 1] } as Box)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "box", value: "Y" });
  });
});

describe("open options", () => {
  const bytes = encode({ mode: 2, littleEndian: true, nsymbt: 0, shape: [2, 2, 2], seed: 5 });

  it.each([
    ["headerOnly", { headerOnly: "false" }],
    ["maxGapBytes", { maxGapBytes: Number.NaN }],
    ["maxGapBytes", { maxGapBytes: -1 }],
  ] as const)("rejects an invalid %s", async (field, options) => {
    await expect(openMrc(new BytesSource(bytes), options as never)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field });
  });
});
