import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const attention = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 8, headDim: 128 });

/** ERNIE-4.5-300B-A47B (Baidu): 54 layers, 3 dense then 51 MoE layers of 64 experts (top-8). */
export const ernie45_300bA47b: ModelDescriptor = {
  id: "ernie-4.5-300b-a47b",
  name: "ERNIE-4.5-300B-A47B",
  family: "gqa",
  hiddenSize: 8192,
  vocabSize: 103424,
  weightElementType: "fp8",
  layers: buildLayers(
    54,
    "gqa",
    () => attention,
    (index) =>
      index < 3
        ? { kind: "dense", intermediateSize: 28672 }
        : {
            kind: "moe",
            numRoutedExperts: 64,
            numActiveExperts: 8,
            numSharedExperts: 0,
            expertIntermediateSize: 3584,
            sharedIntermediateSize: 3584,
          },
  ),
  mtpLayers: 0,
  source:
    "PaddlePaddle/ERNIE pre-training model_config.json (56 layers minus remove_tail_layer 2, moe_layer_start_index 3, moe_num_experts 64, moe_k 8) and the Step-3 report's tables (arXiv 2507.19427); vocab_size 103424 is the released checkpoint's embedding table",
  notes: ["head_dim is derived as hidden_size / num_attention_heads = 128; the config file has no head_dim field."],
};
