import { AttentionError } from "../errors.js";
import { describeValue } from "../options.js";
import { allocate, checkTensor, tensor, type Tensor } from "./tensor.js";

/**
 * Applies a numerically stable softmax over the last axis: `p_j = exp(x_j − m) / Σ exp(x_k − m)`
 * with `m` the row maximum, accumulated in float64. A row whose maximum is `−∞` (every entry
 * masked) gives zeros, the convention of PyTorch's `_safe_softmax`. NaN anywhere in a row makes
 * the whole row NaN.
 */
export function softmax(x: Tensor): Tensor {
  checkTensor("x", x);
  const rowLength = x.shape[x.shape.length - 1]!;
  const output = new Float32Array(x.data.length);
  const rows = rowLength === 0 ? 0 : x.data.length / rowLength;

  for (let row = 0; row < rows; row++) {
    const start = row * rowLength;
    let maximum = -Infinity;
    for (let j = 0; j < rowLength; j++) maximum = Math.max(maximum, x.data[start + j]!);
    if (maximum === -Infinity) continue;

    let sum = 0;
    for (let j = 0; j < rowLength; j++) sum += Math.exp(x.data[start + j]! - maximum);
    for (let j = 0; j < rowLength; j++) output[start + j] = Math.exp(x.data[start + j]! - maximum) / sum;
  }
  return tensor(output, x.shape);
}

/**
 * Streaming-softmax states of many rows, in float64: per row the running maximum `m`, the sum
 * `l = Σ exp(s_j − m)` and the unnormalised output `o = Σ exp(s_j − m)·v_j` of `width` channels
 * (online softmax, arXiv:1805.02867). The empty state is `(−∞, 0, 0)`.
 */
export interface SoftmaxStates {
  readonly rows: number;
  readonly width: number;
  readonly max: Float64Array;
  readonly sum: Float64Array;
  readonly output: Float64Array;
}

/** Returns `rows` empty states of `width` channels each; both must be non-negative integers. */
export function emptySoftmaxStates(rows: number, width: number): SoftmaxStates {
  checkCount("rows", rows);
  checkCount("width", width);
  return {
    rows,
    width,
    max: allocate(Float64Array, rows, "rows").fill(-Infinity),
    sum: allocate(Float64Array, rows, "rows"),
    output: allocate(Float64Array, rows * width, "rows"),
  };
}

function checkCount(field: string, value: unknown): void {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return;
  throw new AttentionError("INVALID_ARGUMENT", `${field} = ${describeValue(value)} is invalid: it must be a non-negative integer.`, { field, value });
}

/**
 * Throws `INVALID_SHAPE` unless `states` has integer `rows` and `width` and float64 arrays of
 * `rows`, `rows` and `rows · width` entries, as {@link emptySoftmaxStates} makes them. `name`
 * labels the message.
 */
function checkSoftmaxStates(name: string, states: SoftmaxStates): void {
  const reject = (problem: string): never => {
    throw new AttentionError("INVALID_SHAPE", `${name} ${problem}. Build states with emptySoftmaxStates or attentionSoftmaxStates.`, { field: name });
  };
  if (typeof states !== "object" || states === null) reject(`is ${describeValue(states)}, but softmax states { rows, width, max, sum, output } are expected`);
  const { rows, width, max, sum, output } = states;
  if (!Number.isSafeInteger(rows) || rows < 0 || !Number.isSafeInteger(width) || width < 0) {
    reject(`has rows = ${describeValue(rows)} and width = ${describeValue(width)}, but both must be non-negative integers`);
  }
  for (const [field, array, length] of [["max", max, rows], ["sum", sum, rows], ["output", output, rows * width]] as const) {
    if (!hasTag(array, "Float64Array") || array.length !== length) {
      reject(`.${field} is ${describeValue(array)}${hasTag(array, "Float64Array") ? ` of ${array.length} entries` : ""}, but a Float64Array of ${length} entries is expected`);
    }
  }
}

/** Returns true when `value` is a typed array of the kind `tag`, from this realm or another one. */
function hasTag(value: unknown, tag: "Float32Array" | "Float64Array"): boolean {
  return Object.prototype.toString.call(value) === `[object ${tag}]`;
}

/** Returns the factor `exp(from − to)` that rescales a state, defined as 0 when `from = −∞`. */
export function rescaleFactor(from: number, to: number): number {
  return from === -Infinity ? 0 : Math.exp(from - to);
}

/**
 * Merges state `row` of `source` into state `row` of `target`, in place. The states must cover
 * disjoint key sets; the rule `m = max(m₁, m₂)`, `aᵢ = exp(mᵢ − m)`, `l = a₁·l₁ + a₂·l₂`,
 * `o = a₁·o₁ + a₂·o₂` is exact in real arithmetic, associative and commutative.
 */
export function mergeSoftmaxStateRow(target: SoftmaxStates, source: SoftmaxStates, row: number): void {
  const width = target.width;
  const maximum = Math.max(target.max[row]!, source.max[row]!);
  if (maximum === -Infinity) return;

  const targetFactor = rescaleFactor(target.max[row]!, maximum);
  const sourceFactor = rescaleFactor(source.max[row]!, maximum);
  target.max[row] = maximum;
  target.sum[row] = targetFactor * target.sum[row]! + sourceFactor * source.sum[row]!;
  const base = row * width;
  for (let c = 0; c < width; c++) {
    target.output[base + c] = targetFactor * target.output[base + c]! + sourceFactor * source.output[base + c]!;
  }
}

