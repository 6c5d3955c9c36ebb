import { checkAttentionKind, type AttentionKind, type LinearAttention } from "./attention-kind.js";
import { bytesPerElement, parseElementType, type ElementType } from "./element-type.js";
import { AttentionError } from "./errors.js";
import { checkChoice, checkOptionalBoolean, checkOptions, describeValue, unsafeIntegerNote } from "./options.js";

/**
 * How MLA decode FLOPs are counted. `mla-576` (the Step-3 report's convention, arXiv
 * 2507.19427) counts both QKᵀ and PV over the 576-wide cached vector. `mla-576-pv512` counts PV
 * over the 512-wide latent only, which gives DeepSeek-V3 an intensity of 483.6 instead of 512.
 */
export type MlaFlopConvention = "mla-576" | "mla-576-pv512";

/**
 * How many keys a token in a chunked layer sees. `max` (default) is the most any token can see,
 * `min(S, W)`. `position` uses the decoded token's place in its chunk, `(S mod W) + 1`. That count
 * includes the decoded token, so below the first chunk boundary it is one more than `max`.
 */
export type ChunkedKeysConvention = "max" | "position";

/** Options of the per-layer decode cost functions. */
export interface LayerCostOptions {
  /** Element type of the KV cache of softmax layers. */
  cacheElementType: ElementType;
  /** Element type of linear-attention states. Default `fp32`, as the `fla` kernels keep it. */
  stateElementType?: ElementType;
  /** Default `mla-576`. */
  mlaFlops?: MlaFlopConvention;
  /** Default `max`. */
  chunkedKeys?: ChunkedKeysConvention;
  /** Add the q, k and v short-convolution states of KDA and GDN layers to the state bytes. Default false. */
  includeShortConvState?: boolean;
}

/** Cost of one decoded token in one layer. */
export interface LayerDecodeCost {
  /** KV-cache bytes read, or for linear attention the state bytes read and written. */
  kvBytes: number;
  /** FLOPs of QKᵀ and PV (or of the state update for linear attention). */
  attentionFlops: number;
  /** FLOPs of the attention projections (q, k, v, o and any low-rank or gate paths). */
  linearFlops: number;
  /** `attentionFlops / kvBytes` in FLOP per byte. */
  arithmeticIntensity: number;
}

/**
 * The FLOP constant of a linear-attention state update per `d_k × d_v` state element. NOTE: it
 * is fitted to the Step-3 report's MiniMax-M1 rows; the report does not state it.
 */
export const LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT = 10;

/** Default KDA short-convolution kernel size (Kimi Linear, arXiv 2510.26692). */
export const DEFAULT_KDA_CONV_KERNEL_SIZE = 4;

/**
 * Default GDN short-convolution kernel size: `linear_conv_kernel_dim` of transformers'
 * `Qwen3NextConfig` (`models/qwen3_next/configuration_qwen3_next.py`, commit 008e574).
 */
export const DEFAULT_GDN_CONV_KERNEL_SIZE = 4;

/** The keys of {@link LayerCostOptions}; any other key throws `UNKNOWN_OPTION`. */
const LAYER_COST_OPTION_KEYS = ["cacheElementType", "stateElementType", "mlaFlops", "chunkedKeys", "includeShortConvState"] as const;

const MLA_FLOP_CONVENTIONS: readonly MlaFlopConvention[] = ["mla-576", "mla-576-pv512"];
const CHUNKED_KEYS_CONVENTIONS: readonly ChunkedKeysConvention[] = ["max", "position"];

/** Checks the keys and the named conventions of cost options; `where` names them in messages. */
function checkCostOptions(where: string, options: Partial<LayerCostOptions>, known: readonly string[]): void {
  checkOptions(where, options, known);
  if (options === undefined) return;
  if (options.cacheElementType !== undefined) parseElementType(options.cacheElementType, "cacheElementType");
  if (options.stateElementType !== undefined) parseElementType(options.stateElementType, "stateElementType");
  checkChoice("mlaFlops", options.mlaFlops, MLA_FLOP_CONVENTIONS, { code: "UNKNOWN_OPTION" });
  checkChoice("chunkedKeys", options.chunkedKeys, CHUNKED_KEYS_CONVENTIONS, { code: "UNKNOWN_OPTION" });
  checkOptionalBoolean("includeShortConvState", options.includeShortConvState);
}

