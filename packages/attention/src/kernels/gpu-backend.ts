import { AttentionError } from "../errors.js";
import { createGpuJsKernels, type GpuJsKernels, type GpuJsMode } from "../gpu/gpujs-adapter.js";
import { isKeyVisible } from "./masks.js";
import { resolveAttentionProblem, type AttentionOptions, type AttentionResult } from "./sdpa.js";
import { checkAxis, checkTensor, tensor, type Tensor } from "./tensor.js";

export type { GpuJsMode } from "../gpu/gpujs-adapter.js";

/**
 * The gpu.js back end: the reference API for attention and linear layers, computed by gpu.js
 * kernels in float32 (WebGL2 in browsers, gpu.js's WebAssembly or CPU mode in Node). Results
 * agree with the reference within about 1e-4, not bit for bit, because shaders accumulate in
 * float32 and use their own `exp`.
 */
export interface GpuAttentionBackend {
  /** The mode gpu.js runs in. */
  readonly mode: string;
  /** Same contract as the reference `scaledDotProductAttention`. */
  scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, options?: AttentionOptions): AttentionResult;
  /** Same contract as the reference `linear`. */
  linear(x: Tensor, weight: Tensor): Tensor;
  /** Releases the GPU context and compiled kernels. */
  destroy(): void;
}

/**
 * Creates a gpu.js back end in an explicit `mode`. Throws `BACKEND_UNAVAILABLE` when gpu.js cannot
 * start in that mode (for example `webgl2` in Node without a GL context).
 */
export function createGpuAttentionBackend(options: { readonly mode: GpuJsMode }): GpuAttentionBackend {
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
      const visible = new Float32Array(problem.queryRows * problem.keyRows);
      for (let r = 0; r < problem.queryRows; r++) {
        for (let j = 0; j < problem.keyRows; j++) {
          if (isKeyVisible(problem.mask, problem.queryPositions[r]!, problem.keyPositions[j]!)) visible[r * problem.keyRows + j] = 1;
        }
      }
      const rows = problem.queryRows * problem.queryHeads;
      if (rows === 0 || problem.valueDim === 0 || problem.keyRows === 0) {
        const empty = new Float32Array(rows).fill(-Infinity);
        if (attentionOptions.sinkLogits !== undefined) for (let row = 0; row < rows; row++) empty[row] = attentionOptions.sinkLogits[row % problem.queryHeads]!;
        return {
          output: tensor(new Float32Array(rows * problem.valueDim), [problem.queryRows, problem.queryHeads, problem.valueDim]),
          logSumExp: tensor(empty, [problem.queryRows, problem.queryHeads]),
        };
      }
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
      return tensor(kernels.matmul(rows, inputs, outputs, x.data, weight.data), [rows, outputs]);
    },
    destroy() {
      kernels.destroy();
    },
  };
}
