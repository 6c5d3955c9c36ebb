// The numbered checks: strict and permissive reads share one message per problem, and
// validateMrc reports every failed check.
import { describe, expect, it } from "vitest";

import { encodeMrc, formatWarning, isMrcError, readMrc, validateMrc, type MrcWarning } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

function strictError(bytes: Uint8Array) {
  try {
    readMrc(bytes);
  } catch (error) {
    if (isMrcError(error)) return error;
    throw error;
  }
  return undefined;
}

const checks = (problems: MrcWarning[]) => problems.map((problem) => problem.check);

describe("strict and permissive share one message", () => {
  it.each([
    ["parity/mode-unknown.mrc", 4, "UNKNOWN_MODE", "MODE", 7],
    ["parity/nx-negative.mrc", 5, "INVALID_DIMENSIONS", "NX", -5],
    ["parity/axes-repeated.mrc", 6, "INVALID_AXIS_MAPPING", "MAPC/MAPR/MAPS", [1, 1, 3]],
    ["parity/data-short.mrc", 7, "FILE_SIZE_MISMATCH", "file size", 1257],
    ["parity/nsymbt-missing-bytes.mrc", 7, "FILE_SIZE_MISMATCH", "file size", 1264],
    ["parity/nsymbt-negative.mrc", 8, "INVALID_EXTENDED_HEADER", "NSYMBT", -80],
    ["parity/volume-stack-mz-zero.mrc", 12, "INVALID_VOLUME_STACK", "MZ", 0],
    ["parity/map-missing.mrc", 2, "NOT_MRC", "MAP", "XYZ "],
  ] as const)("%s", (name, check, code, field, value) => {
    const bytes = fixtureBytes(name);
    const error = strictError(bytes)!;
    expect(error).toMatchObject({ code, check, field, value });
    const permissive = readMrc(bytes, { permissive: true });
    const warning = permissive.warnings.find((item) => item.code === code)!;
    expect(warning.severity).toBe("error");
    expect(error.message).toBe(warning.message);
    expect(warning.fallback).not.toBe("");
    expect(formatWarning(warning)).toBe(`${warning.message} ${warning.fallback}`);
  });

  it("permissive outcomes", () => {
    expect(readMrc(fixtureBytes("parity/mode-unknown.mrc"), { permissive: true }).data).toBeNull();
    const short = readMrc(fixtureBytes("parity/nsymbt-missing-bytes.mrc"), { permissive: true });
    expect(short.extendedHeader!.length).toBe(80);
    expect(short.data).toBeNull();
    const axes = readMrc(fixtureBytes("parity/axes-zero.mrc"), { permissive: true });
    expect([axes.header.mapc, axes.header.mapr, axes.header.maps]).toEqual([0, 0, 0]);
    expect(axes.axisMapping).toEqual([1, 2, 3]);
    const stack = readMrc(fixtureBytes("parity/volume-stack-mz-zero.mrc"), { permissive: true });
    expect(stack.shape).toEqual([6, 4, 5]);
    const empty = readMrc(fixtureBytes("parity/nz-zero.mrc"));
    expect(empty.shape).toEqual([0, 4, 5]);
    expect(empty.data!.length).toBe(0);
  });
});

describe("byte order", () => {
  it("contradicting stamp switches order in both modes", () => {
    for (const permissive of [false, true]) {
      const file = readMrc(fixtureBytes("parity/stamp-contradicts.mrc"), { permissive });
      expect(file.littleEndian).toBe(true);
      expect(file.warnings.map((warning) => warning.code)).toEqual(["UNKNOWN_MACHINE_STAMP"]);
      expect(file.warnings[0]!.message).toContain("Machine stamp 11 11 00 00 says big-endian");
      expect(Array.from(file.data!)).toEqual(Array.from(readMrc(fixtureBytes("parity/mode2-le.mrc")).data!));
    }
  });

  it("unknown stamp with a plausible header is a warning", () => {
    const file = readMrc(fixtureBytes("parity/stamp-zero.mrc"));
    expect(file.warnings[0]).toMatchObject({ check: 3, severity: "warning", value: "00 00 00 00" });
  });

  it("unknown stamp with an implausible header is an error", () => {
    const bytes = fixtureBytes("parity/stamp-zero.mrc").slice();
    new DataView(bytes.buffer).setInt32(12, 7, true);
    new DataView(bytes.buffer).setInt32(12 - 12, -3, true);
    expect(strictError(bytes)).toMatchObject({ code: "UNKNOWN_BYTE_ORDER", check: 3 });
  });
});

