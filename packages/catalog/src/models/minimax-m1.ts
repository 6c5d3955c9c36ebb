import { groupedQueryAttention, linearAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const softmax = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 8, headDim: 128 });
const lightning = linearAttention({ variant: "lightning", numHeads: 64, keyHeadDim: 128, valueHeadDim: 128 });

/**
 * MiniMax-M1: 70 lightning (linear) attention layers and 10 softmax GQA layers (every eighth);
 * MoE of 32 experts (top-2) on every layer. Softmax KV in BF16, lightning state in FP32.
 */
export const minimaxM1: ModelDescriptor = {
  id: "minimax-m1",
  name: "MiniMax-M1",
  family: "minimax",
  hiddenSize: 6144,
  vocabSize: 200064,
  tiedEmbeddings: false,
  weightElementType: "fp8",
  layers: buildLayers(
    80,
    "minimax",
    (index) => (index % 8 === 7 ? softmax : lightning),
    () => ({
      kind: "moe",
      numRoutedExperts: 32,
      numActiveExperts: 2,
      numSharedExperts: 0,
      expertIntermediateSize: 9216,
      sharedIntermediateSize: 9216,
    }),
  ),
  mtpLayers: 0,
  source: "MiniMax-AI/MiniMax-M1 config.json (attn_type_list, 32 local experts, top-2) and the Step-3 report's tables (arXiv 2507.19427)",
  notes: ["Linear-attention FLOPs use a constant fitted to the Step-3 report's MiniMax-M1 rows, an estimate."],
};
