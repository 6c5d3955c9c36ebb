import { tensor, type Tensor } from "../kernels/tensor.js";

/** Returns a deterministic uniform generator on [0, 1) (mulberry32), for reproducible test data. */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a tensor of `shape` with entries uniform on `[−scale, scale)` drawn from `next`. */
export function randomTensor(next: () => number, shape: readonly number[], scale = 1): Tensor {
  const count = shape.reduce((product, size) => product * size, 1);
  const data = new Float32Array(count);
  for (let i = 0; i < count; i++) data[i] = (2 * next() - 1) * scale;
  return tensor(data, shape);
}
