import { multiMatrixFactorizationAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ConfigReader } from "./config-reader.js";
import { checkActiveExperts } from "./expert-counts.js";
import { readHeadDim } from "./head-dim.js";
import type { ArchitectureImporter } from "./imported-stack.js";

/** Step3TextConfig's default MoE layers, 4…59 (vLLM `vllm/transformers_utils/configs/step3_vl.py`). */
const DEFAULT_MOE_LAYERS = Array.from({ length: 56 }, (_, offset) => offset + 4);

/**
 * Step-3 (`Step3TextConfig`, read from `text_config` of `Step3VLForConditionalGeneration`):
 * MFA with `share_q_dim` as the query rank and exactly one KV head (`num_attention_groups` 1),
 * as vLLM requires. MoE layers are listed in `moe_layers_enum` (a list or a comma-separated
 * string); the others are dense. The class stores a null `head_dim` as given, so null is invalid.
 */
export const step3Importer: ArchitectureImporter = {
  architectures: ["Step3VLForConditionalGeneration", "Step3TextForCausalLM"],
  configClass: "Step3TextConfig",
  read(reader) {
    const hiddenSize = reader.requiredInt("hidden_size");
    const layerCount = reader.requiredInt("num_hidden_layers");
    const groups = reader.intOr("num_attention_groups", 1, 1);
    if (groups !== 1) throw reader.invalid("num_attention_groups", groups, "1: Step-3's MFA has one shared KV head");

    const numQueryHeads = reader.requiredInt("num_attention_heads");
    const attention = multiMatrixFactorizationAttention({
      numQueryHeads,
      headDim: readHeadDim(reader, hiddenSize, numQueryHeads, { whenAbsent: 256, whenNull: "invalid" }),
      queryRank: reader.intOr("share_q_dim", 2048, 1),
    });

    const moeLayers = new Set(readMoeLayers(reader, layerCount));
    const expertSize = reader.requiredInt("moe_intermediate_size");
    const moe = checkActiveExperts(reader, {
      kind: "moe" as const,
      numRoutedExperts: reader.requiredInt("moe_num_experts"),
      numActiveExperts: reader.requiredInt("moe_top_k"),
      numSharedExperts: 1,
      expertIntermediateSize: expertSize,
      sharedIntermediateSize: reader.intOr("share_expert_dim", expertSize, 1),
    }, { active: "moe_top_k", routed: "moe_num_experts" });
    const denseSize = reader.requiredInt("intermediate_size");

    return {
      family: "step3",
      hiddenSize,
      vocabSize: reader.nullableIntOr("vocab_size", 128815, 1),
      layers: buildLayers(
        layerCount,
        "step3",
        () => attention,
        (index) => (moeLayers.has(index) ? moe : { kind: "dense", intermediateSize: denseSize }),
      ),
      mtpLayers: 0,
      notes: [],
    };
  },
};

function readMoeLayers(reader: ConfigReader, layerCount: number): number[] {
  const value = reader.config["moe_layers_enum"];
  if (value === undefined || value === null) {
    reader.recordDefault("moe_layers_enum", "4…59");
    return DEFAULT_MOE_LAYERS;
  }
  if (typeof value === "string") return parseLayerList(reader, value, layerCount);
  return reader.layerIndexArray("moe_layers_enum", layerCount) ?? [];
}

/**
 * Parses a comma-separated `moe_layers_enum` such as `"4,5,6"`. vLLM's Step-3 model reads each
 * item with Python's `int()`, so an empty item (`"4,5,"` or `""`) is invalid rather than layer 0.
 */
function parseLayerList(reader: ConfigReader, text: string, layerCount: number): number[] {
  return text.split(",").map((rawItem, position) => {
    const item = rawItem.trim();
    if (item === "") {
      throw reader.invalid("moe_layers_enum", text, `comma-separated layer indices, but item ${position + 1} is empty`);
    }
    if (!/^[0-9]+$/.test(item)) {
      throw reader.invalid("moe_layers_enum", text, `comma-separated layer indices, but item ${position + 1} is ${JSON.stringify(item)}`);
    }
    const index = Number(item);
    if (index >= layerCount) {
      throw reader.invalid(
        "moe_layers_enum",
        text,
        `layer indices below num_hidden_layers (${layerCount}), but item ${position + 1} is ${index}`,
      );
    }
    return index;
  });
}
