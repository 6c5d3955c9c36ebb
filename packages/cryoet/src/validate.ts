// The validator: every numbered check, reported together.
import { isMrcError } from "./errors.js";
import type { MrcHeader } from "./header.js";
import { readMrc, type MrcFile } from "./reader.js";
import type { ReadOptions } from "./layout.js";
import { ProblemLog, type MrcWarning } from "./problems.js";
import { computeStatistics, type VoxelStatistics } from "./statistics.js";

/** Options of {@link validateMrc}. */
export interface ValidateOptions extends Omit<ReadOptions, "permissive" | "onWarning"> {
  /** Absolute tolerance of the DMEAN and RMS comparison. Default 1e-8 (NumPy's isclose). */
  statsAbsTol?: number;
  /** Relative tolerance of the DMEAN and RMS comparison. Default 0.01, as mrcfile's validate uses. */
  statsRelTol?: number;
}

/** Result of {@link validateMrc}. */
export interface ValidationReport {
  /** False when any check failed. */
  valid: boolean;
  /** Every failed check in check order, with the message a read gives for it. */
  problems: MrcWarning[];
  /** The permissive read of the file, or null when check 1 failed. */
  file: MrcFile | null;
  /** Statistics of the data, when the data could be read and is not empty. */
  statistics: VoxelStatistics | null;
}

/**
 * Validates an MRC file against MRC2014 and returns every problem found:
 *
 * 1. The file has at least 1024 bytes (after decompression).
 * 2. The map ID is `"MAP "`.
 * 3. The machine stamp is 44 44, 44 41 or 11 11.
 * 4. MODE is 0, 1, 2, 3, 4, 6, 12 or 101 (16 is read but fails this check).
 * 5. NX, NY, NZ > 0; MX, MY, MZ ≥ 0 and CELLA ≥ 0, with a voxel size defined on every axis.
 * 6. MAPC, MAPR, MAPS are a permutation of 1, 2, 3.
 * 7. The file size is 1024 + NSYMBT + the data block size.
 * 8. NSYMBT ≥ 0, EXTTYP is set when NSYMBT > 0, and FEI headers hold a block per section.
 * 9. DMIN and DMAX equal the data extremes (after rounding to float32) and DMEAN is within
 *    tolerance of the mean, unless undetermined (DMAX < DMIN, DMEAN < min(DMIN, DMAX)).
 * 10. RMS is within tolerance of the population standard deviation, unless negative.
 * 11. NLABL counts the non-blank labels, is 0-10, and no blank label sits between used ones.
 * 12. A volume stack (ISPG 401-630) has MZ > 0 and NZ divisible by MZ.
 * 13. NVERSION is 20140 or 20141.
 * 14. ISPG is 0, 1-230 or 401-630.
 *
 * NaN header statistics fail checks 9 and 10, and data with NaN or ±∞ fails them for every
 * determined statistic. Unlike mrcfile, DMIN = DMAX is compared, a zero cell fails check 5, a
 * padded FEI2 header passes check 8, and check 14 exists.
 */
export function validateMrc(input: Uint8Array | ArrayBuffer, options: ValidateOptions = {}): ValidationReport {
  const log = new ProblemLog(true, undefined, options.fileName);
  let file: MrcFile;
  try {
    file = readMrc(input, { ...options, permissive: true, onWarning: undefined, copy: false });
  } catch (error) {
    recordOpenFailure(error, log);
    return { valid: false, problems: log.warnings, file: null, statistics: null };
  }
  for (const warning of file.warnings) log.record(warning);

  let statistics: VoxelStatistics | null = null;
  if (file.data !== null && file.data.length > 0 && file.mode !== 16) {
    statistics = computeStatistics(file.data, file.mode === 3 || file.mode === 4);
    checkStatistics(statistics, file.header, file.mode === 3 || file.mode === 4, options, log);
  }
  checkHeaderFields(file.header, log);
  const problems = sortedProblems(log);
  return { valid: problems.length === 0, problems, file, statistics };
}

/** Records the {@link MrcError} of a read that could not start (check 1, decompression) as a problem; rethrows other errors. */
export function recordOpenFailure(error: unknown, log: ProblemLog): void {
  if (!isMrcError(error)) throw error;
  log.record({ check: error.check ?? 1, code: error.code, field: error.field ?? "file", value: error.value, message: error.message, severity: "error", fallback: "" });
}

/** Returns the problems of `log` in check order. */
export function sortedProblems(log: ProblemLog): MrcWarning[] {
  return [...log.warnings].sort((a, b) => a.check - b.check);
}

/**
 * Returns true when checks 9 and 10 compare some header statistic with the data: one is
 * determined or NaN. When all are undetermined, the data need not be read for them.
 */
export function headerStatisticsDetermined(header: MrcHeader, complex: boolean): boolean {
  const { dmin, dmax, dmean, rms } = header;
  if ([dmin, dmax, dmean, rms].some(Number.isNaN) || rms >= 0) return true;
  return !complex && (dmin <= dmax || dmean >= Math.min(dmin, dmax));
}

