import { describeValue } from "./describe-value.js";
import { inThisRealm, type ElementArray } from "./element-type.js";
import { KvCacheError } from "./errors.js";

/**
 * Shape of a tensor made of `blocks` independent `[tokens, heads, headDim]` blocks (NHD) or
 * `[heads, tokens, headDim]` blocks (HND). A vLLM layer tensor `[2, numBlocks, blockSize, …]`
 * is `blocks = 2 × numBlocks` with `tokens = blockSize`.
 */
export interface HeadLayoutShape {
  /** Default 1. */
  blocks?: number;
  tokens: number;
  heads: number;
  headDim: number;
}

/** Shape of an LMCache `KV_2LTD` tensor `[2, layers, tokens, hidden]`, K at index 0 and V at 1. */
export interface Kv2ltdShape {
  layers: number;
  tokens: number;
  /** Channels per token: KV heads × head size. */
  hidden: number;
}

/** The per-layer K and V arrays of a `KV_2LTD` tensor, each `[tokens, hidden]`. */
export interface KvLayers<T extends ElementArray> {
  keys: T[];
  values: T[];
}

function checkDimension(name: string, value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${name} ${describeValue(value)}: expected a positive integer.`, { field: name, value });
  }
  return value as number;
}

function checkLength(field: string, data: ElementArray, expected: number, shape: string): void {
  if (!(data instanceof Float32Array) && !(data instanceof Uint16Array)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}: expected a Float32Array or Uint16Array.`, { field });
  }
  if (data.length !== expected) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}: expected ${expected} elements for ${shape}, got ${data.length}.`, { field, value: data.length });
  }
}

function allocateLike<T extends ElementArray>(data: T, length: number): T {
  return (data instanceof Float32Array ? new Float32Array(length) : new Uint16Array(length)) as T;
}

/** Swaps the first two axes of each `[outer, inner, width]` block, copying element bits. */
function swapAxes<T extends ElementArray>(data: T, blocks: number, outer: number, inner: number, width: number): T {
  const result = allocateLike(data, data.length);
  // fp32 elements move as 32-bit integers: a float copy may quieten a signalling NaN's payload.
  const out = result instanceof Float32Array ? new Uint32Array(result.buffer) : result;
  const source = data instanceof Float32Array ? new Uint32Array(data.buffer, data.byteOffset, data.length) : data;
  const blockSize = outer * inner * width;
  for (let b = 0; b < blocks; b++) {
    const base = b * blockSize;
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const from = base + (o * inner + i) * width;
        const to = base + (i * outer + o) * width;
        for (let k = 0; k < width; k++) out[to + k] = source[from + k]!;
      }
    }
  }
  return result;
}

function checkShapeObject(shape: unknown, expected: string): void {
  if (shape === null || typeof shape !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid shape: expected ${expected}, got ${describeValue(shape)}.`, { field: "shape", value: shape });
  }
}

function headLayoutDims(shape: HeadLayoutShape): [number, number, number, number] {
  checkShapeObject(shape, "{ blocks?, tokens, heads, headDim }");
  return [checkDimension("blocks", shape.blocks ?? 1), checkDimension("tokens", shape.tokens), checkDimension("heads", shape.heads), checkDimension("headDim", shape.headDim)];
}

/**
 * Converts vLLM's NHD order (`[tokens, heads, headDim]` per block) to HND (`[heads, tokens,
 * headDim]` per block) and returns a new array of the same type. Element bits are copied
 * unchanged.
 */
export function nhdToHnd<T extends ElementArray>(data: T, shape: HeadLayoutShape): T {
  data = inThisRealm(data);
  const [blocks, tokens, heads, headDim] = headLayoutDims(shape);
  checkLength("data", data, blocks * tokens * heads * headDim, `NHD [${blocks}, ${tokens}, ${heads}, ${headDim}]`);
  return swapAxes(data, blocks, tokens, heads, headDim);
}

/** Converts HND (`[heads, tokens, headDim]` per block) back to NHD, the inverse of {@link nhdToHnd}. */
export function hndToNhd<T extends ElementArray>(data: T, shape: HeadLayoutShape): T {
  data = inThisRealm(data);
  const [blocks, tokens, heads, headDim] = headLayoutDims(shape);
  checkLength("data", data, blocks * tokens * heads * headDim, `HND [${blocks}, ${heads}, ${tokens}, ${headDim}]`);
  return swapAxes(data, blocks, heads, tokens, headDim);
}

function kv2ltdDims(shape: Kv2ltdShape): [number, number, number] {
  checkShapeObject(shape, "{ layers, tokens, hidden }");
  return [checkDimension("layers", shape.layers), checkDimension("tokens", shape.tokens), checkDimension("hidden", shape.hidden)];
}

/**
 * Packs per-layer K and V arrays (each `[tokens, hidden]`, the NHD chunk of a token plane with
 * heads and head size flattened) into one LMCache `KV_2LTD` tensor `[2, layers, tokens, hidden]`.
 * All arrays must have the same type, which the result keeps.
 */
export function packKv2ltd<T extends ElementArray>(keys: readonly T[], values: readonly T[], shape: Kv2ltdShape): T {
  const [layers, tokens, hidden] = kv2ltdDims(shape);
  const layerLength = tokens * hidden;
  for (const [name, list] of [["keys", keys], ["values", values]] as const) {
    if (!Array.isArray(list) || list.length !== layers) {
      throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${name}: expected ${layers} layer arrays, got ${Array.isArray(list) ? list.length : typeof list}.`, { field: name });
    }
  }
  const lists = [keys.map(inThisRealm), values.map(inThisRealm)];
  const first = lists[0]![0]!;
  const out = allocateLike(first, 2 * layers * layerLength);
  lists.forEach((list, kv) => {
    list.forEach((layer, index) => {
      const field = `${kv === 0 ? "keys" : "values"}[${index}]`;
      checkLength(field, layer, layerLength, `[${tokens}, ${hidden}]`);
      if (layer.constructor !== first.constructor) {
        throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}: it is a ${layer.constructor.name} but keys[0] is a ${first.constructor.name}. Convert every layer to one element type.`, { field });
      }
      out.set(layer, (kv * layers + index) * layerLength);
    });
  });
  return out;
}

/**
 * Splits an LMCache `KV_2LTD` tensor `[2, layers, tokens, hidden]` into per-layer K and V arrays
 * of `[tokens, hidden]`. The arrays are views into `data`, not copies; the inverse of
 * {@link packKv2ltd}.
 */
export function unpackKv2ltd<T extends ElementArray>(data: T, shape: Kv2ltdShape): KvLayers<T> {
  data = inThisRealm(data);
  const [layers, tokens, hidden] = kv2ltdDims(shape);
  const layerLength = tokens * hidden;
  checkLength("data", data, 2 * layers * layerLength, `KV_2LTD [2, ${layers}, ${tokens}, ${hidden}]`);
  const view = (kv: number, layer: number) => data.subarray((kv * layers + layer) * layerLength, (kv * layers + layer + 1) * layerLength) as T;
  return {
    keys: Array.from({ length: layers }, (_, layer) => view(0, layer)),
    values: Array.from({ length: layers }, (_, layer) => view(1, layer)),
  };
}
