import { buildLayers } from "../layer-stack.js";
import type { FfnKind } from "../model.js";
import type { ConfigReader } from "./config-reader.js";
import { readGqaLayers, type DenseGqaDefaults } from "./dense-gqa.js";
import { checkActiveExperts } from "./expert-counts.js";
import { DERIVED_HEAD_DIM } from "./head-dim.js";
import type { ArchitectureImporter, ImportedStack } from "./imported-stack.js";

/** The defaults that differ between Qwen2-MoE and Qwen3-MoE imports. */
interface QwenMoeVariant {
  attention: DenseGqaDefaults;
  /** `shared_expert_intermediate_size` when absent, or null for a family without a shared expert. */
  sharedExpertSize: number | null;
}

// Neither Qwen2MoeConfig nor Qwen3MoeConfig has a `head_dim` field (transformers
// `models/qwen3_moe/configuration_qwen3_moe.py` on the main branch at commit 008e574), so their
// attention falls back on hidden_size // num_attention_heads.
// NOTE: transformers releases differ in which Qwen-MoE layers slide (from `max_window_layers`,
// every layer, or every other layer); this import uses the Qwen2/Qwen3 dense rule.
const QWEN2_MOE: QwenMoeVariant = {
  attention: { kvHeads: 16, headDim: DERIVED_HEAD_DIM, sliding: "qwen", slidingWindow: 4096, vocabSize: 151936 },
  sharedExpertSize: 5632,
};
const QWEN3_MOE: QwenMoeVariant = {
  attention: { kvHeads: 4, headDim: DERIVED_HEAD_DIM, sliding: "qwen", slidingWindow: 4096, vocabSize: 151936 },
  sharedExpertSize: null,
};

/**
 * Qwen2-MoE (`Qwen2MoeConfig`): every MoE layer adds one shared expert of
 * `shared_expert_intermediate_size`. The architecture name decides the family, not `model_type`.
 */
export const qwen2MoeImporter: ArchitectureImporter = {
  architectures: ["Qwen2MoeForCausalLM"],
  configClass: "Qwen2MoeConfig",
  read: (reader) => readQwenMoe(reader, QWEN2_MOE),
};

/** Qwen3-MoE (`Qwen3MoeConfig`): routed experts only. */
export const qwen3MoeImporter: ArchitectureImporter = {
  architectures: ["Qwen3MoeForCausalLM"],
  configClass: "Qwen3MoeConfig",
  read: (reader) => readQwenMoe(reader, QWEN3_MOE),
};

/** Reads a Qwen-MoE stack: GQA attention and the FFN that {@link readQwenMoeLayout} gives each layer. */
function readQwenMoe(reader: ConfigReader, variant: QwenMoeVariant): ImportedStack {
  const { hiddenSize, layerCount, attentionAt, notes } = readGqaLayers(reader, variant.attention);
  const ffnAt = readQwenMoeLayout(reader, variant, layerCount, notes);

  return {
    family: "gqa",
    hiddenSize,
    vocabSize: reader.nullableIntOr("vocab_size", variant.attention.vocabSize, 1),
    layers: buildLayers(layerCount, "gqa", (index) => attentionAt[index]!, ffnAt),
    mtpLayers: 0,
    notes,
  };
}

/**
 * Returns the FFN of each layer, following `Qwen2MoeDecoderLayer` and `Qwen3MoeDecoderLayer` in
 * transformers (`models/qwen2_moe/modeling_qwen2_moe.py` at commit 00a3f93 and
 * `models/qwen3_moe/modeling_qwen3_moe.py` at commit 00d4b3d). A layer is MoE when `num_experts`
 * is above 0, it is not listed in `mlp_only_layers` and it is every `decoder_sparse_step`-th layer
 * (1-based). Other layers have a dense MLP of `intermediate_size`, so `num_experts: 0` gives a
 * dense model, which is noted.
 */
function readQwenMoeLayout(reader: ConfigReader, variant: QwenMoeVariant, layerCount: number, notes: string[]): (index: number) => FfnKind {
  const dense: FfnKind = { kind: "dense", intermediateSize: reader.requiredInt("intermediate_size") };
  if (reader.requiredInt("num_experts", 0) === 0) {
    notes.push(`num_experts is 0, so every layer has a dense MLP of intermediate_size, as in ${reader.configClass}.`);
    return () => dense;
  }

  const sparseStep = reader.intOr("decoder_sparse_step", 1, 1);
  const mlpOnly = new Set(readMlpOnlyLayers(reader, layerCount));
  const moe = readQwenMoeFfn(reader, variant.sharedExpertSize);
  return (index) => (!mlpOnly.has(index) && (index + 1) % sparseStep === 0 ? moe : dense);
}

/**
 * Reads the MoE FFN of a Qwen MoE layer: routed experts of `moe_intermediate_size`, and one shared
 * expert of `shared_expert_intermediate_size` (default `sharedExpertSize`) unless that is 0 or the
 * class has no shared expert (`sharedExpertSize` null).
 */
export function readQwenMoeFfn(reader: ConfigReader, sharedExpertSize: number | null): FfnKind {
  const expertSize = reader.requiredInt("moe_intermediate_size");
  const sharedSize = sharedExpertSize === null ? 0 : reader.intOr("shared_expert_intermediate_size", sharedExpertSize);
  const moe = {
    kind: "moe" as const,
    numRoutedExperts: reader.requiredInt("num_experts"),
    numActiveExperts: reader.requiredInt("num_experts_per_tok"),
    numSharedExperts: sharedSize > 0 ? 1 : 0,
    expertIntermediateSize: expertSize,
    sharedIntermediateSize: sharedSize > 0 ? sharedSize : expertSize,
  };
  return checkActiveExperts(reader, moe, { active: "num_experts_per_tok", routed: "num_experts" });
}

/** Reads `mlp_only_layers`. Both classes turn a missing or null list into `[]`, which is recorded. */
export function readMlpOnlyLayers(reader: ConfigReader, layerCount: number): number[] {
  const listed = reader.layerIndexArray("mlp_only_layers", layerCount);
  if (listed !== undefined) return listed;

  reader.recordDefault("mlp_only_layers", []);
  return [];
}
