import { PrfaasError } from "./errors.js";

/** One measured row: prefill of `tokens` new tokens on one instance. */
export interface ProfileRow {
  tokens: number;
  /** KV-cache (and state) bytes the request leaves behind. */
  kvBytes: number;
  prefillSeconds: number;
}

/** What one prefill instance costs per request, as the analytical model and the simulator use it. */
export interface PrefillCostModel {
  /** Prefill time in seconds of `tokens` uncached tokens on one instance. */
  prefillSeconds(tokens: number): number;
  /** KV bytes of a request whose cache covers `tokens` tokens. */
  kvBytes(tokens: number): number;
  /** Fixed per-request state bytes (linear-attention or SWA state), part of {@link kvBytes}. */
  readonly stateBytes: number;
  /** Bytes each further token adds (full-attention layers), part of {@link kvBytes}. */
  readonly bytesPerToken: number;
  /**
   * The lengths a measured table covers. Lookups outside it come from fitted curves, and the
   * simulator counts them. Absent for cost models without a table.
   */
  readonly tableRange?: { readonly minTokens: number; readonly maxTokens: number };
}

/** Least-squares fits of a profile table, used outside its measured range. */
export interface ProfileFits {
  /** kvBytes ≈ intercept + slope · tokens. */
  kvBytes: { intercept: number; slope: number };
  /** prefillSeconds ≈ c0 + c1 · tokens + c2 · tokens². */
  prefillSeconds: { c0: number; c1: number; c2: number };
}

/** A profile table with its fits, and a count of lookups outside the measured range. */
export interface TablePrefillModel extends PrefillCostModel {
  readonly rows: readonly ProfileRow[];
  readonly fits: ProfileFits;
  /** Lookups so far that fell outside the table and used the shifted fits. */
  readonly extrapolatedLookups: number;
  /** True when `tokens` lies outside the measured range. */
  isExtrapolated(tokens: number): boolean;
}

/**
 * Builds a cost model from a measured profile table. Inside the table's range it interpolates
 * linearly between rows. Outside it uses least-squares fits (a line for KV bytes, a quadratic for
 * prefill time), shifted by a constant so they meet the nearest table row and the curve does not
 * jump at the boundary. Above the table a value never falls below the last row's, and a concave
 * fit continues along its tangent at the last row. Each lookup outside the range is counted.
 *
 * @throws PrfaasError `INVALID_PROFILE` for fewer than 3 rows, unsorted or non-positive values.
 */
export function tablePrefillModel(rows: readonly ProfileRow[]): TablePrefillModel {
  checkRows(rows);
  const fits = fitProfile(rows);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const { c0, c1, c2 } = fits.prefillSeconds;
  const quadratic: Fit = { at: (tokens) => c0 + c1 * tokens + c2 * tokens * tokens, slopeAt: (tokens) => c1 + 2 * c2 * tokens, concave: c2 < 0 };
  const line: Fit = { at: (tokens) => fits.kvBytes.intercept + fits.kvBytes.slope * tokens, slopeAt: () => fits.kvBytes.slope, concave: false };
  let extrapolatedLookups = 0;

  const lookup = (tokens: number, column: "kvBytes" | "prefillSeconds", fit: Fit) => {
    if (tokens < first.tokens) {
      extrapolatedLookups++;
      return Math.max(0, fit.at(tokens) - fit.at(first.tokens) + first[column]);
    }
    if (tokens > last.tokens) {
      extrapolatedLookups++;
      return last[column] + growthAbove(fit, last.tokens, tokens);
    }
    let upper = 1;
    while (rows[upper]!.tokens < tokens) upper++;
    const low = rows[upper - 1]!;
    const high = rows[upper]!;
    const fraction = (tokens - low.tokens) / (high.tokens - low.tokens);
    return low[column] + fraction * (high[column] - low[column]);
  };

  return {
    rows,
    fits,
    stateBytes: Math.max(0, fits.kvBytes.intercept),
    bytesPerToken: fits.kvBytes.slope,
    tableRange: { minTokens: first.tokens, maxTokens: last.tokens },
    get extrapolatedLookups() {
      return extrapolatedLookups;
    },
    isExtrapolated: (tokens) => tokens < first.tokens || tokens > last.tokens,
    prefillSeconds: (tokens) => lookup(tokens, "prefillSeconds", quadratic),
    kvBytes: (tokens) => lookup(tokens, "kvBytes", line),
  };
}

