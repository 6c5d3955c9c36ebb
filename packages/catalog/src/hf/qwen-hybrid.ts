import { groupedQueryAttention, linearAttention, type AttentionKind } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { FfnKind } from "../model.js";
import type { ConfigReader } from "./config-reader.js";
import { readHeadDim } from "./head-dim.js";
import type { ArchitectureImporter, ImportedStack } from "./imported-stack.js";
import { readLayerTypes, type HfLayerType } from "./layer-types.js";
import { readMlpOnlyLayers, readQwenMoeFfn } from "./qwen-moe.js";

/** The FFN layout of a Qwen hybrid family. */
type HybridFfnLayout =
  /** MoE with one shared expert, dense where `mlp_only_layers`, `decoder_sparse_step` or `num_experts: 0` selects it (Qwen3-Next). */
  | "sparse-step-moe"
  /** MoE with one shared expert on every layer (Qwen3.5-MoE). */
  | "all-moe"
  /** A dense SwiGLU FFN on every layer (Qwen3.5). */
  | "dense";

/** The class defaults of one Qwen hybrid config class that the import may fall back on. */
interface QwenHybridVariant {
  ffn: HybridFfnLayout;
  kvHeads: number;
  vocabSize: number;
  /** Default `shared_expert_intermediate_size` of the MoE classes. */
  sharedExpertSize: number;
}

// Defaults of transformers' `Qwen3NextConfig` (models/qwen3_next/configuration_qwen3_next.py),
// `Qwen3_5TextConfig` (models/qwen3_5/configuration_qwen3_5.py) and `Qwen3_5MoeTextConfig`
// (models/qwen3_5_moe/configuration_qwen3_5_moe.py), read at commit 008e574 and 8116e63. The
// three agree on the attention and Gated DeltaNet defaults: head_dim 256, 16 key and 32 value
// heads of width 128, kernel size 4 and a full-attention layer every 4th layer.
const QWEN3_NEXT: QwenHybridVariant = { ffn: "sparse-step-moe", kvHeads: 2, vocabSize: 151936, sharedExpertSize: 512 };
const QWEN3_5: QwenHybridVariant = { ffn: "dense", kvHeads: 4, vocabSize: 248320, sharedExpertSize: 0 };
const QWEN3_5_MOE: QwenHybridVariant = { ffn: "all-moe", kvHeads: 2, vocabSize: 248320, sharedExpertSize: 512 };

const HEAD_DIM_RULE = { whenAbsent: 256, whenNull: "invalid" } as const;
/** The layer kinds both config classes define. Neither class has sliding or chunked layers. */
const QWEN_HYBRID_LAYER_TYPES: readonly HfLayerType[] = ["full_attention", "linear_attention"];
const DEFAULT_FULL_ATTENTION_INTERVAL = 4;
const DEFAULT_LINEAR_KEY_HEADS = 16;
const DEFAULT_LINEAR_VALUE_HEADS = 32;
const DEFAULT_LINEAR_HEAD_DIM = 128;
const DEFAULT_LINEAR_CONV_KERNEL = 4;

/**
 * Qwen3-Next (`Qwen3NextConfig`): Gated DeltaNet layers with gated GQA layers every
 * `full_attention_interval`-th layer, and MoE FFNs with one shared expert.
 */
export const qwen3NextImporter: ArchitectureImporter = {
  architectures: ["Qwen3NextForCausalLM"],
  configClass: "Qwen3NextConfig",
  read: (reader) => readQwenHybrid(reader, QWEN3_NEXT),
};

/** Qwen3.5 dense models (`Qwen3_5TextConfig`, nested under `text_config` in multimodal files). */
export const qwen35Importer: ArchitectureImporter = {
  architectures: ["Qwen3_5ForCausalLM", "Qwen3_5ForConditionalGeneration"],
  configClass: "Qwen3_5TextConfig",
  read: (reader) => readQwenHybrid(reader, QWEN3_5),
};

