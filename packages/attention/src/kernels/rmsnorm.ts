import { AttentionError } from "../errors.js";
import { checkOptionalBoolean, checkOptions, describeValue } from "../options.js";
import { checkAxis, checkFloat32Data, checkTensor, tensor, type Tensor } from "./tensor.js";

/** Options of {@link rmsNorm}. */
export interface RmsNormOptions {
  /**
   * Added to the mean square before the square root. Required, because models differ: 1e-6 in
   * DeepSeek-V3's config.json, 1e-5 in Step-3's and Kimi Linear's.
   */
  readonly eps: number;
  /** Multiplies by `1 + g[c]` instead of `g[c]` (zero-centred gain, Gemma style). */
  readonly zeroCentered?: boolean;
}

/**
 * Applies RMSNorm over the last axis (arXiv:1910.07467):
 * `y[c] = x[c] / sqrt(mean(x²) + eps) · g[c]`, accumulated in float64. `gain` has the length of
 * the last axis; omit it for a unit gain. `options` with `eps` is required.
 */
export function rmsNorm(x: Tensor, gain: Float32Array | undefined, options: RmsNormOptions): Tensor {
  const shape = checkTensor("x", x);
  const width = shape[shape.length - 1]!;
  if (gain !== undefined) {
    checkFloat32Data("gain", gain);
    checkAxis("gain", "length", gain.length, width);
  }
  checkOptions("the options of rmsNorm", options, ["eps", "zeroCentered"], { required: true });
  checkOptionalBoolean("zeroCentered", options.zeroCentered);
  if (typeof options.eps !== "number" || !(options.eps >= 0) || !Number.isFinite(options.eps)) {
    throw new AttentionError("INVALID_ARGUMENT", `eps = ${describeValue(options.eps)} is invalid: it must be a finite number of at least 0.`, {
      field: "eps",
      value: options.eps,
    });
  }

  const output = new Float32Array(x.data.length);
  const rows = width === 0 ? 0 : x.data.length / width;
  const offset = options.zeroCentered === true ? 1 : 0;
  for (let row = 0; row < rows; row++) {
    const base = row * width;
    let sumOfSquares = 0;
    for (let c = 0; c < width; c++) sumOfSquares += x.data[base + c]! * x.data[base + c]!;
    const inverseRms = 1 / Math.sqrt(sumOfSquares / width + options.eps);
    for (let c = 0; c < width; c++) {
      const scale = gain === undefined ? 1 : offset + gain[c]!;
      output[base + c] = x.data[base + c]! * inverseRms * scale;
    }
  }
  return tensor(output, x.shape);
}

/**
 * Applies {@link rmsNorm} after checking `gain` under `gainName`, the weight field the caller
 * takes it from ("kvNormGain"), so a gain of the wrong type or length is named as the caller
 * knows it.
 */
export function rmsNormNamed(x: Tensor, gain: Float32Array, gainName: string, options: RmsNormOptions): Tensor {
  const shape = checkTensor("x", x);
  checkFloat32Data(gainName, gain);
  checkAxis(gainName, "length", gain.length, shape[shape.length - 1]!);
  return rmsNorm(x, gain, options);
}
