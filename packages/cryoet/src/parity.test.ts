// Parity with mrcfile 1.4.3 on the files of fixtures/parity (written by mrcfile, then byte-patched
// with real-world defects) and on the EMD-3197 maps. fixtures/generate.py recorded what mrcfile
// reads from each file; these tests read the same bytes and compare.
import { describe, expect, it } from "vitest";

import { readMrc, validateMrc, type MrcFile, type MrcHeader } from "./index.js";
import { fixtureBytes, fromJson, mrcfileRecords, type JsonNumber, type MrcfileRecord } from "./testing/fixtures.js";

const records = mrcfileRecords();
const parityFiles = Object.keys(records).filter((name) => !name.startsWith("written-by-cryoet/"));

/** Files whose strict-read outcome deliberately differs from mrcfile, with the reason. */
const STRICT_DIFFERENCES: Record<string, string> = {
  "parity/stamp-zero.mrc": "an unknown stamp whose header is plausible as little-endian is read with a check-3 warning",
  "parity/stamp-contradicts.mrc": "a stamp that contradicts the data switches byte order with a warning instead of failing on MODE",
  "parity/axes-repeated.mrc": "an invalid axis mapping (check 6) is an error in strict reads",
  "parity/axes-zero.mrc": "an invalid axis mapping (check 6) is an error in strict reads",
  "parity/volume-stack-indivisible.mrc": "NZ not divisible by MZ in a volume stack (check 12) is an error in strict reads",
};

/** Files whose validate() verdict deliberately differs from mrcfile, with the reason. */
const VALIDATE_DIFFERENCES: Record<string, string> = {
  "parity/mode12-le.mrc": "statistics accumulate in float64; mrcfile's float16 RMS overflows to inf",
  "parity/mode12-be.mrc": "statistics accumulate in float64; mrcfile's float16 RMS overflows to inf",
  "parity/stats-nan.mrc": "NaN header statistics fail checks 9 and 10",
  "parity/nonfinite.mrc": "NaN or infinite data fail checks 9 and 10 for determined statistics",
  "parity/cell-zero.mrc": "an undefined voxel size is a check-5 warning, and every warning fails validation",
  "parity/ispg-invalid.mrc": "check 14 (ISPG range) does not exist in mrcfile",
  "parity/stamp-contradicts.mrc": "a recovered byte order is a check-3 warning, and every warning fails validation",
  "parity/mode0-unsigned.mrc": "mode-0 bytes with DMIN ≥ 0 and 127 < DMAX ≤ 255 read as unsigned, so the statistics match",
  "parity/mode0-imod-unsigned.mrc": "the IMOD flag marks the bytes unsigned, so the statistics match",
  "parity/fei1.mrc": "mrcfile writes CELLA = 0 by default, and an undefined voxel size is a check-5 warning",
  "parity/fei2-padded.mrc": "mrcfile writes CELLA = 0 by default, and an undefined voxel size is a check-5 warning",
};

/** Files whose data shape deliberately differs from mrcfile, with the reason. */
const SHAPE_DIFFERENCES: Record<string, number[]> = {
  // NZ = 6 is not a multiple of MZ = 4: read as a plain [NZ][NY][NX] stack, where mrcfile keeps NZ // MZ volumes.
  "parity/volume-stack-indivisible.mrc": [6, 4, 5],
};

/** Files whose data deliberately differ from mrcfile's int8 view: unsigned mode-0 bytes. */
const UNSIGNED_MODE0 = new Set(["parity/mode0-unsigned.mrc", "parity/mode0-imod-unsigned.mrc"]);

const HEADER_KEYS: Record<string, (header: MrcHeader) => unknown> = {
  nx: (h) => h.nx, ny: (h) => h.ny, nz: (h) => h.nz, mode: (h) => h.mode,
  nxstart: (h) => h.nxstart, nystart: (h) => h.nystart, nzstart: (h) => h.nzstart,
  mx: (h) => h.mx, my: (h) => h.my, mz: (h) => h.mz, cella: (h) => h.cella, cellb: (h) => h.cellb,
  mapc: (h) => h.mapc, mapr: (h) => h.mapr, maps: (h) => h.maps,
  dmin: (h) => h.dmin, dmax: (h) => h.dmax, dmean: (h) => h.dmean, ispg: (h) => h.ispg, nsymbt: (h) => h.nsymbt,
  exttyp: (h) => h.exttyp, nversion: (h) => h.nversion, origin: (h) => h.origin, map: (h) => h.map,
  machst: (h) => h.machst, rms: (h) => h.rms, nlabl: (h) => h.nlabl,
};

function expectedValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => fromJson(item as JsonNumber));
  if (typeof value === "string" && ["NaN", "Infinity", "-Infinity"].includes(value)) return Number(value);
  return value;
}

function readPermissive(name: string, record: MrcfileRecord): MrcFile | null {
  try {
    return readMrc(fixtureBytes(name), { permissive: true, mode0Sign: UNSIGNED_MODE0.has(name) ? "signed" : "auto" });
  } catch {
    return null;
  } finally {
    void record;
  }
}

describe("parity with mrcfile 1.4.3", () => {
  it.each(parityFiles)("%s strict outcome", (name) => {
    const record = records[name]!;
    let ok = true;
    try {
      readMrc(fixtureBytes(name));
    } catch {
      ok = false;
    }
    const expected = name in STRICT_DIFFERENCES ? !record.strict.ok : record.strict.ok;
    expect(ok, STRICT_DIFFERENCES[name] ?? record.strict.error).toBe(expected);
  });

  it.each(parityFiles.filter((name) => records[name]!.permissive.header !== undefined))("%s header fields", (name) => {
    const record = records[name]!;
    const file = readPermissive(name, record);
    expect(file, "permissive read failed").not.toBeNull();
    for (const [key, get] of Object.entries(HEADER_KEYS)) {
      expect(get(file!.header), key).toEqual(expectedValue(record.permissive.header![key]));
    }
    // mrcfile keeps the padding of labels; this package trims trailing NULs and whitespace.
    const trimmed = record.permissive.labels!.map((label) => label.replace(/[\0\t\n\v\f\r ]+$/, ""));
    expect(file!.header.labels.slice(0, Math.max(0, Math.min(10, file!.header.nlabl)))).toEqual(trimmed);
  });

  it.each(parityFiles.filter((name) => records[name]!.permissive.shape !== undefined))("%s data", (name) => {
    const record = records[name]!;
    const file = readPermissive(name, record)!;
    const expectedShape = [...record.permissive.shape!];
    if (record.permissive.dtype!.includes("c")) expectedShape.push(2);
    expect(file.shape).toEqual(SHAPE_DIFFERENCES[name] ?? expectedShape);
    if (record.permissive.data) {
      const expected = record.permissive.data.map(fromJson);
      // With a different shape, mrcfile's array is a prefix of the data block.
      const actual = name in SHAPE_DIFFERENCES ? Array.from(file.data!).slice(0, expected.length) : Array.from(file.data!);
      expect(actual).toEqual(expected);
    } else {
      const data = file.data!;
      let sum = 0;
      for (const value of data) sum += value;
      expect(sum).toBeCloseTo(fromJson(record.permissive.dataSum!), 6);
      expect(Array.from(data).filter((_, index) => index % 97 === 0)).toEqual(record.permissive.dataEvery97th!.map(fromJson));
    }
  });

  it.each(parityFiles.filter((name) => records[name]!.permissive.voxelSize !== undefined))("%s voxel size", (name) => {
    const record = records[name]!;
    const file = readPermissive(name, record)!;
    const expected = record.permissive.voxelSize!.map(fromJson);
    expected.forEach((size, axis) => {
      if (Number.isFinite(size) && size > 0) {
        expect(file.voxelSize[axis]).toBeCloseTo(size, 6);
      } else {
        // mrcfile reports CELLA / M as given (inf or NaN); this package reports 1.0 Å and marks the axis undefined.
        expect(file.voxelSize[axis]).toBe(1);
        expect(file.voxelSizeDefined[axis]).toBe(false);
      }
    });
  });

  it.each(parityFiles)("%s validate verdict", (name) => {
    const record = records[name]!;
    const report = validateMrc(fixtureBytes(name));
    const expected = name in VALIDATE_DIFFERENCES ? !record.validate.valid : record.validate.valid;
    expect(report.valid, `${VALIDATE_DIFFERENCES[name] ?? ""} ${JSON.stringify(report.problems.map((problem) => problem.message))} vs ${JSON.stringify(record.validate.messages)}`).toBe(expected);
  });

  it("unsigned mode-0 files read as unsigned by default", () => {
    for (const name of UNSIGNED_MODE0) {
      const signed = readMrc(fixtureBytes(name), { mode0Sign: "signed" }).data!;
      const auto = readMrc(fixtureBytes(name));
      expect(auto.data).toBeInstanceOf(Uint8Array);
      expect(auto.mode0!.rule).toBe(name.includes("imod") ? "imodFlag" : "statistics");
      expect(Array.from(auto.data!)).toEqual(Array.from(signed, (value) => value & 0xff));
    }
  });
});