/** Qwen3.5 MoE models (`Qwen3_5MoeTextConfig`): every layer is MoE with one shared expert. */
export const qwen35MoeImporter: ArchitectureImporter = {
  architectures: ["Qwen3_5MoeForCausalLM", "Qwen3_5MoeForConditionalGeneration"],
  configClass: "Qwen3_5MoeTextConfig",
  read: (reader) => readQwenHybrid(reader, QWEN3_5_MOE),
};

/**
 * Reads a Qwen hybrid stack. A `linear_attention` layer is Gated DeltaNet with one state per
 * value head. A `full_attention` layer is GQA whose query projection also produces a sigmoid
 * output gate per channel, as the modelling code of both families does. Partial rotary
 * embedding (factor 0.25) does not change the decode cost and is not modelled.
 */
function readQwenHybrid(reader: ConfigReader, variant: QwenHybridVariant): ImportedStack {
  const hiddenSize = reader.requiredInt("hidden_size");
  const layerCount = reader.requiredInt("num_hidden_layers");
  const isFull = readFullAttentionPattern(reader, layerCount);

  const full = readGatedAttention(reader, hiddenSize, variant);
  const gdn = readGatedDeltaNet(reader);
  const ffnNotes: string[] = [];
  const ffnAt = readFfn(reader, layerCount, variant, ffnNotes);
  const { mtpLayers, notes: mtpNotes } = readMtpLayers(reader);

  return {
    family: "qwen3-next",
    hiddenSize,
    vocabSize: reader.nullableIntOr("vocab_size", variant.vocabSize, 1),
    layers: buildLayers(layerCount, "qwen3-next", (index): AttentionKind => (isFull[index] ? full : gdn), ffnAt),
    mtpLayers,
    notes: [...ffnNotes, ...mtpNotes],
  };
}

/**
 * Returns which layers are full attention: from `layer_types` when the file has it, otherwise
 * every `full_attention_interval`-th layer (1-based), as the config classes fill `layer_types`.
 */
function readFullAttentionPattern(reader: ConfigReader, layerCount: number): boolean[] {
  const types = readLayerTypes(reader, layerCount, QWEN_HYBRID_LAYER_TYPES);
  if (types !== undefined) return types.map((type) => type === "full_attention");

  const interval = reader.intOr("full_attention_interval", DEFAULT_FULL_ATTENTION_INTERVAL, 1);
  return Array.from({ length: layerCount }, (_, index) => (index + 1) % interval === 0);
}

/**
 * Reads the gated GQA layer. Neither config class has an `attn_output_gate` field and both
 * models always gate, but Qwen3.5 files write the field, so an explicit false is honoured.
 */
function readGatedAttention(reader: ConfigReader, hiddenSize: number, variant: QwenHybridVariant): AttentionKind {
  const numQueryHeads = reader.requiredInt("num_attention_heads");
  const numKvHeads = reader.intOr("num_key_value_heads", variant.kvHeads, 1);
  const headDim = readHeadDim(reader, hiddenSize, numQueryHeads, HEAD_DIM_RULE);
  const gated = reader.has("attn_output_gate") ? reader.booleanOr("attn_output_gate", true) : true;
  return groupedQueryAttention({ numQueryHeads, numKvHeads, headDim, ...(gated ? { elementwiseGate: true } : {}) });
}

/**
 * Reads the Gated DeltaNet layer. Each query and key head serves the same number of value heads,
 * so `linear_num_key_heads` must divide `linear_num_value_heads`. The check names both config
 * fields here, because the descriptor check would name only `numKeyHeads`.
 */