/** A fitted curve, its derivative in the column's unit per token, and whether it bends down. */
interface Fit {
  at(tokens: number): number;
  slopeAt(tokens: number): number;
  concave: boolean;
}

/**
 * Returns how much a column grows from the last table row at `lastTokens` to `tokens` above it,
 * never less than 0. A concave fit, such as a quadratic with c2 < 0, bends down past its peak and
 * would give longer prompts shorter or negative prefill times, so it continues along its tangent
 * at the last row instead.
 * NOTE: that tangent can rise more slowly than the measured rows do, so a table should reach the
 * longest prompts of the workload.
 */
function growthAbove(fit: Fit, lastTokens: number, tokens: number): number {
  const growth = fit.concave ? fit.slopeAt(lastTokens) * (tokens - lastTokens) : fit.at(tokens) - fit.at(lastTokens);
  return Math.max(0, growth);
}

/** Fits a line to KV bytes and a quadratic to prefill time by least squares. */
export function fitProfile(rows: readonly ProfileRow[]): ProfileFits {
  // Scale lengths to units of 10^4 tokens so the normal equations stay well conditioned.
  const scale = 1e4;
  const xs = rows.map((row) => row.tokens / scale);
  const [intercept, slope] = leastSquares(xs, rows.map((row) => row.kvBytes), 1);
  const [c0, c1, c2] = leastSquares(xs, rows.map((row) => row.prefillSeconds), 2);
  return {
    kvBytes: { intercept: intercept!, slope: slope! / scale },
    prefillSeconds: { c0: c0!, c1: c1! / scale, c2: c2! / (scale * scale) },
  };
}

/** Solves the normal equations of a polynomial fit of `degree` by Gaussian elimination. */
function leastSquares(xs: readonly number[], ys: readonly number[], degree: number): number[] {
  const size = degree + 1;
  const matrix = Array.from({ length: size }, () => new Array<number>(size + 1).fill(0));
  for (let point = 0; point < xs.length; point++) {
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) matrix[row]![column]! += xs[point]! ** (row + column);
      matrix[row]![size]! += ys[point]! * xs[point]! ** row;
    }
  }
  for (let pivot = 0; pivot < size; pivot++) {
    for (let row = pivot + 1; row < size; row++) {
      const factor = matrix[row]![pivot]! / matrix[pivot]![pivot]!;
      for (let column = pivot; column <= size; column++) matrix[row]![column]! -= factor * matrix[pivot]![column]!;
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = matrix[row]![size]!;
    for (let column = row + 1; column < size; column++) sum -= matrix[row]![column]! * solution[column]!;
    solution[row] = sum / matrix[row]![row]!;
  }
  return solution;
}

function checkRows(rows: readonly ProfileRow[]): void {
  if (rows.length < 3) {
    throw new PrfaasError("INVALID_PROFILE", `A profile table needs at least 3 rows for its quadratic fit; got ${rows.length}.`, {
      field: "rows",
      value: rows.length,
    });
  }
  rows.forEach((row, index) => {
    for (const field of ["tokens", "kvBytes", "prefillSeconds"] as const) {
      if (!Number.isFinite(row[field]) || row[field] <= 0) {
        throw new PrfaasError("INVALID_PROFILE", `Invalid ${field} ${String(row[field])} in profile row ${index}: expected a positive number.`, {
          field,
          value: row[field],
        });
      }
    }
    const previous = rows[index - 1];
    if (previous !== undefined && row.tokens <= previous.tokens) {
      throw new PrfaasError("INVALID_PROFILE", `Profile row ${index} has ${row.tokens} tokens after ${previous.tokens}: sort the rows by increasing length.`, {
        field: "tokens",
        value: row.tokens,
      });
    }
  });
}