describe("validateMrc", () => {
  it("a new file is valid", () => {
    const { bytes } = encodeMrc({ data: Float32Array.from([1, 2, 3, 4, 5, 6]), shape: [1, 2, 3] });
    const report = validateMrc(bytes);
    expect(report.problems).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it.each([
    ["parity/map-nul.mrc", [2]],
    ["parity/stamp-zero.mrc", [3]],
    ["parity/cell-zero.mrc", [5, 5, 5]],
    ["parity/too-long.mrc", [7]],
    ["parity/exttyp-missing.mrc", [8]],
    ["parity/stats-wrong.mrc", [9]],
    // DMIN = DMAX = 0 counts as determined, so both are compared (mrcfile skips equal values).
    ["parity/stats-zero.mrc", [9, 9, 9, 10]],
    ["parity/stats-nan.mrc", [9, 9, 9, 10]],
    ["parity/nonfinite.mrc", [9, 9, 9, 10]],
    ["parity/labels-gap.mrc", [11, 11]],
    ["parity/nlabl-wrong.mrc", [11]],
    // Read as a plain [NZ][NY][NX] stack, so the size and statistics match.
    ["parity/volume-stack-indivisible.mrc", [12]],
    ["parity/nversion-zero.mrc", [13]],
    ["parity/ispg-invalid.mrc", [14]],
    ["parity/header-short.mrc", [1]],
    ["parity/not-mrc.png", [2, 3, 4, 5, 6, 13]],
  ] as const)("%s fails checks %j", (name, expected) => {
    const report = validateMrc(fixtureBytes(name));
    expect(report.valid).toBe(false);
    expect(checks(report.problems)).toEqual(expected);
  });

  it("keeps the severity of read errors", () => {
    const report = validateMrc(fixtureBytes("parity/mode-unknown.mrc"));
    expect(report.problems.map((problem) => [problem.check, problem.severity])).toContainEqual([4, "error"]);
    expect(validateMrc(fixtureBytes("parity/header-short.mrc")).problems[0]!.severity).toBe("error");
  });

  it("undetermined statistics pass", () => {
    expect(validateMrc(fixtureBytes("parity/stats-undetermined.mrc")).valid).toBe(true);
  });

  it.each([
    ["DMIN", 76, 10],
    ["RMS", 216, 9],
  ] as const)("a NaN %s alone fails checks 9 and 10", (field, offset, otherCheck) => {
    const bytes = fixtureBytes("parity/mode2-le.mrc").slice();
    expect(validateMrc(bytes).valid).toBe(true);
    new DataView(bytes.buffer).setFloat32(offset, Number.NaN, true);
    const problems = validateMrc(bytes).problems;
    expect(checks(problems)).toEqual([9, 10]);
    // The other check's fields match the data, so it fails on the NaN alone.
    const other = problems.find((problem) => problem.check === otherCheck)!;
    expect(other.message).toBe(`${field} is NaN, so the header statistics are inconsistent; recompute them, or store the undetermined sentinels DMIN 0, DMAX -1, DMEAN -2 and RMS -1.`);
  });

  it.each([
    ["DMEAN", 84],
    ["RMS", 216],
  ] as const)("an infinite %s fails", (field, offset) => {
    const bytes = fixtureBytes("parity/mode2-le.mrc").slice();
    new DataView(bytes.buffer).setFloat32(offset, Number.POSITIVE_INFINITY, true);
    const problems = validateMrc(bytes).problems;
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([["INACCURATE_STATISTICS", field]]);
    expect(problems[0]!.message).toMatch(new RegExp(`^${field} is Infinity but the data `));
  });

  it("tolerances are options", () => {
    const bytes = fixtureBytes("parity/mode2-le.mrc").slice();
    const view = new DataView(bytes.buffer);
    view.setFloat32(216, view.getFloat32(216, true) * 1.02, true);
    expect(checks(validateMrc(bytes).problems)).toEqual([10]);
    expect(validateMrc(bytes, { statsRelTol: 0.05 }).valid).toBe(true);
  });
});

describe("not an MRC file", () => {
  it("names a PNG", () => {
    const error = strictError(fixtureBytes("parity/not-mrc.png"))!;
    expect(error.code).toBe("NOT_MRC");
    expect(error.message).toContain("It starts like a PNG image, not an MRC map.");
    const short = strictError(fixtureBytes("parity/not-mrc.png").subarray(0, 70))!;
    expect(short.code).toBe("FILE_TOO_SHORT");
    expect(short.message).toContain("70 bytes, shorter than the 1024-byte MRC header");
  });

  it("gzipped text", () => {
    const error = strictError(fixtureBytes("parity/not-mrc.txt.gz"))!;
    expect(error.code).toBe("NOT_MRC");
    expect(error.value).toBe("t an");
  });

  it("corrupt gzip", () => {
    const bytes = fixtureBytes("emd_3197.map.gz").slice(0, 500);
    expect(strictError(bytes)).toMatchObject({ code: "DECOMPRESSION_FAILED", value: "gzip" });
  });

  it("data larger than maxDataBytes", () => {
    const error = (() => {
      try {
        readMrc(fixtureBytes("EMD-3197.map"), { maxDataBytes: 1000 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ code: "DATA_TOO_LARGE", value: 32000 });
    expect(readMrc(fixtureBytes("EMD-3197.map"), { maxDataBytes: 1000, permissive: true }).data).toBeNull();
  });

  it("huge dimensions do not allocate", () => {
    const file = readMrc(fixtureBytes("parity/huge-dims.mrc"), { permissive: true });
    expect(file.data).toBeNull();
    expect(file.dataBytes).toBe(4n * 2n ** 90n);
  });
});