function readGatedDeltaNet(reader: ConfigReader): AttentionKind {
  const valueHeads = reader.intOr("linear_num_value_heads", DEFAULT_LINEAR_VALUE_HEADS, 1);
  const keyHeads = reader.intOr("linear_num_key_heads", DEFAULT_LINEAR_KEY_HEADS, 1);
  if (valueHeads % keyHeads !== 0) {
    throw reader.invalid(
      "linear_num_key_heads",
      keyHeads,
      `a divisor of linear_num_value_heads (${valueHeads}), because each key head serves the same number of value heads. Set both fields to the model's published values`,
    );
  }
  return linearAttention({
    variant: "gdn",
    numHeads: valueHeads,
    numKeyHeads: keyHeads,
    keyHeadDim: reader.intOr("linear_key_head_dim", DEFAULT_LINEAR_HEAD_DIM, 1),
    valueHeadDim: reader.intOr("linear_value_head_dim", DEFAULT_LINEAR_HEAD_DIM, 1),
    convKernelSize: reader.intOr("linear_conv_kernel_dim", DEFAULT_LINEAR_CONV_KERNEL, 1),
  });
}

/**
 * Returns the FFN of each layer. Qwen3-Next makes a layer dense when `num_experts` is 0,
 * `mlp_only_layers` lists it or its 1-based index is not a multiple of `decoder_sparse_step`, as
 * `Qwen3NextDecoderLayer` does in transformers (`models/qwen3_next/modular_qwen3_next.py` at
 * commit 2ccc6ca). `Qwen3_5MoeDecoderLayer` (`models/qwen3_5_moe/modular_qwen3_5_moe.py` at commit
 * e36255c) gives every layer a sparse MoE block, so a Qwen3.5-MoE file needs a positive count.
 * Only a dense layer uses `intermediate_size`, so the import reads it only when there is one.
 */
function readFfn(reader: ConfigReader, layerCount: number, variant: QwenHybridVariant, notes: string[]): (index: number) => FfnKind {
  if (variant.ffn === "dense") {
    const dense: FfnKind = { kind: "dense", intermediateSize: reader.requiredInt("intermediate_size") };
    return () => dense;
  }

  if (variant.ffn === "sparse-step-moe" && reader.requiredInt("num_experts", 0) === 0) {
    const dense: FfnKind = { kind: "dense", intermediateSize: reader.requiredInt("intermediate_size") };
    notes.push(`num_experts is 0, so every layer has a dense MLP of intermediate_size, as in ${reader.configClass}.`);
    return () => dense;
  }

  const moe = readQwenMoeFfn(reader, variant.sharedExpertSize);
  if (variant.ffn === "all-moe") return () => moe;

  const sparseStep = reader.intOr("decoder_sparse_step", 1, 1);
  const mlpOnly = new Set(readMlpOnlyLayers(reader, layerCount));
  const isMoe = (index: number): boolean => !mlpOnly.has(index) && (index + 1) % sparseStep === 0;
  if (Array.from({ length: layerCount }, (_, index) => isMoe(index)).every(Boolean)) return () => moe;

  const dense: FfnKind = { kind: "dense", intermediateSize: reader.requiredInt("intermediate_size") };
  return (index) => (isMoe(index) ? moe : dense);
}

/**
 * Reads the multi-token-prediction layer count from `mtp_num_hidden_layers` (Qwen3.5 files) or
 * `num_nextn_predict_layers`. Qwen3-Next's config class has neither field, so its files import
 * with none. The multi-token prediction that transformers' Qwen3-Next documentation describes
 * stays outside the decode stack either way.
 */
function readMtpLayers(reader: ConfigReader): { mtpLayers: number; notes: string[] } {
  const field = ["mtp_num_hidden_layers", "num_nextn_predict_layers"].find((name) => reader.has(name));
  if (field === undefined) return { mtpLayers: 0, notes: [] };

  const mtpLayers = reader.intOr(field, 0);
  const notes = mtpLayers > 0 ? [`Skipped ${mtpLayers} multi-token-prediction layer(s) (${field}).`] : [];
  return { mtpLayers, notes };
}
