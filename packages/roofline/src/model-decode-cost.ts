import {
  ELEMENT_TYPES,
  attentionLabel,
  bytesPerElement,
  cacheElementsPerToken,
  layerDecodeCost,
  type AttentionKind,
  type ChunkedKeysConvention,
  type ElementType,
  type MlaFlopConvention,
} from "@modelsys/attention";
import { BUILTIN_MODELS, describeValue } from "@modelsys/catalog";

import { checkDecodeModel, type DecodeCostModel } from "./decode-model.js";
import { RooflineError } from "./errors.js";
import { ffnFlopsPerToken } from "./ffn-flops.js";
import { unsafeIntegerNote } from "./option-checks.js";

/** Options of {@link modelDecodeCost}. */
export interface DecodeCostOptions {
  /** Tokens of context the decoded token attends to (the report's "8K" is 8192). */
  contextTokens: number;
  /** Replaces every softmax layer's KV-cache element type (the family default otherwise). */
  kvElementType?: ElementType;
  /** Replaces every linear-attention layer's state element type (FP32 otherwise). */
  stateElementType?: ElementType;
  /** Default `mla-576`, the report's convention. */
  mlaFlops?: MlaFlopConvention;
  /** Default `max`: a chunked layer sees `min(S, W)` keys. */
  chunkedKeys?: ChunkedKeysConvention;
  /** Add the short-convolution states of KDA and Gated DeltaNet layers to the state bytes. Default false. */
  includeShortConvState?: boolean;
}

/**
 * Per-token cost of one layer kind: layers that share an attention design and a cache element
 * type, which the per-kind roofline prices together.
 */
export interface LayerKindCost {
  label: string;
  attention: AttentionKind;
  cacheElementType: ElementType;
  layerCount: number;
  kvBytes: number;
  attentionFlops: number;
  linearFlops: number;
  /** FLOP per byte of this kind; 0 when it reads no bytes. */
  arithmeticIntensity: number;
}

/** Whole-model cost of one decoded token at a context length, before pricing. */
export interface ModelDecodeCost {
  modelId: string;
  contextTokens: number;
  /** KV-cache (and linear-state) bytes read from HBM. */
  kvBytes: number;
  /** QKᵀ + PV FLOPs (state-update FLOPs for linear layers). */
  attentionFlops: number;
  /** FLOPs of the attention projections. */
  linearFlops: number;
  /** FLOPs of the activated FFN and expert weights. */
  ffnFlops: number;
  /** `attentionFlops / kvBytes` in FLOP per byte. */
  arithmeticIntensity: number;
  /** KV bytes one more context token adds over all softmax layers, while inside every window. */
  kvBytesPerContextToken: number;
  kinds: LayerKindCost[];
}

/** The keys of {@link DecodeCostOptions}; any other key is `INVALID_OPTION`. */
const DECODE_COST_OPTION_KEYS: readonly string[] = [
  "contextTokens",
  "kvElementType",
  "stateElementType",
  "mlaFlops",
  "chunkedKeys",
  "includeShortConvState",
];

/**
 * Computes the cost of one decoded token of `model` at `contextTokens`: KV bytes, attention,
 * linear and FFN FLOPs and arithmetic intensity, summed over layers, with a breakdown per
 * layer kind. Follows the Step-3 report's cost model (arXiv 2507.19427).
 *
 * `model` needs only the fields of {@link DecodeCostModel}, so a hand-built object works as well
 * as a catalog descriptor. A missing or invalid field that the cost reads is `INVALID_OPTION`
 * naming its path (`model.layers.3.ffn.intermediateSize`), and so is an option key outside
 * {@link DecodeCostOptions} (`kvElementtype`), rather than a silently different or NaN cost.
 */
