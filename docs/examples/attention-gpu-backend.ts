// Attention on gpu.js: which back end runs, and how far it is from the reference
import { scaledDotProductAttention, tensor } from "@modelsys/attention";
import { createGpuAttentionBackend } from "@modelsys/attention/gpu";

// Deterministic inputs: 4 new queries over 64 cached keys, 8 query heads sharing 2 KV heads.
let seed = 42;
const random = (shape: number[]) => {
  const data = new Float32Array(shape.reduce((size, length) => size * length, 1));
  for (let index = 0; index < data.length; index += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    data[index] = (2 * seed) / 2147483648 - 1;
  }
  return tensor(data, shape);
};
const query = random([4, 8, 32]);
const key = random([64, 2, 32]);
const value = random([64, 2, 32]);
const options = { mask: { kind: "sliding" as const, window: 16 }, queryOffset: 60 };

// "gpu" lets gpu.js pick WebGL2 where the page has it; otherwise fall back to its CPU mode.
let backend;
try {
  backend = createGpuAttentionBackend({ mode: "gpu" });
} catch {
  backend = createGpuAttentionBackend({ mode: "cpu" });
}
const gpu = backend.scaledDotProductAttention(query, key, value, options).output.data;
const reference = scaledDotProductAttention(query, key, value, options).output.data;
backend.destroy();

let largest = 0;
for (let index = 0; index < reference.length; index += 1) largest = Math.max(largest, Math.abs(gpu[index]! - reference[index]!));
print(`gpu.js back end: ${backend.mode}`);
print(`largest difference from the reference: ${largest.toExponential(2)} (${largest <= 1e-4 ? "equal within 1e-4" : "NOT within 1e-4"})`);
