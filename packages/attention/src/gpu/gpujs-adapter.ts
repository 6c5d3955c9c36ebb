/* eslint-disable @typescript-eslint/no-explicit-any -- gpu.js 2.24.1's type definitions reject
   kernels that use `this.thread` and `this.constants` in typed functions, so every gpu.js call
   goes through this one module with `any` and the rest of the package uses typed functions. */
import * as gpujs from "gpu.js";

/**
 * A gpu.js execution mode: `gpu` picks the best available (WebGL2 in browsers), `webgl2` and
 * `webgl` force one, `webasm` is gpu.js's WebAssembly kernel (its default in Node), `cpu` runs
 * the generated JavaScript.
 */
export type GpuJsMode = "gpu" | "webgl" | "webgl2" | "webasm" | "cpu";

/** Sizes that fix one compiled attention kernel. */
export interface GpuAttentionShape {
  readonly queryRows: number;
  readonly queryHeads: number;
  readonly keyRows: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly valueDim: number;
  readonly hasSinks: boolean;
}

/** Typed entry points to the compiled gpu.js kernels. */
export interface GpuJsKernels {
  /** The mode gpu.js actually runs in, which may differ from the request when `gpu` falls back. */
  readonly mode: string;
  /**
   * Runs attention with a precomputed visibility matrix `[T_q, T_k]` (1 visible, 0 masked). Returns
   * the output `[T_q·H_q·d_v]` and log-sum-exp `[T_q·H_q]` (with `−Infinity` for empty rows).
   * Inputs must be finite: shaders need not propagate NaN or infinities.
   */
  attention(shape: GpuAttentionShape, query: Float32Array, key: Float32Array, value: Float32Array, visible: Float32Array, sinks: Float32Array, scale: number): {
    output: Float32Array;
    logSumExp: Float32Array;
  };
  /** Returns `y[t, o] = Σ_i weight[o, i]·x[t, i]` for `x` `[rows, inputs]` and `weight` `[outputs, inputs]`. */
  matmul(rows: number, inputs: number, outputs: number, x: Float32Array, weight: Float32Array): Float32Array;
  /** Releases the compiled kernels and the GPU context. */
  destroy(): void;
}

// Scores of every (row·head, key) pair. Masked pairs are never read and score 0. The later
// kernels test `visible` instead of a sentinel score, so a visible key scoring −∞ or below
// any sentinel still counts as visible, as in the reference.
function scoresKernel(this: any, q: any, k: any, visible: any, scale: number): number {
  const j = this.thread.x;
  const rowHead = this.thread.y;
  // Adding 0.5 keeps float32 shader division from rounding an exact quotient down.
  const row = Math.floor((rowHead + 0.5) / this.constants.queryHeads);
  const head = rowHead - row * this.constants.queryHeads;
  const kvHead = Math.floor((head + 0.5) / this.constants.groupSize);
  if (visible[row * this.constants.keyRows + j] < 0.5) {
    return 0;
  }
  let dot = 0;
  for (let i = 0; i < this.constants.headDim; i++) {
    dot += q[rowHead * this.constants.headDim + i] * k[(j * this.constants.kvHeads + kvHead) * this.constants.headDim + i];
  }
  return dot * scale;
}

// Row maximum over the visible scores and the sink logit; 0 for a row with neither, whose
// sum is then 0.
function maximumKernel(this: any, scores: any, visible: any, sinks: any): number {
  const rowHead = this.thread.x;
  const row = Math.floor((rowHead + 0.5) / this.constants.queryHeads);
  const head = rowHead - row * this.constants.queryHeads;
  let maximum = 0;
  let seen = 0;
  if (this.constants.hasSinks === 1) {
    maximum = sinks[head];
    seen = 1;
  }
  for (let j = 0; j < this.constants.keyRows; j++) {
    if (visible[row * this.constants.keyRows + j] > 0.5) {
      if (seen === 0) {
        maximum = scores[rowHead][j];
        seen = 1;
      } else {
        maximum = Math.max(maximum, scores[rowHead][j]);
      }
    }
  }
  return maximum;
}

// Softmax denominator: the sum of exp(score − maximum) over visible keys, plus the sink's term.
function sumKernel(this: any, scores: any, maxima: any, visible: any, sinks: any): number {
  const rowHead = this.thread.x;
  const row = Math.floor((rowHead + 0.5) / this.constants.queryHeads);
  const head = rowHead - row * this.constants.queryHeads;
  const maximum = maxima[rowHead];
  let sum = 0;
  if (this.constants.hasSinks === 1) {
    sum = Math.exp(sinks[head] - maximum);
  }
  for (let j = 0; j < this.constants.keyRows; j++) {
    if (visible[row * this.constants.keyRows + j] > 0.5) {
      sum += Math.exp(scores[rowHead][j] - maximum);
    }
  }
  return sum;
}

