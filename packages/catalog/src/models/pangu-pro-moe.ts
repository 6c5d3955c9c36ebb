import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const attention = groupedQueryAttention({ numQueryHeads: 40, numKvHeads: 8, headDim: 128 });

/** Pangu Pro MoE 72B-A16B (Huawei): Mixture of Grouped Experts, 64 routed in 8 groups (one each) plus 4 shared. */
export const panguProMoe: ModelDescriptor = {
  id: "pangu-pro-moe",
  name: "Pangu Pro MoE 72B-A16B",
  family: "gqa",
  hiddenSize: 5120,
  vocabSize: 153376,
  weightElementType: "fp8",
  layers: buildLayers(
    48,
    "gqa",
    () => attention,
    () => ({
      kind: "moe",
      numRoutedExperts: 64,
      numActiveExperts: 8,
      numSharedExperts: 4,
      expertIntermediateSize: 1344,
      sharedIntermediateSize: 1344,
    }),
  ),
  mtpLayers: 0,
  source:
    "Pangu Pro MoE (arXiv 2505.21411) and its model card (48 layers, vocabulary 153,376, 4 shared and 64 routed experts in 8 groups); dimensions from the Step-3 report's tables (arXiv 2507.19427)",
  notes: [],
};