/** Runs checks 9 and 10: the header's DMIN, DMAX, DMEAN and RMS against the statistics of the data. */
export function checkStatistics(actual: VoxelStatistics, header: MrcHeader, complex: boolean, options: ValidateOptions, log: ProblemLog): void {
  const { dmin, dmax, dmean, rms } = header;
  const absTol = options.statsAbsTol ?? 1e-8;
  const relTol = options.statsRelTol ?? 0.01;
  const anyNaN = [dmin, dmax, dmean, rms].some(Number.isNaN);
  const dataFinite = actual.nonFinite === 0;
  // As in NumPy's isclose, an infinite stored value is close only to itself, because the
  // tolerance term relTol · ∞ would accept any data statistic.
  const close = (value: number, stored: number) => (Number.isFinite(stored) ? Math.abs(value - stored) <= absTol + relTol * Math.abs(stored) : value === stored);
  const reported = new Set<number>();
  const report = (check: number, field: string, stored: number, value: number, what: string) => {
    reported.add(check);
    log.warn({
      check,
      code: "INACCURATE_STATISTICS",
      field,
      value: stored,
      message: dataFinite
        ? `${field} is ${stored} but the data ${what} is ${value}; recompute the header statistics.`
        : `${field} is ${stored} but the data contain ${actual.nonFinite} NaN or infinite values; store the undetermined sentinels instead.`,
    });
  };

  if (!complex) {
    if (anyNaN || dmin <= dmax) {
      if (!(dataFinite && Math.fround(actual.min) === dmin)) report(9, "DMIN", dmin, actual.min, "minimum");
      if (!(dataFinite && Math.fround(actual.max) === dmax)) report(9, "DMAX", dmax, actual.max, "maximum");
    }
    if (anyNaN || dmean >= Math.min(dmin, dmax)) {
      if (!(dataFinite && close(actual.mean, dmean))) report(9, "DMEAN", dmean, actual.mean, "mean");
    }
  }
  if (anyNaN || rms >= 0) {
    if (!(dataFinite && close(actual.rms, rms))) report(10, "RMS", rms, actual.rms, "population standard deviation");
  }
  if (anyNaN) reportNaNStatistics(header, complex ? [10] : [9, 10], reported, log);
}

/**
 * Fails each of `checks` that no field has failed yet when a header statistic is NaN: a NaN makes
 * the whole set inconsistent, even where the other fields match the data.
 */
function reportNaNStatistics(header: MrcHeader, checks: readonly number[], reported: ReadonlySet<number>, log: ProblemLog): void {
  const fields = (["dmin", "dmax", "dmean", "rms"] as const).filter((key) => Number.isNaN(header[key])).map((key) => key.toUpperCase());
  for (const check of checks.filter((id) => !reported.has(id))) {
    log.warn({
      check,
      code: "INACCURATE_STATISTICS",
      field: fields[0]!,
      value: Number.NaN,
      message: `${fields.join(", ")} ${fields.length === 1 ? "is" : "are"} NaN, so the header statistics are inconsistent; recompute them, or store the undetermined sentinels DMIN 0, DMAX -1, DMEAN -2 and RMS -1.`,
    });
  }
}

/** Runs checks 11, 13 and 14: labels, NVERSION and ISPG. */
export function checkHeaderFields(header: MrcHeader, log: ProblemLog): void {
  checkLabels(header, log);
  const { nversion, ispg } = header;
  if (nversion !== 20140 && nversion !== 20141) {
    log.warn({ check: 13, code: "UNKNOWN_VERSION", field: "NVERSION", value: nversion, message: `NVERSION is ${nversion}; MRC2014 files declare 20140 or 20141 (new files should write 20141).` });
  }
  if (!(ispg === 0 || (ispg >= 1 && ispg <= 230) || (ispg >= 401 && ispg <= 630))) {
    log.warn({ check: 14, code: "INVALID_SPACE_GROUP", field: "ISPG", value: ispg, message: `ISPG is ${ispg}; expected 0 (images), 1-230 (volumes) or 401-630 (volume stacks).` });
  }
}

function checkLabels(header: MrcHeader, log: ProblemLog): void {
  const used = header.labels.map((label) => label !== "");
  const nonBlank = used.filter(Boolean).length;
  const lastUsed = used.lastIndexOf(true);
  const gap = used.slice(0, lastUsed + 1).includes(false);
  const problem = (value: unknown, message: string) => log.warn({ check: 11, code: "INVALID_LABELS", field: "NLABL", value, message });
  if (header.nlabl < 0 || header.nlabl > 10) problem(header.nlabl, `NLABL is ${header.nlabl}; it must be 0-10.`);
  else if (header.nlabl !== nonBlank) problem(header.nlabl, `NLABL is ${header.nlabl} but ${nonBlank} labels contain text.`);
  if (gap) problem(header.nlabl, "A blank label sits between labels that contain text; used labels must come first.");
}