// Output channel c of one row·head: Σ_j exp(score − maximum)·v / sum over visible keys, and 0
// for a row without keys or sink, whose sum is 0.
function outputKernel(this: any, scores: any, maxima: any, sums: any, visible: any, v: any): number {
  const c = this.thread.x;
  const rowHead = this.thread.y;
  const row = Math.floor((rowHead + 0.5) / this.constants.queryHeads);
  const head = rowHead - row * this.constants.queryHeads;
  const kvHead = Math.floor((head + 0.5) / this.constants.groupSize);
  const maximum = maxima[rowHead];
  const sum = sums[rowHead];
  if (sum === 0) {
    return 0;
  }
  let accumulated = 0;
  for (let j = 0; j < this.constants.keyRows; j++) {
    if (visible[row * this.constants.keyRows + j] > 0.5) {
      accumulated += Math.exp(scores[rowHead][j] - maximum) * v[(j * this.constants.kvHeads + kvHead) * this.constants.valueDim + c];
    }
  }
  return accumulated / sum;
}

function matmulKernel(this: any, x: any, weight: any): number {
  const output = this.thread.x;
  const row = this.thread.y;
  let sum = 0;
  for (let i = 0; i < this.constants.inputs; i++) {
    sum += weight[output * this.constants.inputs + i] * x[row * this.constants.inputs + i];
  }
  return sum;
}

function flatten(result: any, length: number): Float32Array {
  if (result instanceof Float32Array) return result.subarray(0, length);
  const flat = new Float32Array(length);
  let offset = 0;
  for (const row of result as Float32Array[]) {
    flat.set(row, offset);
    offset += row.length;
  }
  return flat;
}

/** Creates gpu.js kernels in `mode`; compiled kernels are cached per shape. */
export function createGpuJsKernels(mode: GpuJsMode): GpuJsKernels {
  const GPU = (gpujs as any).GPU ?? (gpujs as any).default?.GPU;
  const gpu = new GPU({ mode });
  const cache = new Map<string, any>();
  const kernel = (key: string, build: () => any): any => {
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = build();
      cache.set(key, compiled);
    }
    return compiled;
  };
  const common = { tactic: "precision", precision: "single", dynamicOutput: false, loopMaxIterations: 1 << 20 };

  return {
    get mode() {
      // gpu.mode echoes the request ("gpu"), while gpu.Kernel is the class gpu.js chose.
      const library = (gpujs as any).GPU === undefined ? (gpujs as any).default : gpujs;
      const chosen: [string, string][] = [
        ["WebGL2Kernel", "webgl2"],
        ["WebGLKernel", "webgl"],
        ["WebGPUKernel", "webgpu"],
        ["HeadlessGLKernel", "headlessgl"],
        ["WebAssemblyKernel", "webasm"],
        ["CPUKernel", "cpu"],
      ];
      for (const [className, name] of chosen) {
        if (library[className] !== undefined && gpu.Kernel === library[className]) return name;
      }
      return String(gpu.mode);
    },
    attention(shape, query, key, value, visible, sinks, scale) {
      const constants = {
        queryHeads: shape.queryHeads,
        keyRows: shape.keyRows,
        kvHeads: shape.kvHeads,
        headDim: shape.headDim,
        valueDim: shape.valueDim,
        groupSize: shape.queryHeads / shape.kvHeads,
        hasSinks: shape.hasSinks ? 1 : 0,
      };
      const rows = shape.queryRows * shape.queryHeads;
      const signature = JSON.stringify([shape, rows]);
      const build = (name: string, source: any, output: number[]) => kernel(`${name}${signature}`, () => gpu.createKernel(source, { ...common, constants, output }));
      const scores = build("scores", scoresKernel, [shape.keyRows, rows])(query, key, visible, scale);
      const maxima = flatten(build("maximum", maximumKernel, [rows])(scores, visible, sinks), rows);
      const sums = flatten(build("sum", sumKernel, [rows])(scores, maxima, visible, sinks), rows);
      const output = flatten(build("output", outputKernel, [shape.valueDim, rows])(scores, maxima, sums, visible, value), rows * shape.valueDim);
      const logSumExp = new Float32Array(rows);
      for (let row = 0; row < rows; row++) logSumExp[row] = sums[row]! > 0 ? maxima[row]! + Math.log(sums[row]!) : -Infinity;
      return { output, logSumExp };
    },
    matmul(rows, inputs, outputs, x, weight) {
      const compiled = kernel(`matmul${rows},${inputs},${outputs}`, () =>
        gpu.createKernel(matmulKernel, { ...common, constants: { inputs }, output: [outputs, rows] }),
      );
      return flatten(compiled(x, weight), rows * outputs);
    },
    destroy() {
      for (const compiled of cache.values()) compiled.destroy?.();
      cache.clear();
      gpu.destroy?.();
    },
  };
}
