import { windowFromFlashAttention, windowFromMistral, type AttentionMask } from "../kernels/masks.js";
import { tensor, type Tensor } from "../kernels/tensor.js";

/** One case of fixtures/goldens.json: its kernel, parameters and named tensors. */
export interface GoldenCase {
  readonly name: string;
  readonly kernel: string;
  readonly params: Record<string, unknown>;
  readonly tensors: Record<string, { shape: number[]; offset: number; length: number }>;
}

/** The parsed golden fixtures, with a lookup that returns a case's tensors as float32 tensors. */
export interface Goldens {
  readonly cases: GoldenCase[];
  tensorOf(goldenCase: GoldenCase, name: string): Tensor;
}

/** Parses the fixture index and the little-endian float32 blob written by fixtures/generate.py. */
export function parseGoldens(indexText: string, blob: Uint8Array): Goldens {
  const index = JSON.parse(indexText) as { cases: GoldenCase[] };
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return {
    cases: index.cases,
    tensorOf(goldenCase, name) {
      const entry = goldenCase.tensors[name];
      if (entry === undefined) throw new Error(`Golden case "${goldenCase.name}" has no tensor "${name}".`);
      const data = new Float32Array(entry.length);
      for (let i = 0; i < entry.length; i++) data[i] = view.getFloat32((entry.offset + i) * 4, true);
      return tensor(data, entry.shape);
    },
  };
}

/** Converts a fixture's mask description to a library mask, including the Mistral and FlashAttention window parameters. */
export function libraryMask(description: Record<string, unknown>): AttentionMask {
  if (description["kind"] === "sliding" && typeof description["mistralWindow"] === "number") {
    return { kind: "sliding", window: windowFromMistral(description["mistralWindow"]) };
  }
  if (description["kind"] === "sliding" && typeof description["flashLeft"] === "number") {
    return { kind: "sliding", window: windowFromFlashAttention(description["flashLeft"]) };
  }
  return description as unknown as AttentionMask;
}
