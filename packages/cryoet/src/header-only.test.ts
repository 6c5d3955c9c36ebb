import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { BytesSource, openMrc, readMrc, readMrcHeader } from "./index.js";
import { openMrcFile, readMrcFile } from "./node/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const NAMES = ["EMD-3197.map", "emd_3197.map.gz", "EMD-3197.map.bz2"];
// EMD-3197 contains 20³ float32 voxels, 32,000 bytes of data.
const SMALL_LIMIT = { maxDataBytes: 1000 };

describe("header-only reads", () => {
  it.each(NAMES)("%s ignores maxDataBytes", (name) => {
    const file = readMrcHeader(readFileSync(fixture(name)), SMALL_LIMIT);
    expect(file.header.nx).toBe(20);
    expect(file.voxelSize[0]).toBeCloseTo(11.4, 5);
    expect(file.data).toBeNull();
    expect(file.warnings).toEqual([]);
  });

  it.each(NAMES)("%s from disk ignores maxDataBytes", async (name) => {
    const file = await readMrcFile(fixture(name), { headerOnly: true, ...SMALL_LIMIT });
    expect(file.header.nz).toBe(20);
    expect(file.data).toBeNull();
    expect(file.warnings).toEqual([]);
  });

  it("short data block is a warning", () => {
    // mrcfile's header_only open reads the header of a file whose data block is cut short.
    const cut = readFileSync(fixture("EMD-3197.map")).subarray(0, 20_000);
    expect(() => readMrc(cut)).toThrow(expect.objectContaining({ code: "FILE_SIZE_MISMATCH", check: 7 }));

    const file = readMrcHeader(cut, { fileName: "cut.map" });

    expect(file.header.nz).toBe(20);
    expect(file.dataReadable).toBe(false);
    expect(file.warnings).toEqual([expect.objectContaining({ check: 7, code: "FILE_SIZE_MISMATCH", severity: "error", fallback: "Data is null." })]);
  });

  it("short extended header still throws", () => {
    const bytes = new Uint8Array(readFileSync(fixture("EMD-3197.map")));
    new DataView(bytes.buffer).setInt32(92, 40_000, true);

    expect(() => readMrcHeader(bytes)).toThrow(expect.objectContaining({ code: "FILE_SIZE_MISMATCH", field: "NSYMBT" }));
  });

  it("whole reads keep the limit", () => {
    for (const name of NAMES) {
      expect(() => readMrc(readFileSync(fixture(name)), SMALL_LIMIT), name).toThrow(/maxDataBytes/);
    }
  });

  it("gzip stops before the data block", () => {
    // Cut the compressed stream inside the data block: a whole read fails on the truncated
    // stream, and a header-only read never gets that far.
    const bytes = readFileSync(fixture("emd_3197.map.gz"));
    const cut = bytes.subarray(0, 4000);
    expect(() => readMrc(cut)).toThrow();
    const file = readMrcHeader(cut);
    expect(file.header.labels[0]).toBe("::::EMDATABANK.org::::EMD-3197::::");
    expect(file.warnings).toEqual([]);
  });
});

describe("header-only lazy opens", () => {
  it.each(NAMES)("%s ignores maxDataBytes", async (name) => {
    const reader = await openMrcFile(fixture(name), { headerOnly: true, ...SMALL_LIMIT });
    try {
      expect(reader.header.nz).toBe(20);
      expect(reader.layout.voxelSize[0]).toBeCloseTo(11.4, 5);
      expect(reader.warnings).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it.each(NAMES)("%s rejects data reads", async (name) => {
    const reader = await openMrcFile(fixture(name), { headerOnly: true });
    try {
      const slice = reader.readSlice("z", 0);
      await expect(slice).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "headerOnly", message: expect.stringContaining("Open it again without headerOnly") });
      await expect(reader.statistics()).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
      expect(await reader.readExtendedHeader()).toEqual(new Uint8Array(0));
    } finally {
      await reader.close();
    }
  });

  it("short data block is a warning", async () => {
    const cut = readFileSync(fixture("EMD-3197.map")).subarray(0, 20_000);
    await expect(openMrc(new BytesSource(cut))).rejects.toMatchObject({ code: "FILE_SIZE_MISMATCH", check: 7 });

    const reader = await openMrc(new BytesSource(cut), { headerOnly: true });

    expect(reader.header.labels[0]).toBe("::::EMDATABANK.org::::EMD-3197::::");
    expect(reader.warnings).toEqual([expect.objectContaining({ check: 7, code: "FILE_SIZE_MISMATCH", severity: "error" })]);
  });

  it("gzip stops before the data block", async () => {
    const cut = readFileSync(fixture("emd_3197.map.gz")).subarray(0, 4000);

    const reader = await openMrc(new BytesSource(cut), { headerOnly: true });

    expect(reader.header.labels[0]).toBe("::::EMDATABANK.org::::EMD-3197::::");
    expect(reader.warnings).toEqual([]);
  });
});