/** Returns a new state set that merges `a` and `b` row by row; both must have the same size. */
export function mergeSoftmaxStates(a: SoftmaxStates, b: SoftmaxStates): SoftmaxStates {
  checkSoftmaxStates("a", a);
  checkSoftmaxStates("b", b);
  if (a.rows !== b.rows || a.width !== b.width) {
    throw new AttentionError("INVALID_SHAPE", `Softmax states of ${a.rows}×${a.width} and ${b.rows}×${b.width} cannot merge because their sizes differ.`, { field: "states" });
  }
  const merged: SoftmaxStates = {
    rows: a.rows,
    width: a.width,
    max: Float64Array.from(a.max),
    sum: Float64Array.from(a.sum),
    output: Float64Array.from(a.output),
  };
  for (let row = 0; row < a.rows; row++) mergeSoftmaxStateRow(merged, b, row);
  return merged;
}

/**
 * Normalises states into outputs `o / l` (rounded to float32) and log-sum-exp values
 * `lse = m + ln l`. An optional per-row `sinkLogits` value joins each denominator once without a
 * value (gpt-oss learned sinks). An empty row gives zeros, with `lse = −∞` or, with a sink, the
 * sink logit.
 */
export function finalizeSoftmaxStates(
  states: SoftmaxStates,
  sinkLogits?: (row: number) => number,
): { output: Float32Array; logSumExp: Float32Array } {
  checkSoftmaxStates("states", states);
  if (sinkLogits !== undefined && typeof sinkLogits !== "function") {
    throw new AttentionError("INVALID_ARGUMENT", `sinkLogits is ${describeValue(sinkLogits)}, but a function from a state row to its sink logit is expected.`, {
      field: "sinkLogits",
      value: sinkLogits,
    });
  }
  const { rows, width } = states;
  const output = new Float32Array(rows * width);
  const logSumExp = new Float32Array(rows);

  for (let row = 0; row < rows; row++) {
    let maximum = states.max[row]!;
    let sum = states.sum[row]!;
    let outputFactor = 1;
    if (sinkLogits !== undefined) {
      const sink = sinkLogits(row);
      const merged = Math.max(maximum, sink);
      outputFactor = rescaleFactor(maximum, merged);
      sum = outputFactor * sum + rescaleFactor(sink, merged);
      maximum = merged;
    }
    if (maximum === -Infinity) {
      logSumExp[row] = -Infinity;
      continue;
    }

    logSumExp[row] = maximum + Math.log(sum);
    const base = row * width;
    for (let c = 0; c < width; c++) output[base + c] = (outputFactor * states.output[base + c]!) / sum;
  }
  return { output, logSumExp };
}

/**
 * Merges two normalised outputs over disjoint key sets with their log-sum-exp values:
 * `O = exp(lse₁ − lse)·O₁ + exp(lse₂ − lse)·O₂` with `lse = ln(exp lse₁ + exp lse₂)`, per row of
 * `width` channels. Two empty rows (`lse = −∞`) merge to zeros with `lse = −∞`.
 */
export function mergeNormalizedOutputs(
  first: { output: Float32Array; logSumExp: Float32Array },
  second: { output: Float32Array; logSumExp: Float32Array },
  width: number,
): { output: Float32Array; logSumExp: Float32Array } {
  checkCount("width", width);
  checkNormalizedOutput("first", first);
  checkNormalizedOutput("second", second);
  const rows = first.logSumExp.length;
  if (second.logSumExp.length !== rows || first.output.length !== rows * width || second.output.length !== rows * width) {
    throw new AttentionError("INVALID_SHAPE", `Normalised outputs to merge must both have ${rows} rows of ${width} channels.`, { field: "output" });
  }
  const output = new Float32Array(rows * width);
  const logSumExp = new Float32Array(rows);

  for (let row = 0; row < rows; row++) {
    const lse1 = first.logSumExp[row]!;
    const lse2 = second.logSumExp[row]!;
    const maximum = Math.max(lse1, lse2);
    if (maximum === -Infinity) {
      logSumExp[row] = -Infinity;
      continue;
    }
    const merged = maximum + Math.log(rescaleFactor(lse1, maximum) + rescaleFactor(lse2, maximum));
    const factor1 = rescaleFactor(lse1, merged);
    const factor2 = rescaleFactor(lse2, merged);
    logSumExp[row] = merged;
    const base = row * width;
    for (let c = 0; c < width; c++) output[base + c] = factor1 * first.output[base + c]! + factor2 * second.output[base + c]!;
  }
  return { output, logSumExp };
}

/** Throws `INVALID_ARGUMENT` unless `value` is `{ output, logSumExp }` with two Float32Arrays. */
function checkNormalizedOutput(name: string, value: { output: Float32Array; logSumExp: Float32Array }): void {
  if (typeof value === "object" && value !== null && hasTag(value.output, "Float32Array") && hasTag(value.logSumExp, "Float32Array")) return;
  throw new AttentionError("INVALID_ARGUMENT", `${name} is ${describeValue(value)}, but { output: Float32Array, logSumExp: Float32Array } is expected, as finalizeSoftmaxStates returns it.`, {
    field: name,
  });
}
