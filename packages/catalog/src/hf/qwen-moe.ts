import { buildLayers } from "../layer-stack.js";
import type { FfnKind } from "../model.js";
import { readGqaLayers } from "./dense-gqa.js";
import type { ArchitectureImporter } from "./imported-stack.js";

/**
 * Qwen2-MoE and Qwen3-MoE. A layer is MoE unless it is listed in `mlp_only_layers`, and only
 * every `decoder_sparse_step`-th layer (1-based) is sparse, as in Hugging Face's modelling code.
 * Qwen2-MoE adds one shared expert of `shared_expert_intermediate_size`; Qwen3-MoE has none.
 */
export const qwenMoeImporter: ArchitectureImporter = {
  architectures: ["Qwen3MoeForCausalLM", "Qwen2MoeForCausalLM"],
  configClass: "Qwen3MoeConfig",
  read(reader) {
    const isQwen2 = reader.config["model_type"] === "qwen2_moe";
    const { hiddenSize, layerCount, attentionAt } = readGqaLayers(reader, {
      kvHeads: isQwen2 ? 16 : 4,
      ...(isQwen2 ? {} : { headDim: 128 }),
      sliding: "qwen",
      slidingWindow: 4096,
    });

    const denseSize = reader.requiredInt("intermediate_size");
    const sparseStep = reader.intOr("decoder_sparse_step", 1, 1);
    const mlpOnly = new Set(reader.intArray("mlp_only_layers") ?? []);
    const expertSize = reader.requiredInt("moe_intermediate_size");
    const sharedSize = isQwen2 ? reader.intOr("shared_expert_intermediate_size", 5632) : 0;
    const moe: FfnKind = {
      kind: "moe",
      numRoutedExperts: reader.requiredInt("num_experts"),
      numActiveExperts: reader.requiredInt("num_experts_per_tok"),
      numSharedExperts: sharedSize > 0 ? 1 : 0,
      expertIntermediateSize: expertSize,
      sharedIntermediateSize: sharedSize > 0 ? sharedSize : expertSize,
    };

    return {
      family: "gqa",
      hiddenSize,
      vocabSize: reader.has("vocab_size") ? reader.requiredInt("vocab_size") : null,
      layers: buildLayers(
        layerCount,
        "gqa",
        (index) => attentionAt[index]!,
        (index) =>
          !mlpOnly.has(index) && (index + 1) % sparseStep === 0 ? moe : { kind: "dense", intermediateSize: denseSize },
      ),
      mtpLayers: 0,
      notes: [],
    };
  },
};
