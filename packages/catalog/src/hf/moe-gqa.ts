import { buildLayers } from "../layer-stack.js";
import type { FfnKind } from "../model.js";
import type { ConfigReader } from "./config-reader.js";
import { readGqaLayers, type DenseGqaDefaults } from "./dense-gqa.js";
import { checkActiveExperts } from "./expert-counts.js";
import { DERIVED_HEAD_DIM } from "./head-dim.js";
import type { ArchitectureImporter, ImportedStack } from "./imported-stack.js";

/** Routed experts without a shared expert, as Mixtral and OLMoE have them. */
function routedOnly(reader: ConfigReader, experts: { field: string; fallback: number }, active: number, expertSize: number): FfnKind {
  const moe = {
    kind: "moe" as const,
    numRoutedExperts: reader.intOr(experts.field, experts.fallback, 1),
    numActiveExperts: reader.intOr("num_experts_per_tok", active, 1),
    numSharedExperts: 0,
    expertIntermediateSize: expertSize,
    sharedIntermediateSize: expertSize,
  };
  return checkActiveExperts(reader, moe, { active: "num_experts_per_tok", routed: experts.field });
}

/** Returns an importer whose every layer is the same MoE, with `intermediate_size` as the expert width. */
function allMoeImporter(
  architectures: readonly string[],
  configClass: string,
  attention: DenseGqaDefaults,
  experts: { field: string; fallback: number },
  active: number,
): ArchitectureImporter {
  return {
    architectures,
    configClass,
    read(reader): ImportedStack {
      const { hiddenSize, layerCount, attentionAt, notes } = readGqaLayers(reader, attention);
      const moe = routedOnly(reader, experts, active, reader.requiredInt("intermediate_size"));
      return {
        family: "gqa",
        hiddenSize,
        vocabSize: reader.nullableIntOr("vocab_size", attention.vocabSize, 1),
        layers: buildLayers(layerCount, "gqa", (index) => attentionAt[index]!, () => moe),
        mtpLayers: 0,
        notes,
      };
    },
  };
}

/**
 * Mixtral (`MixtralConfig`): every layer is MoE with `num_local_experts` experts (default 8) of
 * `intermediate_size`, top `num_experts_per_tok` (default 2), no shared expert. Every layer
 * slides when `sliding_window` is set (default null), as in Mistral.
 */
export const mixtralImporter = allMoeImporter(
  ["MixtralForCausalLM"],
  "MixtralConfig",
  { kvHeads: 8, headDim: DERIVED_HEAD_DIM, sliding: "all", slidingWindow: null, vocabSize: 32000 },
  { field: "num_local_experts", fallback: 8 },
  2,
);

/** OLMoE (`OlmoeConfig`): every layer is MoE with `num_experts` (default 64), top 8, no shared expert. */
export const olmoeImporter = allMoeImporter(
  ["OlmoeForCausalLM"],
  "OlmoeConfig",
  { kvHeads: "query", headDim: DERIVED_HEAD_DIM, sliding: "none", slidingWindow: null, vocabSize: 50304 },
  { field: "num_experts", fallback: 64 },
  8,
);

/**
 * GLM-4.5, GLM-4.6 and GLM-4.5-Air (`Glm4MoeConfig`): GQA with partial RoPE, the first
 * `first_k_dense_replace` layers dense and the rest MoE with `n_routed_experts` experts and
 * `n_shared_experts` shared ones of `moe_intermediate_size`, as in DeepSeek-V3. The class has no
 * `head_dim` field, and published files give it (128, while 5120 / 96 is not a whole number).
 * `num_nextn_predict_layers` counts multi-token-prediction layers past `num_hidden_layers`,
 * which decode skips.
 */
export const glm4MoeImporter: ArchitectureImporter = {
  architectures: ["Glm4MoeForCausalLM"],
  configClass: "Glm4MoeConfig",
  read(reader): ImportedStack {
    const attention: DenseGqaDefaults = { kvHeads: 8, headDim: DERIVED_HEAD_DIM, sliding: "none", slidingWindow: null, vocabSize: 151552 };
    const { hiddenSize, layerCount, attentionAt, notes } = readGqaLayers(reader, attention);

    const denseSize = reader.requiredInt("intermediate_size");
    const firstDense = reader.intOr("first_k_dense_replace", 1);
    const expertSize = reader.requiredInt("moe_intermediate_size");
    const moe: FfnKind = checkActiveExperts(reader, {
      kind: "moe",
      numRoutedExperts: reader.intOr("n_routed_experts", 128, 1),
      numActiveExperts: reader.intOr("num_experts_per_tok", 8, 1),
      numSharedExperts: reader.intOr("n_shared_experts", 1),
      expertIntermediateSize: expertSize,
      sharedIntermediateSize: expertSize,
    }, { active: "num_experts_per_tok", routed: "n_routed_experts" });

    const mtpLayers = reader.has("num_nextn_predict_layers") ? reader.intOr("num_nextn_predict_layers", 0) : 0;
    if (mtpLayers > 0) notes.push(`Skipped ${mtpLayers} multi-token-prediction layer(s) (num_nextn_predict_layers).`);

    return {
      family: "gqa",
      hiddenSize,
      vocabSize: reader.nullableIntOr("vocab_size", attention.vocabSize, 1),
      layers: buildLayers(
        layerCount,
        "gqa",
        (index) => attentionAt[index]!,
        (index) => (index >= firstDense ? moe : { kind: "dense", intermediateSize: denseSize }),
      ),
      mtpLayers,
      notes,
    };
  },
};