function checkHiddenSize(hiddenSize: number): void {
  if (!Number.isSafeInteger(hiddenSize) || hiddenSize < 1) {
    throw new AttentionError("INVALID_ARGUMENT", `Invalid hiddenSize ${describeValue(hiddenSize)}: expected the model width as a positive integer (hidden_size in config.json).`, {
      field: "hiddenSize",
      value: hiddenSize,
    });
  }
}

function checkContextLength(contextTokens: number): void {
  if (!Number.isSafeInteger(contextTokens) || contextTokens < 0) {
    throw new AttentionError(
      "INVALID_CONTEXT_LENGTH",
      `Invalid context length ${describeValue(contextTokens)}: expected a non-negative integer number of tokens${unsafeIntegerNote(contextTokens)}.`,
      { field: "contextTokens", value: contextTokens },
    );
  }
}

/**
 * Returns how many cached keys the decoded token attends to in one layer at context
 * `contextTokens`: all of them, or at most the window for sliding and chunked layers.
 * Linear attention has no keys and returns 0.
 */
export function visibleKeys(
  attention: AttentionKind,
  contextTokens: number,
  chunkedKeys: ChunkedKeysConvention = "max",
): number {
  checkAttentionKind(attention);
  checkContextLength(contextTokens);
  checkChoice("chunkedKeys", chunkedKeys, CHUNKED_KEYS_CONVENTIONS, { code: "UNKNOWN_OPTION" });
  if (attention.kind === "linear") return 0;

  const window = attention.window;
  if (window === undefined) return contextTokens;
  if (window.kind === "chunked" && chunkedKeys === "position") {
    return (contextTokens % window.sizeTokens) + 1;
  }
  return Math.min(contextTokens, window.sizeTokens);
}

/**
 * Returns the cache elements one context token adds to one layer: `n_kv·(d_h + d_v)` for grouped
 * attention (`2·n_kv·d_h` when the value width equals the head width), `2·d_h` for MFA (`d_h` for MFA-KR), `kv_lora + rope` for MLA (no factor 2), and 0
 * for linear attention, whose state does not grow.
 */
export function cacheElementsPerToken(attention: AttentionKind): number {
  checkAttentionKind(attention);
  switch (attention.kind) {
    case "gqa":
      return attention.numKvHeads * (attention.headDim + (attention.valueHeadDim ?? attention.headDim));
    case "mfa":
      return attention.keyReuse ? attention.headDim : 2 * attention.headDim;
    case "mla":
      return attention.kvLoraRank + attention.qkRopeHeadDim;
    case "linear":
      return 0;
  }
}

/**
 * Returns the channels and kernel size of a linear-attention layer's depthwise short convolution
 * over the concatenated q, k and v: `n_h·(2·d_k + d_v)` for KDA and `2·n_k·d_k + n_v·d_v` for GDN,
 * whose q and k have `numKeyHeads` heads and v has `numHeads`. Lightning attention and softmax
 * layers have none and return `{ channels: 0, kernelSize: 0 }`.
 */
export function shortConvolution(attention: AttentionKind): { channels: number; kernelSize: number } {
  checkAttentionKind(attention);
  if (attention.kind !== "linear" || attention.variant === "lightning") return { channels: 0, kernelSize: 0 };

  if (attention.variant === "kda") {
    const kernelSize = attention.convKernelSize ?? DEFAULT_KDA_CONV_KERNEL_SIZE;
    return { channels: attention.numHeads * (2 * attention.keyHeadDim + attention.valueHeadDim), kernelSize };
  }
  const keyHeads = attention.numKeyHeads ?? attention.numHeads;
  const kernelSize = attention.convKernelSize ?? DEFAULT_GDN_CONV_KERNEL_SIZE;
  return { channels: 2 * keyHeads * attention.keyHeadDim + attention.numHeads * attention.valueHeadDim, kernelSize };
}

/**
 * Returns the fixed state bytes of a linear-attention layer, read and written once per decoded
 * token: `2·n_h·d_k·d_v·b_state` (for GDN `n_h` is the value heads, one state each), plus with
 * `includeShortConvState` the q, k and v convolution states of KDA and GDN, the last `K − 1`
 * inputs of every {@link shortConvolution} channel: `2·(K − 1)·channels·b_state`.
 */
