import { AttentionError } from "../errors.js";
import { createGpuJsKernels, type GpuJsKernels, type GpuJsMode } from "../gpu/gpujs-adapter.js";
import { checkChoice, checkOptions } from "../options.js";
import { replaceUnsafeLinearElements } from "./linear-overflow.js";
import { isKeyVisible } from "./masks.js";
import { nonFiniteStateRows } from "./non-finite-rows.js";
import { accumulateKvMagnitudes, emptyKvMagnitudes, overflowStateRows } from "./overflow-rows.js";
import { combineRowFlags, replaceRowsWithReference } from "./reference-rows.js";
import { resolveAttentionProblem, scaledDotProductAttention, type AttentionOptions, type AttentionProblem, type AttentionResult } from "./sdpa.js";
import { checkAxis, checkTensor, tensor, type Tensor } from "./tensor.js";

export type { GpuJsMode } from "../gpu/gpujs-adapter.js";

/**
 * The gpu.js back end: the reference API for attention and linear layers, computed by gpu.js
 * kernels in float32 (WebGL2 in browsers, gpu.js's WebAssembly or CPU mode in Node). Results
 * agree with the reference within rtol 1e-4, atol 1e-4 for visible scores in [−64, 64] and
 * values in [−1, 1], not bit for bit, because shaders accumulate in float32 and use their own
 * `exp`. Rows that read a NaN or infinite input run on the reference, so they follow its
 * IEEE-754 contract exactly. So do rows whose float32 scores or value sums could overflow
 * although the inputs are finite (a query-key norm product or `T_k·max|v|` above 2^126).
 */
export interface GpuAttentionBackend {
  /** The mode gpu.js runs in. */
  readonly mode: string;
  /** Same contract as the reference `scaledDotProductAttention`. */
  scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, options?: AttentionOptions): AttentionResult;
  /**
   * Same contract as the reference `linear`. Elements whose float32 partial sums could overflow,
   * or that read NaN or ±∞, are computed as the reference computes them.
   */
  linear(x: Tensor, weight: Tensor): Tensor;
  /** Releases the GPU context and compiled kernels. */
  destroy(): void;
}

/** The modes of {@link GpuJsMode}, in the order messages list them. */
const GPU_JS_MODES: readonly GpuJsMode[] = ["gpu", "webgl", "webgl2", "webasm", "cpu"];

/**
 * Creates a gpu.js back end in an explicit `mode`. Throws `INVALID_ARGUMENT` for a missing or
 * unknown mode and `BACKEND_UNAVAILABLE` when gpu.js cannot start in that mode (for example
 * `webgl2` in Node without a GL context).
 */
export function createGpuAttentionBackend(options: { readonly mode: GpuJsMode }): GpuAttentionBackend {
  checkOptions("the options of createGpuAttentionBackend", options, ["mode"], { required: true });
  checkChoice("mode", options.mode, GPU_JS_MODES, {
    required: true,
    reason: 'Use "gpu" in browsers (WebGL2) and "webasm" or "cpu" in Node.',
  });
  let kernels: GpuJsKernels;
  try {
    kernels = createGpuJsKernels(options.mode);
  } catch (error) {
    throw new AttentionError("BACKEND_UNAVAILABLE", `gpu.js could not start in mode "${options.mode}"; use "cpu" or "webasm" in Node and "webgl2" in browsers.`, {
      field: "mode",
      value: options.mode,
      cause: error,
    });
  }

  return {
    get mode() {
      return kernels.mode;
    },
    scaledDotProductAttention(query, key, value, attentionOptions = {}) {
      const problem = resolveAttentionProblem(query, key, value, attentionOptions);
      // Degenerate shapes do no arithmetic worth a kernel launch.
      if (problem.queryRows === 0 || problem.queryHeads === 0 || problem.valueDim === 0 || problem.keyRows === 0) {
        return scaledDotProductAttention(query, key, value, attentionOptions);
      }
      const visible = visibilityMatrix(problem);
      const sinks = attentionOptions.sinkLogits ?? new Float32Array(problem.queryHeads);
      const result = kernels.attention(
        { ...problem, hasSinks: attentionOptions.sinkLogits !== undefined },
        query.data,
        key.data,
        value.data,
        visible,
        sinks,
        problem.scale,
      );
      // Shaders need not propagate NaN or infinities (the OpenGL ES 3.0 reference page of `isnan`
      // states that an implementation may not support NaN at all), and float32 scores or value
      // sums can overflow although the inputs are finite. Such rows run on the reference.
      const nonFinite = nonFiniteStateRows(problem, query.data, key.data, value.data, attentionOptions.sinkLogits, visible);
      const magnitudes = emptyKvMagnitudes(problem.kvHeads);
      accumulateKvMagnitudes(magnitudes, key.data, value.data, problem.keyRows, problem.headDim, problem.valueDim);
      const flags = combineRowFlags(nonFinite, overflowStateRows(problem, query.data, magnitudes));
      if (flags !== undefined) replaceRowsWithReference(problem, query, key, value, attentionOptions.sinkLogits, flags, result.output, result.logSumExp);
      return {
        output: tensor(result.output, [problem.queryRows, problem.queryHeads, problem.valueDim]),
        logSumExp: tensor(result.logSumExp, [problem.queryRows, problem.queryHeads]),
      };
    },
    linear(x, weight) {
      const [rows, inputs] = checkTensor("x", x, 2) as [number, number];
      const [outputs] = checkTensor("weight", weight, 2) as [number, number];
      checkAxis("weight", "input size", weight.shape[1]!, inputs);
      if (rows === 0 || outputs === 0) return tensor(new Float32Array(rows * outputs), [rows, outputs]);
      const result = kernels.matmul(rows, inputs, outputs, x.data, weight.data);
      replaceUnsafeLinearElements(x.data, weight.data, rows, inputs, outputs, result);
      return tensor(result, [rows, outputs]);
    },
    destroy() {
      kernels.destroy();
    },
  };
}

/** Returns the `[T_q, T_k]` visibility matrix of `problem`: 1 where the mask shows the key, else 0. */
function visibilityMatrix(problem: AttentionProblem): Float32Array {
  const visible = new Float32Array(problem.queryRows * problem.keyRows);
  for (let r = 0; r < problem.queryRows; r++) {
    for (let j = 0; j < problem.keyRows; j++) {
      if (isKeyVisible(problem.mask, problem.queryPositions[r]!, problem.keyPositions[j]!)) visible[r * problem.keyRows + j] = 1;
    }
  }
  return visible;
}