export function modelDecodeCost(model: DecodeCostModel, options: DecodeCostOptions): ModelDecodeCost {
  checkOptions(options);
  // The built-in models were checked when the catalog defined them and are deeply frozen.
  if (!(BUILTIN_MODELS as readonly unknown[]).includes(model)) checkDecodeModel(model);
  const { contextTokens } = options;
  if (!Number.isSafeInteger(contextTokens) || contextTokens < 0) {
    throw new RooflineError(
      "INVALID_OPTION",
      `Invalid context length ${describeValue(contextTokens)}: expected a non-negative integer number of tokens${unsafeIntegerNote(contextTokens)}.`,
      { field: "contextTokens", value: contextTokens },
    );
  }

  const kinds = new Map<string, LayerKindCost>();
  let ffnFlops = 0;
  let kvBytesPerContextToken = 0;

  for (const layer of model.layers) {
    const cacheElementType = effectiveCacheType(layer.attention, layer.cacheElementType, options);
    const layerCost = layerDecodeCost(layer.attention, contextTokens, model.hiddenSize, {
      cacheElementType,
      stateElementType: cacheElementType,
      mlaFlops: options.mlaFlops ?? "mla-576",
      chunkedKeys: options.chunkedKeys ?? "max",
      includeShortConvState: options.includeShortConvState ?? false,
    });
    addToKind(kinds, layer.attention, cacheElementType, layerCost);

    ffnFlops += ffnFlopsPerToken(layer.ffn, model.hiddenSize);
    kvBytesPerContextToken += cacheElementsPerToken(layer.attention) * bytesPerElement(cacheElementType);
  }

  const kindList = [...kinds.values()];
  const kvBytes = sum(kindList, (kind) => kind.kvBytes);
  const attentionFlops = sum(kindList, (kind) => kind.attentionFlops);
  return {
    modelId: model.id,
    contextTokens,
    kvBytes,
    attentionFlops,
    linearFlops: sum(kindList, (kind) => kind.linearFlops),
    ffnFlops,
    arithmeticIntensity: kvBytes === 0 ? 0 : attentionFlops / kvBytes,
    kvBytesPerContextToken,
    kinds: kindList,
  };
}

function reject(field: string, value: unknown, expected: string): never {
  throw new RooflineError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected ${expected}.`, { field, value });
}

function checkOptions(options: DecodeCostOptions | undefined): void {
  if (options === undefined || options === null || typeof options !== "object" || Array.isArray(options)) {
    reject("options", options, "an object such as { contextTokens: 8192 }");
  }
  for (const key of Object.keys(options)) {
    if (DECODE_COST_OPTION_KEYS.includes(key)) continue;
    throw new RooflineError(
      "INVALID_OPTION",
      `Unknown option "${key}" of modelDecodeCost: use one of ${DECODE_COST_OPTION_KEYS.join(", ")} (case-sensitive).`,
      { field: key, value: options[key as keyof DecodeCostOptions] },
    );
  }
  for (const field of ["kvElementType", "stateElementType"] as const) {
    const value = options[field];
    if (value !== undefined && !ELEMENT_TYPES.includes(value)) reject(field, value, `one of ${ELEMENT_TYPES.join(", ")}`);
  }
  if (options.mlaFlops !== undefined && !["mla-576", "mla-576-pv512"].includes(options.mlaFlops)) {
    reject("mlaFlops", options.mlaFlops, '"mla-576" or "mla-576-pv512"');
  }
  if (options.chunkedKeys !== undefined && !["max", "position"].includes(options.chunkedKeys)) {
    reject("chunkedKeys", options.chunkedKeys, '"max" or "position"');
  }
}

function effectiveCacheType(attention: AttentionKind, familyType: ElementType, options: DecodeCostOptions): ElementType {
  if (attention.kind === "linear") return options.stateElementType ?? familyType;
  return options.kvElementType ?? familyType;
}

function addToKind(
  kinds: Map<string, LayerKindCost>,
  attention: AttentionKind,
  cacheElementType: ElementType,
  layerCost: { kvBytes: number; attentionFlops: number; linearFlops: number },
): void {
  const key = `${attentionKey(attention)}|${cacheElementType}`;
  let kind = kinds.get(key);
  if (kind === undefined) {
    kind = {
      label: `${attentionLabel(attention)} (${cacheElementType})`,
      attention,
      cacheElementType,
      layerCount: 0,
      kvBytes: 0,
      attentionFlops: 0,
      linearFlops: 0,
      arithmeticIntensity: 0,
    };
    kinds.set(key, kind);
  }

  kind.layerCount += 1;
  kind.kvBytes += layerCost.kvBytes;
  kind.attentionFlops += layerCost.attentionFlops;
  kind.linearFlops += layerCost.linearFlops;
  kind.arithmeticIntensity = kind.kvBytes === 0 ? 0 : kind.attentionFlops / kind.kvBytes;
}

// Layers of one kind usually share one descriptor object, so the serialised key is cached per object.
const attentionKeys = new WeakMap<AttentionKind, string>();

function attentionKey(attention: AttentionKind): string {
  let key = attentionKeys.get(attention);
  if (key === undefined) {
    key = JSON.stringify(attention);
    attentionKeys.set(attention, key);
  }
  return key;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