export function linearStateBytes(
  attention: AttentionKind,
  stateElementType: ElementType = "fp32",
  includeShortConvState = false,
): number {
  checkAttentionKind(attention);
  checkStateElementTypeArgument(stateElementType);
  checkOptionalBoolean("includeShortConvState", includeShortConvState);
  if (attention.kind !== "linear") return 0;

  const bytes = bytesPerElement(stateElementType);
  const recurrent = 2 * attention.numHeads * attention.keyHeadDim * attention.valueHeadDim * bytes;
  if (!includeShortConvState) return recurrent;

  const { channels, kernelSize } = shortConvolution(attention);
  if (channels === 0) return recurrent;
  return recurrent + 2 * (kernelSize - 1) * channels * bytes;
}

/**
 * Checks the second argument of {@link linearStateBytes}. The other cost functions take an
 * options object, so an object here gets a message that shows the positional call.
 */
function checkStateElementTypeArgument(stateElementType: unknown): void {
  if (typeof stateElementType === "object" && stateElementType !== null) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      `Invalid stateElementType ${describeValue(stateElementType)}: linearStateBytes takes the state element type and includeShortConvState as separate arguments, such as linearStateBytes(layer, "fp32", true).`,
      { field: "stateElementType", value: stateElementType },
    );
  }
  parseElementType(stateElementType as string, "stateElementType");
}

/** Returns the KV (or state) bytes one decoded token reads from HBM in one layer at context S. */
export function kvBytesRead(attention: AttentionKind, contextTokens: number, options: LayerCostOptions): number {
  if (options === undefined || options === null) {
    throw new AttentionError("UNKNOWN_OPTION", "Missing options: pass { cacheElementType } (for example \"fp8\").", { field: "options" });
  }
  checkCostOptions("the options of kvBytesRead", options, LAYER_COST_OPTION_KEYS);
  checkAttentionKind(attention);
  if (attention.kind === "linear") {
    checkContextLength(contextTokens);
    return linearStateBytes(attention, options.stateElementType, options.includeShortConvState);
  }
  const keys = visibleKeys(attention, contextTokens, options.chunkedKeys);
  return cacheElementsPerToken(attention) * bytesPerElement(parseElementType(options.cacheElementType, "cacheElementType")) * keys;
}

/**
 * Returns the QKᵀ plus PV FLOPs of one decoded token in one layer at context S, at 2 FLOPs per
 * multiply-accumulate: `2·n_q·(d_h + d_v)·S` for grouped attention (`4·n_q·d_h·S` when the value
 * width equals the head width), `4·n_q·d_h·S` for MFA, the chosen convention for
 * MLA, and `10·n_h·d_k·d_v` for linear attention (`n_h` the value heads of GDN).
 */
export function attentionFlops(
  attention: AttentionKind,
  contextTokens: number,
  options: Pick<LayerCostOptions, "mlaFlops" | "chunkedKeys"> = {},
): number {
  checkCostOptions("the options of attentionFlops", options, ["mlaFlops", "chunkedKeys"]);
  checkAttentionKind(attention);
  if (attention.kind === "linear") {
    checkContextLength(contextTokens);
    return LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT * attention.numHeads * attention.keyHeadDim * attention.valueHeadDim;
  }

  const keys = visibleKeys(attention, contextTokens, options.chunkedKeys);
  switch (attention.kind) {
    case "gqa": {
      const valueDim = attention.valueHeadDim ?? attention.headDim;
      return 2 * attention.numQueryHeads * (attention.headDim + valueDim) * keys;
    }
    case "mfa":
      return 4 * attention.numQueryHeads * attention.headDim * keys;
    case "mla": {
      const cached = attention.kvLoraRank + attention.qkRopeHeadDim;
      const valueWidth = (options.mlaFlops ?? "mla-576") === "mla-576" ? cached : attention.kvLoraRank;
      return 2 * attention.numQueryHeads * (cached + valueWidth) * keys;
    }
  }
}

/**
 * Returns the FLOPs of the attention projections for one token: twice the projection weights.
 * The formulas follow the Step-3 report's accounting, counted once per token whether or not an
 * engine absorbs MLA up-projections. Output gates count as projections: `h·n_q` weights for a
 * head-wise gate, `h·n_q·d_v` for an element-wise one.
 */
