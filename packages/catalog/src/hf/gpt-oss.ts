import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import { checkActiveExperts } from "./expert-counts.js";
import { readHeadDim } from "./head-dim.js";
import type { ArchitectureImporter } from "./imported-stack.js";
import { readLayerTypes, windowOf, type HfLayerType } from "./layer-types.js";

/**
 * gpt-oss: alternating sliding-window (default 128) and full layers, every layer MoE with
 * `num_local_experts` experts and no shared expert. `intermediate_size` is the expert width.
 * `head_dim` defaults to 64, and GptOssConfig replaces a null one with `hidden_size //
 * num_attention_heads` (transformers `models/gpt_oss/configuration_gpt_oss.py`).
 */
export const gptOssImporter: ArchitectureImporter = {
  architectures: ["GptOssForCausalLM"],
  configClass: "GptOssConfig",
  read(reader) {
    const hiddenSize = reader.requiredInt("hidden_size");
    const layerCount = reader.requiredInt("num_hidden_layers");
    const numQueryHeads = reader.requiredInt("num_attention_heads");
    const numKvHeads = reader.intOr("num_key_value_heads", 8, 1);
    const headDim = readHeadDim(reader, hiddenSize, numQueryHeads, { whenAbsent: 64, whenNull: "derived" });
    const slidingWindow = reader.nullableIntOr("sliding_window", 128, 1);
    const notes: string[] = [];
    const types = readLayerTypes(reader, layerCount) ?? defaultLayerTypes(layerCount, slidingWindow, notes);

    const expertSize = reader.requiredInt("intermediate_size");
    const activeField = reader.has("num_experts_per_tok") ? "num_experts_per_tok" : "experts_per_token";
    const moe = checkActiveExperts(reader, {
      kind: "moe" as const,
      numRoutedExperts: reader.intOr("num_local_experts", 128, 1),
      numActiveExperts: reader.intOr(activeField, 4, 1),
      numSharedExperts: 0,
      expertIntermediateSize: expertSize,
      sharedIntermediateSize: expertSize,
    }, { active: activeField, routed: "num_local_experts" });

    return {
      family: "gqa",
      hiddenSize,
      vocabSize: reader.nullableIntOr("vocab_size", 201088, 1),
      layers: buildLayers(
        layerCount,
        "gqa",
        (index) =>
          groupedQueryAttention({
            numQueryHeads,
            numKvHeads,
            headDim,
            window: windowOf(reader, index, types[index]!, slidingWindow, null),
          }),
        () => moe,
      ),
      mtpLayers: 0,
      notes,
    };
  },
};

/**
 * GptOssConfig's default pattern: even 0-based layers slide, odd layers are full. Its attention
 * takes no window when `sliding_window` is null, so then every layer is full.
 */
function defaultLayerTypes(layerCount: number, slidingWindow: number | null, notes: string[]): HfLayerType[] {
  if (slidingWindow === null) {
    notes.push("sliding_window is null, so no layer slides (as in GptOssConfig).");
    return Array.from({ length: layerCount }, () => "full_attention");
  }
  return Array.from({ length: layerCount }, (_, index) => (index % 2 === 0 ? "sliding_attention" : "full_attention"));
}
