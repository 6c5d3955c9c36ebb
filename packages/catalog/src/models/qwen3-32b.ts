import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const attention = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 8, headDim: 128 });

/** Qwen3-32B: dense, GQA with 8 KV heads of width 128 (not 5120 / 64 = 80). */
export const qwen3_32b: ModelDescriptor = {
  id: "qwen3-32b",
  name: "Qwen3-32B",
  family: "gqa",
  hiddenSize: 5120,
  vocabSize: 151936,
  tiedEmbeddings: false,
  weightElementType: "fp8",
  layers: buildLayers(
    64,
    "gqa",
    () => attention,
    () => ({ kind: "dense", intermediateSize: 25600 }),
  ),
  mtpLayers: 0,
  source: "Qwen/Qwen3-32B config.json and the Step-3 report's tables (arXiv 2507.19427)",
  notes: [],
};
