import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import { checkActiveExperts } from "./expert-counts.js";
import { DERIVED_HEAD_DIM, readHeadDim } from "./head-dim.js";
import type { ArchitectureImporter } from "./imported-stack.js";

/**
 * ERNIE 4.5 MoE, from the Hugging Face `Ernie4_5_MoeConfig` file or PaddlePaddle's pre-training
 * `model_config.json`. A layer is MoE when it lies in
 * [`moe_layer_start_index`, `moe_layer_end_index`] and `(index + 1) % moe_layer_interval == 0`.
 * The Paddle file's `remove_tail_layer` drops layers from the end of the stack.
 */
export const ernieImporter: ArchitectureImporter = {
  architectures: ["Ernie4_5_MoeForCausalLM", "ErnieForCausalLM"],
  configClass: "Ernie4_5_MoeConfig",
  read(reader) {
    const hiddenSize = reader.requiredInt("hidden_size");
    const listedLayers = reader.requiredInt("num_hidden_layers");
    const removed = reader.has("remove_tail_layer") ? reader.intOr("remove_tail_layer", 0) : 0;
    const layerCount = listedLayers - removed;
    if (layerCount <= 0) throw reader.invalid("remove_tail_layer", removed, `fewer than num_hidden_layers (${listedLayers})`);

    const numQueryHeads = reader.requiredInt("num_attention_heads");
    const numKvHeads = reader.requiredInt("num_key_value_heads");
    const headDim = readHeadDim(reader, hiddenSize, numQueryHeads, DERIVED_HEAD_DIM);
    const attention = groupedQueryAttention({ numQueryHeads, numKvHeads, headDim });

    const denseSize = reader.requiredInt("intermediate_size");
    const start = reader.intOr("moe_layer_start_index", 1);
    const endField = reader.intOr("moe_layer_end_index", -1, -1);
    const end = endField < 0 ? listedLayers - 1 : endField;
    const interval = reader.intOr("moe_layer_interval", 1, 1);
    const expertSize = reader.requiredInt("moe_intermediate_size");
    const shared = reader.intOr("moe_num_shared_experts", 0);
    const moe = checkActiveExperts(reader, {
      kind: "moe" as const,
      numRoutedExperts: reader.requiredInt("moe_num_experts"),
      numActiveExperts: reader.requiredInt("moe_k"),
      numSharedExperts: shared,
      expertIntermediateSize: expertSize,
      sharedIntermediateSize: expertSize,
    }, { active: "moe_k", routed: "moe_num_experts" });

    const mtpLayers = reader.has("num_nextn_predict_layers") ? reader.intOr("num_nextn_predict_layers", 0) : 0;
    const notes: string[] = [];
    if (removed > 0) notes.push(`Dropped the last ${removed} of ${listedLayers} listed layers (remove_tail_layer).`);
    if (mtpLayers > 0) notes.push(`Skipped ${mtpLayers} multi-token-prediction layer(s) (num_nextn_predict_layers).`);

    return {
      family: "gqa",
      hiddenSize,
      vocabSize: reader.nullableIntOr("vocab_size", 103424, 1),
      layers: buildLayers(
        layerCount,
        "gqa",
        () => attention,
        (index) =>
          index >= start && index <= end && (index + 1) % interval === 0
            ? moe
            : { kind: "dense", intermediateSize: denseSize },
      ),
      mtpLayers,
      notes,
    };
  },
};
