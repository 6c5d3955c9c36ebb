import { multiHeadLatentAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const attention = multiHeadLatentAttention({
  numQueryHeads: 128,
  kvLoraRank: 512,
  qkRopeHeadDim: 64,
  qkNopeHeadDim: 128,
  vHeadDim: 128,
  qLoraRank: 1536,
});

/** DeepSeek-V3: MLA, 3 dense layers then 58 MoE layers of 256 routed (top-8) and 1 shared expert. */
export const deepseekV3: ModelDescriptor = {
  id: "deepseek-v3",
  name: "DeepSeek-V3",
  family: "mla",
  hiddenSize: 7168,
  vocabSize: 129280,
  tiedEmbeddings: false,
  weightElementType: "fp8",
  layers: buildLayers(
    61,
    "mla",
    () => attention,
    (index) =>
      index < 3
        ? { kind: "dense", intermediateSize: 18432 }
        : {
            kind: "moe",
            numRoutedExperts: 256,
            numActiveExperts: 8,
            numSharedExperts: 1,
            expertIntermediateSize: 2048,
            sharedIntermediateSize: 2048,
          },
  ),
  mtpLayers: 1,
  source: "deepseek-ai/DeepSeek-V3 config.json (num_nextn_predict_layers 1) and the Step-3 report's tables (arXiv 2507.19427)",
  notes: ["The multi-token-prediction layer is not part of the decode stack."],
};
