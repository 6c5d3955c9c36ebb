import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const chunked = groupedQueryAttention({
  numQueryHeads: 40,
  numKvHeads: 8,
  headDim: 128,
  window: { kind: "chunked", sizeTokens: 8192 },
});
const global = groupedQueryAttention({ numQueryHeads: 40, numKvHeads: 8, headDim: 128 });

/**
 * Llama 4 Maverick: three chunked-attention layers (chunk 8192) in every four, the fourth global
 * (NoPE); MoE (128 experts, top-1, plus a shared expert) on every second layer. The report
 * stores the global layers' KV cache in BF16 and the chunked ones in FP8.
 */
export const llama4Maverick: ModelDescriptor = {
  id: "llama-4-maverick",
  name: "Llama 4 Maverick 17B-128E",
  family: "llama4",
  hiddenSize: 5120,
  vocabSize: 202048,
  weightElementType: "fp8",
  layers: buildLayers(
    48,
    "llama4",
    (index) => ((index + 1) % 4 === 0 ? global : chunked),
    (index) =>
      index % 2 === 1
        ? {
            kind: "moe",
            numRoutedExperts: 128,
            numActiveExperts: 1,
            numSharedExperts: 1,
            expertIntermediateSize: 8192,
            sharedIntermediateSize: 8192,
          }
        : { kind: "dense", intermediateSize: 16384 },
  ),
  mtpLayers: 0,
  source:
    "meta-llama/Llama-4-Maverick-17B-128E-Instruct config.json with Hugging Face Llama4TextConfig defaults (no_rope_layer_interval 4, moe_layers every interleave_moe_layer_step = 2) and the Step-3 report's tables (arXiv 2507.19427)",
  notes: ["Global layers keep a BF16 KV cache, chunked layers FP8, as the Step-3 report assumes."],
};
