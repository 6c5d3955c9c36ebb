import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const full = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 8, headDim: 128, headwiseGate: true });
const sliding = groupedQueryAttention({
  numQueryHeads: 96,
  numKvHeads: 8,
  headDim: 128,
  headwiseGate: true,
  window: { kind: "sliding", sizeTokens: 512 },
});

/**
 * Step-3.5-Flash (StepFun): 12 full-attention layers (0-based 0, 4, …, 44) and 33 sliding-window
 * layers (W = 512) with more query heads; 8 KV heads (`num_attention_groups`); a head-wise
 * sigmoid gate; 3 dense layers and 42 MoE layers of 288 routed experts (top-8) plus 1 shared.
 */
export const step35Flash: ModelDescriptor = {
  id: "step-3.5-flash",
  name: "Step-3.5-Flash",
  family: "step3.5",
  hiddenSize: 4096,
  vocabSize: null,
  weightElementType: "fp8",
  layers: buildLayers(
    45,
    "step3.5",
    (index) => (index % 4 === 0 ? full : sliding),
    (index) =>
      index < 3
        ? { kind: "dense", intermediateSize: 11264 }
        : {
            kind: "moe",
            numRoutedExperts: 288,
            numActiveExperts: 8,
            numSharedExperts: 1,
            expertIntermediateSize: 1280,
            sharedIntermediateSize: 1280,
          },
  ),
  mtpLayers: 3,
  source:
    "stepfun-ai/Step-3.5-Flash README, arXiv 2602.10604 and third-party restatements of its config (full layers inferred from the per-layer rope_theta list)",
  notes: [
    "The 3 multi-token-prediction layers are not part of the decode stack.",
    "FP8 KV is a default: the Step-3 report does not cover this model.",
    "The head-wise gate is counted as an h × n_q projection, an assumption.",
    "Dense layers are taken to be the first three, an assumption.",
  ],
};
