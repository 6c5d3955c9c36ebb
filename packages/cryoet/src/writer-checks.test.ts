// The writer never corrupts data silently and never writes a file that its own strict reader
// rejects: unsigned mode-0 bytes keep their values, a base header's NSYMBT follows the extended
// header bytes written, mode-12 statistics are those of the stored float16 values, float16
// overflow is an error, and an undefined voxel size stays undefined.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { convertData, decodeHeader, encodeMrc, FLOAT16_MAX, IMOD_STAMP, isMrcError, readMrc, validateMrc, type MrcHeader } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

describe("mode 0 sign", () => {
  it("Uint8Array data stays unsigned", () => {
    const { bytes, header } = encodeMrc({ data: new Uint8Array([0, 100, 200, 255]), shape: [1, 2, 2], mode: 0, stampLabel: false });
    expect(header.imodStamp).toBe(IMOD_STAMP);
    expect(header.imodFlags & 1).toBe(0);
    const file = readMrc(bytes);
    expect(file.mode0).toEqual({ signed: false, rule: "imodFlag" });
    expect(file.data).toEqual(new Uint8Array([0, 100, 200, 255]));
    expect([file.header.dmin, file.header.dmax]).toEqual([0, 255]);
    expect(validateMrc(bytes).valid).toBe(true);
  });

  it("Int8Array data stays signed", () => {
    const { bytes, header } = encodeMrc({ data: new Int8Array([-128, -1, 0, 127]), shape: [1, 2, 2], stampLabel: false });
    expect(header.imodFlags & 1).toBe(1);
    expect(readMrc(bytes).data).toEqual(new Int8Array([-128, -1, 0, 127]));
  });

  it.each(["parity/mode0-unsigned.mrc", "parity/mode0-imod-unsigned.mrc"])("re-saving %s keeps its values", (name) => {
    const original = readMrc(fixtureBytes(name));
    expect(original.mode0!.signed).toBe(false);
    const rewritten = readMrc(encodeMrc({ data: original.data!, shape: original.shape!, mode: 0, header: original.header }).bytes);
    expect(rewritten.data).toEqual(original.data);
    expect(Math.max(...rewritten.data!)).toBeGreaterThan(127);
  });

  it("any bytes round-trip in either type", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.boolean(), (raw, signed) => {
        const data = signed ? new Int8Array(raw.buffer, raw.byteOffset, raw.length) : raw;
        const read = readMrc(encodeMrc({ data, shape: [1, 1, raw.length], mode: 0, stampLabel: false }).bytes).data!;
        expect(read.constructor).toBe(data.constructor);
        expect(Array.from(read)).toEqual(Array.from(data));
      }),
    );
  });
});

