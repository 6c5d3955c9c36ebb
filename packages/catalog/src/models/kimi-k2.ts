import { multiHeadLatentAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const attention = multiHeadLatentAttention({
  numQueryHeads: 64,
  kvLoraRank: 512,
  qkRopeHeadDim: 64,
  qkNopeHeadDim: 128,
  vHeadDim: 128,
  qLoraRank: 1536,
});

/** Kimi K2 (Moonshot AI): DeepSeek-V3's MLA with 64 heads; 1 dense layer, then 384 routed experts (top-8). */
export const kimiK2: ModelDescriptor = {
  id: "kimi-k2",
  name: "Kimi K2",
  family: "mla",
  hiddenSize: 7168,
  vocabSize: 163840,
  tiedEmbeddings: false,
  weightElementType: "fp8",
  layers: buildLayers(
    61,
    "mla",
    () => attention,
    (index) =>
      index < 1
        ? { kind: "dense", intermediateSize: 18432 }
        : {
            kind: "moe",
            numRoutedExperts: 384,
            numActiveExperts: 8,
            numSharedExperts: 1,
            expertIntermediateSize: 2048,
            sharedIntermediateSize: 2048,
          },
  ),
  mtpLayers: 0,
  source: "moonshotai/Kimi-K2-Instruct config.json and the Step-3 report's tables (arXiv 2507.19427)",
  notes: [],
};
