import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const attention = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 4, headDim: 128 });

/** Qwen3-235B-A22B: GQA with 4 KV heads; 94 MoE layers of 128 experts (top-8), no shared expert. */
export const qwen3_235bA22b: ModelDescriptor = {
  id: "qwen3-235b-a22b",
  name: "Qwen3-235B-A22B",
  family: "gqa",
  hiddenSize: 4096,
  vocabSize: 151936,
  tiedEmbeddings: false,
  weightElementType: "fp8",
  layers: buildLayers(
    94,
    "gqa",
    () => attention,
    () => ({
      kind: "moe",
      numRoutedExperts: 128,
      numActiveExperts: 8,
      numSharedExperts: 0,
      expertIntermediateSize: 1536,
      sharedIntermediateSize: 1536,
    }),
  ),
  mtpLayers: 0,
  source: "Qwen/Qwen3-235B-A22B config.json and the Step-3 report's tables (arXiv 2507.19427)",
  notes: [],
};
