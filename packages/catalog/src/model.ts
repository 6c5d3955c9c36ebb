import type { AttentionKind, ElementType } from "@modelsys/attention";

import type { WeightFormat } from "./weight-format.js";

/** A dense SwiGLU FFN: gate, up and down matrices of `hiddenSize × intermediateSize`. */
export interface DenseFfn {
  kind: "dense";
  intermediateSize: number;
}

/**
 * A mixture-of-experts FFN of SwiGLU experts. `numRoutedExperts` is null where no public figure
 * gives the total; the decode cost needs only the active and shared experts.
 */
export interface MoeFfn {
  kind: "moe";
  numRoutedExperts: number | null;
  /** Routed experts per token (top-k). */
  numActiveExperts: number;
  numSharedExperts: number;
  expertIntermediateSize: number;
  /** Width of each shared expert; equals `expertIntermediateSize` unless a config gives another width. */
  sharedIntermediateSize: number;
}

/** The FFN of one layer. */
export type FfnKind = DenseFfn | MoeFfn;

/** One decoder layer: its attention, its FFN and the element type its KV cache or state is stored in. */
export interface LayerDescriptor {
  attention: AttentionKind;
  ffn: FfnKind;
  /** KV-cache element type of a softmax layer, or state element type of a linear-attention layer. */
  cacheElementType: ElementType;
}

/**
 * Model families whose serving precision the Step-3 report (arXiv 2507.19427, table of
 * quantisation assumptions) fixes. Imports take the KV element type from the family, never from
 * `torch_dtype`, which describes the checkpoint's weights.
 */
export type ModelFamily =
  | "step3"
  | "mla"
  | "gqa"
  | "llama4"
  | "minimax"
  | "step3.5"
  | "kimi-linear"
  | "qwen3-next";

/** Every {@link ModelFamily}, in the order messages list them. */
export const MODEL_FAMILIES: readonly ModelFamily[] = ["step3", "mla", "gqa", "llama4", "minimax", "step3.5", "kimi-linear", "qwen3-next"];

/** A model as the cost model uses it: the decode stack, layer by layer, with its sources. */
export interface ModelDescriptor {
  id: string;
  name: string;
  family: ModelFamily;
  hiddenSize: number;
  /** Vocabulary size, or null where no public config gives it. */
  vocabSize: number | null;
  /**
   * True when the LM head reuses the input embedding's matrix (`tie_word_embeddings` in a Hugging
   * Face config), so the checkpoint stores `vocabSize · hiddenSize` weights once rather than twice.
   * Absent means false: separate matrices.
   */
  tiedEmbeddings?: boolean;
  /**
   * Element type of the weights and linear layers as served: attention projections, dense FFNs,
   * shared experts, and routed experts unless `routedExpertWeightFormat` is set.
   */
  weightElementType: ElementType;
  /**
   * Storage format of the routed experts' weights where it differs from `weightElementType`, such
   * as `mxfp4` for gpt-oss checkpoints. Absent means `weightElementType`.
   */
  routedExpertWeightFormat?: WeightFormat;
  /** The decode stack in order. Multi-token-prediction layers are not part of it. */
  layers: LayerDescriptor[];
  /** Multi-token-prediction layers the checkpoint has and the decode stack leaves out. */
  mtpLayers: number;
  /** The sources of every figure: papers, model cards, config files. */
  source: string;
  /** Assumptions and caveats a user should know. */
  notes: string[];
}
