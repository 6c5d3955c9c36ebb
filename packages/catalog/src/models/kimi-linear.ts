import { linearAttention, multiHeadLatentAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const mla = multiHeadLatentAttention({
  numQueryHeads: 32,
  kvLoraRank: 512,
  qkRopeHeadDim: 64,
  qkNopeHeadDim: 128,
  vHeadDim: 128,
  qLoraRank: null,
});
const kda = linearAttention({ variant: "kda", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 });

/** 0-based indices of Kimi Linear's MLA layers (1-based 4, 8, …, 24 and 27); the rest are KDA. */
const MLA_LAYERS = new Set([3, 7, 11, 15, 19, 23, 26]);

/**
 * Kimi Linear 48B-A3B (Moonshot AI): 20 Kimi Delta Attention layers with an FP32 recurrent state
 * and 7 MLA layers without a query low-rank path; 1 dense layer, then 26 MoE layers of 256
 * routed experts (top-8) plus 1 shared.
 */
export const kimiLinear: ModelDescriptor = {
  id: "kimi-linear",
  name: "Kimi Linear 48B-A3B",
  family: "kimi-linear",
  hiddenSize: 2304,
  vocabSize: null,
  weightElementType: "fp8",
  layers: buildLayers(
    27,
    "kimi-linear",
    (index) => (MLA_LAYERS.has(index) ? mla : kda),
    (index) =>
      index < 1
        ? { kind: "dense", intermediateSize: 9216 }
        : {
            kind: "moe",
            numRoutedExperts: 256,
            numActiveExperts: 8,
            numSharedExperts: 1,
            expertIntermediateSize: 1024,
            sharedIntermediateSize: 1024,
          },
  ),
  mtpLayers: 0,
  source: "MoonshotAI/Kimi-Linear README and tech report (arXiv 2510.26692), and third-party restatements of its config",
  notes: [
    "MLA layers cache 576 elements per token, assuming the 64-wide RoPE slot is stored although the model uses NoPE.",
    "FP8 KV and FP32 KDA state are defaults: the Step-3 report does not cover this model.",
  ],
};
