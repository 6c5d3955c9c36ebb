import { multiHeadLatentAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ArchitectureImporter } from "./imported-stack.js";

/**
 * DeepSeek-V2/V3 and Kimi K2 (MLA). A layer is MoE when it is at or past `first_k_dense_replace`
 * and its index is a multiple of `moe_layer_freq`, as in Hugging Face's DeepseekV3 modelling code.
 * `num_nextn_predict_layers` counts multi-token-prediction layers, which decode skips.
 */
export const deepseekImporter: ArchitectureImporter = {
  architectures: ["DeepseekV3ForCausalLM", "DeepseekV2ForCausalLM", "KimiK2ForCausalLM"],
  configClass: "DeepseekV3Config",
  read(reader) {
    const hiddenSize = reader.requiredInt("hidden_size");
    const layerCount = reader.requiredInt("num_hidden_layers");
    const attention = multiHeadLatentAttention({
      numQueryHeads: reader.requiredInt("num_attention_heads"),
      kvLoraRank: reader.requiredInt("kv_lora_rank"),
      qkRopeHeadDim: reader.requiredInt("qk_rope_head_dim"),
      qkNopeHeadDim: reader.requiredInt("qk_nope_head_dim"),
      vHeadDim: reader.requiredInt("v_head_dim"),
      qLoraRank: reader.nullableIntOr("q_lora_rank", 1536, 1),
    });

    const routedExperts = reader.nullableIntOr("n_routed_experts", 256, 1);
    const firstDense = reader.intOr("first_k_dense_replace", 3);
    const moeEvery = reader.intOr("moe_layer_freq", 1, 1);
    const denseSize = reader.requiredInt("intermediate_size");
    const moe =
      routedExperts === null
        ? null
        : (() => {
            const expertSize = reader.requiredInt("moe_intermediate_size");
            return {
              kind: "moe" as const,
              numRoutedExperts: routedExperts,
              numActiveExperts: reader.requiredInt("num_experts_per_tok"),
              numSharedExperts: reader.intOr("n_shared_experts", 1),
              expertIntermediateSize: expertSize,
              sharedIntermediateSize: expertSize,
            };
          })();

    const mtpLayers = reader.intOr("num_nextn_predict_layers", 0);
    const notes = mtpLayers > 0 ? [`Skipped ${mtpLayers} multi-token-prediction layer(s) (num_nextn_predict_layers).`] : [];

    return {
      family: "mla",
      hiddenSize,
      vocabSize: reader.nullableIntOr("vocab_size", 129280, 1),
      layers: buildLayers(
        layerCount,
        "mla",
        () => attention,
        (index) =>
          moe !== null && index >= firstDense && index % moeEvery === 0
            ? moe
            : { kind: "dense", intermediateSize: denseSize },
      ),
      mtpLayers,
      notes,
    };
  },
};