describe("extended header of a base header", () => {
  it("NSYMBT follows the bytes written", () => {
    const fei = readMrc(fixtureBytes("parity/fei1.mrc"));
    expect(fei.header.nsymbt).toBe(2304);
    const dropped = encodeMrc({ data: fei.data!, shape: fei.shape!, header: fei.header });
    expect(dropped.header.nsymbt).toBe(0);
    expect(dropped.warnings.map((warning) => [warning.check, warning.code, warning.value])).toEqual([[8, "EXTENDED_HEADER_DROPPED", 2304]]);
    expect(dropped.header.exttyp).toBe("\0\0\0\0");
    expect(readMrc(dropped.bytes).data).toEqual(fei.data);
    expect(validateMrc(dropped.bytes).problems.map((problem) => problem.code)).not.toContain("INVALID_FEI_BLOCKS");

    const kept = encodeMrc({ data: fei.data!, shape: fei.shape!, header: fei.header, extendedHeader: fei.extendedHeader! });
    expect(kept.warnings).toEqual([]);
    const reread = readMrc(kept.bytes);
    expect(reread.header.nsymbt).toBe(2304);
    expect(reread.fei).toEqual(fei.fei);
    expect(reread.data).toEqual(fei.data);
  });

  it("an invalid axis mapping is rejected", () => {
    const base = readMrc(fixtureBytes("parity/axes-repeated.mrc"), { permissive: true });
    expect(() => encodeMrc({ data: base.data!, shape: base.shape!, header: base.header })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "MAPC/MAPR/MAPS", message: expect.stringContaining("must be a permutation of 1, 2, 3") }));
  });

  it("a label over 80 characters is rejected", () => {
    const { header } = encodeMrc({ data: new Float32Array(8), shape: [2, 2, 2] });
    header.labels[1] = "x".repeat(81);
    expect(() => encodeMrc({ data: new Float32Array(8), shape: [2, 2, 2], header })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "LABEL 1" }));
  });

  it("no base header makes an unreadable file", () => {
    const base = encodeMrc({ data: Float32Array.from({ length: 24 }, (_, index) => index), shape: [2, 3, 4], stampLabel: false }).header;
    const headers = fc.record({
      mapc: fc.integer({ min: -1, max: 4 }),
      mapr: fc.integer({ min: -1, max: 4 }),
      maps: fc.integer({ min: -1, max: 4 }),
      ispg: fc.constantFrom(-5, 0, 1, 230, 401, 630, 1000),
      mz: fc.integer({ min: -2, max: 5 }),
      mx: fc.integer({ min: -2, max: 5 }),
      cella: fc.tuple(fc.double(), fc.double(), fc.double()),
      nsymbt: fc.integer({ min: -100, max: 5000 }),
      map: fc.constantFrom("MAP ", "MAP\0", "XYZ "),
      machst: fc.constantFrom<MrcHeader["machst"]>([0x44, 0x44, 0, 0], [0x11, 0x11, 0, 0], [1, 2, 3, 4]),
    });
    fc.assert(
      fc.property(headers, (fields) => {
        const header = { ...decodeHeader(new Uint8Array(1024), true), ...base, ...fields } as MrcHeader;
        let bytes: Uint8Array;
        try {
          bytes = encodeMrc({ data: Float32Array.from({ length: 24 }, (_, index) => index), shape: [2, 3, 4], header }).bytes;
        } catch (error) {
          expect(isMrcError(error), String(error)).toBe(true);
          expect((error as { code: string }).code).toBe("INVALID_ARGUMENT");
          return;
        }
        expect(readMrc(bytes).data!.length).toBe(24);
      }),
    );
  });
});

describe("undefined voxel size", () => {
  it("stays undefined when the data is rewritten", () => {
    const zero = readMrc(fixtureBytes("parity/cell-zero.mrc"), { permissive: true });
    expect(zero.voxelSizeDefined).toEqual([false, false, false]);
    const rewritten = readMrc(encodeMrc({ data: zero.data!, shape: zero.shape!, header: zero.header }).bytes, { permissive: true });
    expect(rewritten.header.cella).toEqual([0, 0, 0]);
    expect(rewritten.voxelSizeDefined).toEqual([false, false, false]);
    const given = readMrc(encodeMrc({ data: zero.data!, shape: zero.shape!, header: zero.header, voxelSize: 2 }).bytes);
    expect(given.voxelSize).toEqual([2, 2, 2]);
  });
});

