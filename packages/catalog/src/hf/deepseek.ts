import { multiHeadLatentAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ConfigReader } from "./config-reader.js";
import { checkActiveExperts } from "./expert-counts.js";
import type { ArchitectureImporter, ImportedStack } from "./imported-stack.js";

/** The class defaults that differ between DeepseekV2Config and DeepseekV3Config. */
interface DeepseekDefaults {
  firstDense: number;
  routedExperts: number;
  sharedExperts: number;
  vocabSize: number;
  /**
   * True for DeepseekV3Config, whose defaults include `moe_layer_freq` and
   * `num_nextn_predict_layers`. DeepseekV2Config has neither, so a V2 file without them
   * defaults nothing (DeepSeek's V2 code reads `moe_layer_freq` when a file gives it).
   */
  isV3Class: boolean;
}

/**
 * DeepSeek-V3 and Kimi K2 (`DeepseekV3Config`): 3 dense layers, 256 routed and 1 shared expert
 * by default.
 */
export const deepseekImporter: ArchitectureImporter = {
  architectures: ["DeepseekV3ForCausalLM", "KimiK2ForCausalLM"],
  configClass: "DeepseekV3Config",
  read: (reader) =>
    readDeepseek(reader, { firstDense: 3, routedExperts: 256, sharedExperts: 1, vocabSize: 129280, isV3Class: true }),
};

/**
 * DeepSeek-V2 and V2-Lite (`DeepseekV2Config`, transformers `models/deepseek_v2`): its defaults
 * differ from V3's (no dense layers, 64 routed and 2 shared experts, vocabulary 32000), so a
 * file that leaves a field out does not take V3's value.
 */
export const deepseekV2Importer: ArchitectureImporter = {
  architectures: ["DeepseekV2ForCausalLM"],
  configClass: "DeepseekV2Config",
  read: (reader) =>
    readDeepseek(reader, { firstDense: 0, routedExperts: 64, sharedExperts: 2, vocabSize: 32000, isV3Class: false }),
};

/**
 * Reads an MLA stack. A layer is MoE when it is at or past `first_k_dense_replace` and its index
 * is a multiple of `moe_layer_freq`, as in DeepSeek's modelling code. `num_nextn_predict_layers`
 * counts multi-token-prediction layers, which decode skips.
 */
function readDeepseek(reader: ConfigReader, defaults: DeepseekDefaults): ImportedStack {
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

  const routedExperts = reader.nullableIntOr("n_routed_experts", defaults.routedExperts, 1);
  const firstDense = reader.intOr("first_k_dense_replace", defaults.firstDense);
  const moeEvery = defaults.isV3Class || reader.has("moe_layer_freq") ? reader.intOr("moe_layer_freq", 1, 1) : 1;
  const denseSize = reader.requiredInt("intermediate_size");
  const moe =
    routedExperts === null
      ? null
      : (() => {
          const expertSize = reader.requiredInt("moe_intermediate_size");
          const ffn = {
            kind: "moe" as const,
            numRoutedExperts: routedExperts,
            numActiveExperts: reader.requiredInt("num_experts_per_tok"),
            // DeepSeek's modelling code builds shared experts only when n_shared_experts is not None.
            numSharedExperts: reader.nullableIntOr("n_shared_experts", defaults.sharedExperts) ?? 0,
            expertIntermediateSize: expertSize,
            sharedIntermediateSize: expertSize,
          };
          return checkActiveExperts(reader, ffn, { active: "num_experts_per_tok", routed: "n_routed_experts" });
        })();

  // DeepseekV3Config has num_nextn_predict_layers (default 0); DeepseekV2Config has none.
  const mtpLayers = defaults.isV3Class || reader.has("num_nextn_predict_layers") ? reader.intOr("num_nextn_predict_layers", 0) : 0;
  const notes = mtpLayers > 0 ? [`Skipped ${mtpLayers} multi-token-prediction layer(s) (num_nextn_predict_layers).`] : [];

  return {
    family: "mla",
    hiddenSize,
    vocabSize: reader.nullableIntOr("vocab_size", defaults.vocabSize, 1),
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
}
