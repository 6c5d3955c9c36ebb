// A data block over 4 GiB: the header, lazy slices and validation work on a sparse file, whose
// logical size is over 4 GiB while only the bytes written here take disk space. Nothing here
// reads the whole block, so the test stays fast; the streaming of statistics in bounded chunks
// is tested on small files in validate-source.test.ts.
import { closeSync, ftruncateSync, mkdtempSync, openAsBlob, openSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { BlobSource, buildHeader, encodeHeader, openMrc } from "../index.js";
import { openMrcFile, readMrcFile, validateMrcFile } from "./index.js";

const [NZ, NY, NX] = [1025, 1024, 1024];
const SECTION_BYTES = NY * NX * 4;
const DATA_BYTES = NZ * SECTION_BYTES;
const WRITTEN_SECTION = 700;

let dir = "";
let path = "";

/** Value of voxel (x, y) of the written section. */
const sectionValue = (index: number) => (index % 1000) / 4 - 100;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-large-"));
  path = join(dir, "sparse.mrc");
  const { header } = buildHeader({ shape: [NZ, NY, NX], mode: 2, stampLabel: false });
  const fd = openSync(path, "w");
  try {
    writeSync(fd, encodeHeader(header, true), 0, 1024, 0);
    const section = Float32Array.from({ length: NY * NX }, (_, index) => sectionValue(index));
    writeSync(fd, new Uint8Array(section.buffer), 0, SECTION_BYTES, 1024 + WRITTEN_SECTION * SECTION_BYTES);
    // The last row of the last section starts 4 GiB + 4 MiB - 4 KiB into the data block.
    const lastRow = Float32Array.from({ length: NX }, (_, x) => x + 0.5);
    writeSync(fd, new Uint8Array(lastRow.buffer), 0, NX * 4, 1024 + DATA_BYTES - NX * 4);
    ftruncateSync(fd, 1024 + DATA_BYTES);
  } finally {
    closeSync(fd);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Returns a Blob over a file on disk, with its size from stat and each slice read on request. */
function fileBlob(file: string): Blob {
  const size = statSync(file).size;
  const slice = (start = 0, end = size): Blob => {
    const blob = {
      size: end - start,
      slice: (from = 0, to = end - start) => slice(start + from, start + Math.min(to, end - start)),
      arrayBuffer: async () => {
        const bytes = new Uint8Array(end - start);
        const fd = openSync(file, "r");
        try {
          readSync(fd, bytes, 0, bytes.length, start);
        } finally {
          closeSync(fd);
        }
        return bytes.buffer;
      },
    };
    return blob as unknown as Blob;
  };
  return slice();
}

describe("data block over 4 GiB", () => {
  it("header and slices through a file handle", async () => {
    expect(DATA_BYTES).toBeGreaterThan(2 ** 32);
    const reader = await openMrcFile(path);
    try {
      expect(reader.shape).toEqual([NZ, NY, NX]);
      expect(reader.warnings).toEqual([]);
      expect(reader.layout.dataReadable).toBe(true);
      const slice = await reader.readSlice("z", WRITTEN_SECTION);
      expect(slice.shape).toEqual([1, NY, NX]);
      expect(slice.data[0]).toBe(sectionValue(0));
      expect(slice.data[NY * NX - 1]).toBe(sectionValue(NY * NX - 1));
      const corner = await reader.readSubvolume({ z: [NZ - 1, NZ], y: [NY - 1, NY], x: [NX - 4, NX] });
      expect(Array.from(corner.data)).toEqual([NX - 3.5, NX - 2.5, NX - 1.5, NX - 0.5]);
      await expect(reader.readData()).rejects.toMatchObject({ code: "DATA_TOO_LARGE", message: expect.stringContaining("Raise maxDataBytes") });
    } finally {
      await reader.close();
    }
  });

  it("slices through a Blob", async () => {
    // Node 20's fs.openAsBlob reports the size of a file over 4 GiB modulo 2³², so this test
    // builds a Blob from the file's slices. Browsers give File objects of any size.
    expect((await openAsBlob(path)).size).toBe(DATA_BYTES + 1024 - 2 ** 32);
    const reader = await openMrc(new BlobSource(fileBlob(path)));
    expect(reader.shape).toEqual([NZ, NY, NX]);
    const row = await reader.readSubvolume({ z: [WRITTEN_SECTION, WRITTEN_SECTION + 1], y: [3, 4] });
    expect(row.data[5]).toBe(sectionValue(3 * NX + 5));
  });

  it("validates without reading the data", async () => {
    const report = await validateMrcFile(path);
    expect(report.problems).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.layout!.dataBytes).toBe(BigInt(DATA_BYTES));
  });

  it("whole reads keep the maxDataBytes limit", async () => {
    await expect(readMrcFile(path)).rejects.toMatchObject({ code: "DATA_TOO_LARGE", value: DATA_BYTES });
  });

  it("rejects a box larger than one read before reading it", async () => {
    const reader = await openMrcFile(path);
    try {
      await expect(reader.readSubvolume({})).rejects.toMatchObject({ code: "DATA_TOO_LARGE", field: "box", value: DATA_BYTES });
      const columns = reader.readSubvolume({ z: [0, NZ], x: [0, NX - 1] });
      await expect(columns).rejects.toMatchObject({ code: "DATA_TOO_LARGE", value: NZ * NY * (NX - 1) * 4 });
      await expect(reader.readSubvolume({ z: [0, 1] })).resolves.toMatchObject({ shape: [1, NY, NX] });
    } finally {
      await reader.close();
    }
  });
});
