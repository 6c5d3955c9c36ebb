// An extended header of 2 × 10⁹ bytes in a sparse file: NSYMBT costs nothing on disk, so opening
// must not read the extended header, and reads that keep it must stop at maxDataBytes before
// allocating it. Each test checks which bytes were read, never time or memory.
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { encodeHeader, encodeMrc, openMrc, type ByteRange, type ByteSource } from "../index.js";
import { FileSource, readMrcFile, validateMrcFile } from "./index.js";

const NSYMBT = 2_000_000_000;
const SHAPE = [4, 4, 4];
const VALUES = Float32Array.from({ length: 64 }, (_, index) => index / 2);
const FEI2_BLOCK_BYTES = 888;

let dir = "";

/** Writes a sparse file: the main header, `extendedStart` at the start of the extended header, and the data. */
function writeSparse(name: string, exttyp: string, extendedStart: Uint8Array = new Uint8Array(0)): string {
  const path = join(dir, name);
  // The encoder computes the statistics, so that validation compares them with the data.
  const { header } = encodeMrc({ data: VALUES, shape: SHAPE, voxelSize: 10, stampLabel: false });
  header.nsymbt = NSYMBT;
  header.exttyp = exttyp;
  const fd = openSync(path, "w");
  try {
    writeSync(fd, encodeHeader(header, true), 0, 1024, 0);
    writeSync(fd, extendedStart, 0, extendedStart.length, 1024);
    writeSync(fd, new Uint8Array(VALUES.buffer), 0, VALUES.byteLength, 1024 + NSYMBT);
    ftruncateSync(fd, 1024 + NSYMBT + VALUES.byteLength);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** A file source that records every range read through it. */
class RecordingSource implements ByteSource {
  readonly ranges: ByteRange[] = [];

  constructor(private readonly inner: FileSource) {}

  get size(): number {
    return this.inner.size;
  }

  get name(): string {
    return this.inner.name;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    this.ranges.push({ offset, length });
    return this.inner.read(offset, length);
  }

  async readRanges(ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    this.ranges.push(...ranges);
    return this.inner.readRanges(ranges);
  }

  async close(): Promise<void> {
    await this.inner.close();
  }

  /** Bytes read from the extended header, which spans [1024, 1024 + NSYMBT). */
  extendedBytesRead(): number {
    return this.ranges.reduce((sum, { offset, length }) => sum + Math.max(0, Math.min(offset + length, 1024 + NSYMBT) - Math.max(offset, 1024)), 0);
  }
}

async function openRecording(path: string, options: Parameters<typeof openMrc>[1] = {}) {
  const source = new RecordingSource(await FileSource.open(path));
  const reader = await openMrc(source, options);
  return { source, reader };
}

let plain = "";
let fei = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-sparse-extended-"));
  plain = writeSparse("plain.mrc", "MRCO");
  // FEI2 blocks for the four sections, then sparse padding up to NSYMBT.
  const blocks = new Uint8Array(SHAPE[0]! * FEI2_BLOCK_BYTES);
  const view = new DataView(blocks.buffer);
  for (let section = 0; section < SHAPE[0]!; section++) view.setInt32(section * FEI2_BLOCK_BYTES, FEI2_BLOCK_BYTES, true);
  fei = writeSparse("fei2.mrc", "FEI2", blocks);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sparse extended header of 2e9 bytes", () => {
  it("open reads none of it", async () => {
    const { source, reader } = await openRecording(plain);
    try {
      expect(reader.header.nsymbt).toBe(NSYMBT);
      expect(reader.layout.dataOffset).toBe(1024 + NSYMBT);
      expect(reader.warnings).toEqual([]);
      expect(source.extendedBytesRead()).toBe(0);
    } finally {
      await reader.close();
    }
  });

  it("slices and statistics read only data", async () => {
    const { source, reader } = await openRecording(plain);
    try {
      const slice = await reader.readSlice("z", 3);
      expect(Array.from(slice.data)).toEqual(Array.from(VALUES.subarray(48)));
      expect((await reader.statistics()).max).toBe(31.5);
      expect(source.extendedBytesRead()).toBe(0);
    } finally {
      await reader.close();
    }
  });

  it("readExtendedHeader stops at maxDataBytes", async () => {
    const { source, reader } = await openRecording(plain, { maxDataBytes: 2 ** 20 });
    try {
      const read = reader.readExtendedHeader();
      await expect(read).rejects.toMatchObject({ code: "DATA_TOO_LARGE", field: "NSYMBT", value: NSYMBT });
      await expect(reader.readExtendedHeader()).rejects.toThrow(/more than maxDataBytes \(1048576\).*Raise maxDataBytes \(the mrc CLI's --max-data-bytes\)/);
      expect(source.extendedBytesRead()).toBe(0);
    } finally {
      await reader.close();
    }
  });

  it("FEI blocks read without the padding", async () => {
    const { source, reader } = await openRecording(fei);
    try {
      expect(reader.warnings).toEqual([]);
      // Check 8 at open reads the block size only.
      expect(source.extendedBytesRead()).toBe(4);
      const decoded = await reader.readFeiExtendedHeader();
      expect(decoded).toMatchObject({ type: "FEI2", blockBytes: FEI2_BLOCK_BYTES });
      expect(decoded!.blocks.map((block) => block["metadataSize"])).toEqual([888, 888, 888, 888]);
      expect(source.extendedBytesRead()).toBe(4 + SHAPE[0]! * FEI2_BLOCK_BYTES);
    } finally {
      await reader.close();
    }
  });

  it.each([false, true])("whole read over maxDataBytes throws (header only %s)", async (headerOnly) => {
    const read = readMrcFile(plain, { headerOnly, maxDataBytes: 2 ** 20 });
    await expect(read).rejects.toMatchObject({ code: "DATA_TOO_LARGE", field: "NSYMBT", value: NSYMBT });
  });

  it("validates without reading it", async () => {
    const report = await validateMrcFile(plain, { maxDataBytes: 2 ** 20 });

    expect(report.problems.map((problem) => problem.code)).toEqual([]);
    expect(report.statistics!.max).toBe(31.5);
  });
});