export function projectionFlops(attention: AttentionKind, hiddenSize: number): number {
  checkAttentionKind(attention);
  checkHiddenSize(hiddenSize);
  const h = hiddenSize;
  switch (attention.kind) {
    case "gqa": {
      const qk = attention.headDim;
      const v = attention.valueHeadDim ?? qk;
      const nq = attention.numQueryHeads;
      const nkv = attention.numKvHeads;
      const weights = h * nq * qk + nq * v * h + h * nkv * (qk + v);
      let gate = 0;
      if (attention.headwiseGate === true) gate = h * nq;
      if (attention.elementwiseGate === true) gate = h * nq * v;
      return 2 * (weights + gate);
    }
    case "mfa": {
      const r = attention.queryRank;
      const d = attention.headDim;
      const nq = attention.numQueryHeads;
      // MFA-KR has a key projection only, plus the C×C value map applied per head after the
      // weighted sum of keys.
      const kv = attention.keyReuse ? h * d + nq * d * d : 2 * h * d;
      return 2 * (h * r + kv + r * nq * d + nq * d * h);
    }
    case "mla": {
      const nq = attention.numQueryHeads;
      const qkHead = attention.qkNopeHeadDim + attention.qkRopeHeadDim;
      const query = attention.qLoraRank === null ? h * nq * qkHead : h * attention.qLoraRank + attention.qLoraRank * nq * qkHead;
      const kvDown = h * (attention.kvLoraRank + attention.qkRopeHeadDim);
      const kvUp = attention.kvLoraRank * nq * (attention.qkNopeHeadDim + attention.vHeadDim);
      const output = nq * attention.vHeadDim * h;
      return 2 * (query + kvDown + kvUp + output);
    }
    case "linear":
      if (attention.variant === "gdn") return 2 * gatedDeltaNetProjectionWeights(attention, h);
      // Five projections (q, k, v, output gate, o), each h × n_h·d_h.
      return 2 * 5 * h * attention.numHeads * attention.keyHeadDim;
  }
}

/**
 * Returns the Gated DeltaNet projection weights as Qwen3-Next lays them out (transformers
 * `Qwen3NextGatedDeltaNet`). `in_proj_qkvz` maps h to q and k (`n_k·d_k` each) and to v and the
 * output gate z (`n_v·d_v` each). `in_proj_ba` maps h to one beta and one decay input per value
 * head, and `out_proj` maps `n_v·d_v` back to h.
 */
function gatedDeltaNetProjectionWeights(attention: LinearAttention, h: number): number {
  const keyWidth = (attention.numKeyHeads ?? attention.numHeads) * attention.keyHeadDim;
  const valueWidth = attention.numHeads * attention.valueHeadDim;
  const qkvz = h * (2 * keyWidth + 2 * valueWidth);
  const betaAndDecay = h * 2 * attention.numHeads;
  const output = valueWidth * h;
  return qkvz + betaAndDecay + output;
}

/**
 * Returns the KV bytes, attention FLOPs, projection FLOPs and intensity of one decoded token in
 * one layer. Throws `INVALID_DESCRIPTOR` for a malformed descriptor, `INVALID_CONTEXT_LENGTH`,
 * `INVALID_ARGUMENT` for a hidden size that is not a positive integer, and `UNKNOWN_OPTION` for
 * an option key or convention it does not know.
 */
export function layerDecodeCost(
  attention: AttentionKind,
  contextTokens: number,
  hiddenSize: number,
  options: LayerCostOptions,
): LayerDecodeCost {
  const kvBytes = kvBytesRead(attention, contextTokens, options);
  const flops = attentionFlops(attention, contextTokens, {
    ...(options.mlaFlops === undefined ? {} : { mlaFlops: options.mlaFlops }),
    ...(options.chunkedKeys === undefined ? {} : { chunkedKeys: options.chunkedKeys }),
  });
  return {
    kvBytes,
    attentionFlops: flops,
    linearFlops: projectionFlops(attention, hiddenSize),
    arithmeticIntensity: kvBytes === 0 ? 0 : flops / kvBytes,
  };
}
