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

// A score below this marks "no visible key yet" inside shaders, which have no portable −∞.
const NO_SCORE = -1e30;

// Scores of every (row·head, key) pair; masked pairs get NO_SCORE.
function scoresKernel(this: any, q: any, k: any, visible: any, scale: number): number {
  const j = this.thread.x;
  const rowHead = this.thread.y;
  // Adding 0.5 keeps float32 shader division from rounding an exact quotient down.
  const row = Math.floor((rowHead + 0.5) / this.constants.queryHeads);
  const head = rowHead - row * this.constants.queryHeads;
  const kvHead = Math.floor((head + 0.5) / this.constants.groupSize);
  if (visible[row * this.constants.keyRows + j] < 0.5) {
    return -1e30;
  }
  let dot = 0;
  for (let i = 0; i < this.constants.headDim; i++) {
    dot += q[rowHead * this.constants.headDim + i] * k[(j * this.constants.kvHeads + kvHead) * this.constants.headDim + i];
  }
  return dot * scale;
}

// Row maximum over the visible scores and the sink logit.
function maximumKernel(this: any, scores: any, sinks: any): number {
  const rowHead = this.thread.x;
  const head = rowHead - Math.floor((rowHead + 0.5) / this.constants.queryHeads) * this.constants.queryHeads;
  let maximum = -1e30;
  if (this.constants.hasSinks === 1) {
    maximum = sinks[head];
  }
  for (let j = 0; j < this.constants.keyRows; j++) {
    maximum = Math.max(maximum, scores[rowHead][j]);
  }
  return maximum;
}

// Softmax denominator: the sum of exp(score − maximum) over visible keys, plus the sink's term.
function sumKernel(this: any, scores: any, maxima: any, sinks: any): number {
  const rowHead = this.thread.x;
  const head = rowHead - Math.floor((rowHead + 0.5) / this.constants.queryHeads) * this.constants.queryHeads;
  const maximum = maxima[rowHead];
  let sum = 0;
  if (this.constants.hasSinks === 1) {
    sum = Math.exp(sinks[head] - maximum);
  }
  for (let j = 0; j < this.constants.keyRows; j++) {
    const score = scores[rowHead][j];
    if (score > -1e29) {
      sum += Math.exp(score - maximum);
    }
  }
  return sum;
}

// Output channel c of one row·head: Σ_j exp(score − maximum)·v / sum over visible keys.
function outputKernel(this: any, scores: any, maxima: any, sums: any, v: any): number {
  const c = this.thread.x;
  const rowHead = this.thread.y;
  const row = Math.floor((rowHead + 0.5) / this.constants.queryHeads);
  const head = rowHead - row * this.constants.queryHeads;
  const kvHead = Math.floor((head + 0.5) / this.constants.groupSize);
  const maximum = maxima[rowHead];
  let accumulated = 0;
  let seen = 0;
  for (let j = 0; j < this.constants.keyRows; j++) {
    const score = scores[rowHead][j];
    if (score > -1e29) {
      accumulated += Math.exp(score - maximum) * v[(j * this.constants.kvHeads + kvHead) * this.constants.valueDim + c];
      seen = 1;
    }
  }
  if (seen === 0) {
    return 0;
  }
  return accumulated / sums[rowHead];
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
      const maxima = flatten(build("maximum", maximumKernel, [rows])(scores, sinks), rows);
      const sums = flatten(build("sum", sumKernel, [rows])(scores, maxima, sinks), rows);
      const output = flatten(build("output", outputKernel, [shape.valueDim, rows])(scores, maxima, sums, value), rows * shape.valueDim);
      const logSumExp = new Float32Array(rows);
      for (let row = 0; row < rows; row++) logSumExp[row] = sums[row]! > 0 && maxima[row]! > NO_SCORE ? maxima[row]! + Math.log(sums[row]!) : -Infinity;
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
