import { groupedQueryAttention, linearAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ConfigReader } from "./config-reader.js";
import { checkActiveExperts } from "./expert-counts.js";
import { DERIVED_HEAD_DIM, readHeadDim } from "./head-dim.js";
import type { ArchitectureImporter } from "./imported-stack.js";
import { readLayerTypes } from "./layer-types.js";

/**
 * MiniMax-Text-01 and MiniMax-M1: `attn_type_list` marks each layer lightning (0) or softmax
 * (1); newer files use `layer_types`. Lightning layers keep a `num_attention_heads × head_dim ×
 * head_dim` state. Every layer is MoE; `shared_intermediate_size` 0 means no shared expert.
 */
export const minimaxImporter: ArchitectureImporter = {
  architectures: ["MiniMaxM1ForCausalLM", "MiniMaxText01ForCausalLM", "MiniMaxForCausalLM"],
  configClass: "MiniMaxConfig",
  read(reader) {
    const hiddenSize = reader.requiredInt("hidden_size");
    const layerCount = reader.requiredInt("num_hidden_layers");
    const numQueryHeads = reader.requiredInt("num_attention_heads");
    const numKvHeads = reader.intOr("num_key_value_heads", 8, 1);
    const headDim = readHeadDim(reader, hiddenSize, numQueryHeads, DERIVED_HEAD_DIM);
    const isSoftmax = readSoftmaxPattern(reader, layerCount);

    const softmax = groupedQueryAttention({ numQueryHeads, numKvHeads, headDim });
    const lightning = linearAttention({ variant: "lightning", numHeads: numQueryHeads, keyHeadDim: headDim, valueHeadDim: headDim });
    const expertSize = reader.requiredInt("intermediate_size");
    const sharedSize = reader.intOr("shared_intermediate_size", 0);
    const moe = checkActiveExperts(reader, {
      kind: "moe" as const,
      numRoutedExperts: reader.requiredInt("num_local_experts"),
      numActiveExperts: reader.requiredInt("num_experts_per_tok"),
      numSharedExperts: sharedSize > 0 ? 1 : 0,
      expertIntermediateSize: expertSize,
      sharedIntermediateSize: sharedSize > 0 ? sharedSize : expertSize,
    }, { active: "num_experts_per_tok", routed: "num_local_experts" });

    return {
      family: "minimax",
      hiddenSize,
      vocabSize: reader.nullableIntOr("vocab_size", 32000, 1),
      layers: buildLayers(layerCount, "minimax", (index) => (isSoftmax[index] ? softmax : lightning), () => moe),
      mtpLayers: 0,
      notes: [],
    };
  },
};

function readSoftmaxPattern(reader: ConfigReader, layerCount: number): boolean[] {
  const types = readLayerTypes(reader, layerCount);
  if (types !== undefined) return types.map((type) => type !== "linear_attention");

  const list = reader.intArray("attn_type_list");
  if (list === undefined) throw reader.missing("attn_type_list");
  if (list.length !== layerCount) {
    throw reader.wrongLength("attn_type_list", list, layerCount);
  }
  list.forEach((value, index) => {
    if (value !== 0 && value !== 1) throw reader.invalid(`attn_type_list[${index}]`, value, "0 (lightning) or 1 (softmax)");
  });
  return list.map((value) => value === 1);
}