describe("mode 12", () => {
  it("statistics are those of the stored float16 values", () => {
    const data = Float32Array.from([-99.996, 0.1, 1 / 3, 1000.3]);
    const { bytes, header } = encodeMrc({ data, shape: [1, 2, 2], mode: 12, stampLabel: false });
    const stored = readMrc(bytes).data!;
    expect(header.dmin).toBe(stored[0]);
    expect(header.dmin).toBe(-100);
    expect(header.dmax).toBe(stored[3]);
    expect(validateMrc(bytes).problems).toEqual([]);
  });

  it("any in-range data passes validation", () => {
    const values = fc.float({ min: -FLOAT16_MAX, max: FLOAT16_MAX, noNaN: true });
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 40 }), fc.boolean(), (list, littleEndian) => {
        const { bytes } = encodeMrc({ data: Float32Array.from(list), shape: [1, 1, list.length], mode: 12, littleEndian, stampLabel: false });
        expect(validateMrc(bytes).problems).toEqual([]);
      }),
    );
  });

  it("values beyond float16 are rejected, with the fix", () => {
    expect(() => encodeMrc({ data: Float32Array.from([1, 70000, -1e6, 3]), shape: [1, 2, 2], mode: 12 })).toThrow(
      expect.objectContaining({ code: "OUT_OF_RANGE", value: 70000, message: expect.stringContaining('index 1 as mode 12: float16 holds magnitudes up to 65504, and this value would become Infinity. Rescale the data, or clip it first with convertData(data, 2, 12, { overflow: "clip" })') }),
    );
    // 65519 rounds down to the largest float16, 65504.
    expect(readMrc(encodeMrc({ data: Float32Array.from([65519, -65519]), shape: [1, 1, 2], mode: 12 }).bytes).data).toEqual(Float32Array.from([65504, -65504]));
  });

  it("convertData clips only when asked", () => {
    expect(() => convertData(Float32Array.from([1, 70000]), 2, 12)).toThrow(expect.objectContaining({ code: "OUT_OF_RANGE", value: 70000 }));
    expect(Array.from(convertData(Float32Array.from([1, 70000, -1e6]), 2, 12, { overflow: "clip" }))).toEqual([1, 65504, -65504]);
  });

  it("infinite and NaN input keep the sentinels", () => {
    const { header, warnings } = encodeMrc({ data: Float32Array.from([1, Infinity, Number.NaN, 3]), shape: [1, 2, 2], mode: 12, stampLabel: false });
    expect([header.dmin, header.dmax, header.dmean, header.rms]).toEqual([0, -1, -2, -1]);
    expect(warnings.map((warning) => warning.code)).toEqual(["NONFINITE_DATA"]);
  });
});

describe("header numbers of a base header", () => {
  /** Returns a fresh header of a 2 × 2 × 2 float32 volume, as a caller would get from a read. */
  const baseHeader = () => encodeMrc({ data: new Float32Array(8), shape: [2, 2, 2], stampLabel: false }).header;

  it.each<[string, (header: MrcHeader) => void, string, number]>([
    ["NXSTART over int32", (header) => void (header.nxstart = 2 ** 40), "NXSTART", 2 ** 40],
    ["fractional MAPC", (header) => void (header.mapc = 1.5), "MAPC", 1.5],
    ["NaN ISPG", (header) => void (header.ispg = Number.NaN), "ISPG", Number.NaN],
    ["IMOD flags over int32", (header) => void (header.imodFlags = 2 ** 31), "IMOD flags", 2 ** 31],
    ["NINT over int16", (header) => void (header.nint = 40000), "NINT", 40000],
    ["CELLA beyond float32", (header) => void (header.cella = [1e39, 1, 1]), "CELLA.x", 1e39],
    ["ORIGIN beyond float32", (header) => void (header.origin = [0, 0, -1e300]), "ORIGIN.z", -1e300],
  ])("%s is rejected", (_, change, field, value) => {
    const header = baseHeader();
    change(header);

    const write = () => encodeMrc({ data: new Float32Array(8), shape: [2, 2, 2], header });

    expect(write).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field, value }));
    expect(write).toThrow(`${field} is ${value}; the header stores it as a`);
  });

  it("NaN and infinite floats are kept", () => {
    const header = baseHeader();
    header.origin = [Number.NaN, Infinity, -Infinity];

    const written = readMrc(encodeMrc({ data: new Float32Array(8), shape: [2, 2, 2], header }).bytes);

    expect(written.header.origin).toEqual([Number.NaN, Infinity, -Infinity]);
  });
});
