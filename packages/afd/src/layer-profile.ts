import {
  ELEMENT_TYPES,
  attentionFlops,
  bytesPerElement,
  cacheElementsPerToken,
  kvBytesRead,
  linearStateBytes,
  projectionFlops,
  visibleKeys,
  type ElementType,
} from "@modelsys/attention";
import { bytesPerWeight, describeValue, type AcceleratorDescriptor, type FfnKind } from "@modelsys/catalog";
import { ffnFlopsPerToken } from "@modelsys/roofline";

import { checkAcceleratorDescriptor, checkRoutedExpertCount } from "./descriptors.js";
import { AfdError } from "./errors.js";
import { checkResolvedInput } from "./resolved-input-check.js";
import type { ResolvedAfdInput } from "./options.js";
import { checkPositive } from "./positive-number.js";

/** Per-token, per-layer quantities the stage times are built from, averaged over the context distribution. */
export interface LayerProfile {
  index: number;
  /** QKᵀ + PV FLOPs of one decoded token. */
  attentionFlops: number;
  /** Attention projection FLOPs of one token. */
  linearFlops: number;
  /** KV (or state) bytes one decoded token reads. */
  kvBytesRead: number;
  /** KV (or state) bytes one sequence keeps resident. */
  kvResidentBytes: number;
  /** Attention projection weight bytes, read once per micro-batch by every attention GPU. */
  attentionWeightBytes: number;
  ffn: FfnKind;
  /** FFN FLOPs of one token. */
  ffnFlops: number;
  /** Bytes of all FFN weights of the layer (every expert). */
  ffnWeightBytes: number;
}

/**
 * Returns the peak FLOP/s for compute in `type`: FP8 (or INT8) uses the FP8 peak where the card
 * has one, every other type the BF16 peak. Checks both arguments.
 */
export function computePeakFlops(accelerator: AcceleratorDescriptor, type: ElementType): number {
  checkAcceleratorDescriptor("accelerator", accelerator);
  if (!(ELEMENT_TYPES as readonly string[]).includes(type)) {
    throw new AfdError("INVALID_OPTION", `Invalid element type ${describeValue(type)}: expected one of ${ELEMENT_TYPES.join(", ")}.`, { field: "type", value: type });
  }
  return peakFlopsFor(accelerator, type);
}

/** {@link computePeakFlops} for arguments the caller has checked. */
export function peakFlopsFor(accelerator: AcceleratorDescriptor, type: ElementType): number {
  const eightBit = type === "fp8" || type === "int8";
  return eightBit && accelerator.peakFlopsPerSecond.fp8 !== null
    ? accelerator.peakFlopsPerSecond.fp8
    : accelerator.peakFlopsPerSecond.bf16;
}

/**
 * Returns the bytes of one layer's FFN weights, all routed and shared experts included. Routed
 * experts take `routedBytesPerWeight` (default `bytesPerWeight`), such as 0.53125 for MXFP4. A
 * hidden size or byte count that is not a positive number, or an MoE FFN whose routed expert count
 * is null, is `INVALID_OPTION` naming it.
 */
export function ffnWeightBytes(ffn: FfnKind, hiddenSize: number, bytesPerWeight: number, routedBytesPerWeight = bytesPerWeight): number {
  checkWeightSizes(hiddenSize, bytesPerWeight, routedBytesPerWeight);
  checkRoutedExpertCount("ffn", ffn);
  if (ffn.kind === "dense") return 3 * hiddenSize * ffn.intermediateSize * bytesPerWeight;

  const routed = (ffn.numRoutedExperts ?? ffn.numActiveExperts) * ffn.expertIntermediateSize * routedBytesPerWeight;
  const shared = ffn.numSharedExperts * ffn.sharedIntermediateSize * bytesPerWeight;
  return 3 * hiddenSize * (routed + shared);
}

/** Checks the sizes that the FFN weight byte counts multiply, naming the first that is not a positive number. */
function checkWeightSizes(hiddenSize: number, bytesPerWeight: number, routedBytesPerWeight: number): void {
  checkPositive("hiddenSize", hiddenSize);
  checkPositive("bytesPerWeight", bytesPerWeight);
  checkPositive("routedBytesPerWeight", routedBytesPerWeight);
}

/**
 * Returns the FFN weight bytes one micro-batch of `microBatchTokens` reads from one layer: the
 * shared experts plus the expected routed experts touched under uniform routing,
 * `N·(1 − (1 − k/N)^m)`, each `3·h·inter` weights of `routedBytesPerWeight` (default `bytesPerWeight`).
 * An MoE FFN whose routed expert count `N` is null is `INVALID_OPTION`.
 */
export function ffnWeightReadBytes(
  ffn: FfnKind,
  hiddenSize: number,
  bytesPerWeight: number,
  microBatchTokens: number,
  routedBytesPerWeight = bytesPerWeight,
): number {
  checkWeightSizes(hiddenSize, bytesPerWeight, routedBytesPerWeight);
  checkRoutedExpertCount("ffn", ffn);
  checkPositive("microBatchTokens", microBatchTokens);
  if (ffn.kind === "dense") return ffnWeightBytes(ffn, hiddenSize, bytesPerWeight);

  const total = ffn.numRoutedExperts ?? ffn.numActiveExperts;
  const touched = total * (1 - Math.pow(1 - ffn.numActiveExperts / total, microBatchTokens));
  const expertBytes = 3 * hiddenSize * ffn.expertIntermediateSize * routedBytesPerWeight;
  const sharedBytes = 3 * hiddenSize * ffn.sharedIntermediateSize * bytesPerWeight * ffn.numSharedExperts;
  return sharedBytes + touched * expertBytes;
}

/** Builds the profile of every layer of the model for a resolved input. An input not from `resolveAfdInput` is `INVALID_OPTION`. */
export function profileLayers(input: ResolvedAfdInput): LayerProfile[] {
  checkResolvedInput("input", input);
  const { model } = input;
  const projectionBytesPerWeight = bytesPerElement(input.projectionElementType);
  const ffnBytesPerWeight = bytesPerElement(input.ffnElementType);
  const routedBytesPerWeight = bytesPerWeight(input.routedExpertWeightFormat);

  return model.layers.map((layer, index) => {
    const isLinear = layer.attention.kind === "linear";
    const cacheType = isLinear ? (input.stateElementType ?? layer.cacheElementType) : (input.kvElementType ?? layer.cacheElementType);
    const expected = (value: (tokens: number) => number) =>
      input.context.reduce((sum, sample) => sum + sample.weight * value(sample.tokens), 0);
    const linearFlops = projectionFlops(layer.attention, model.hiddenSize);

    return {
      index,
      attentionFlops: expected((tokens) => attentionFlops(layer.attention, tokens)),
      linearFlops,
      kvBytesRead: expected((tokens) => kvBytesRead(layer.attention, tokens, { cacheElementType: cacheType, stateElementType: cacheType })),
      kvResidentBytes: isLinear
        ? linearStateBytes(layer.attention, cacheType) / 2
        : expected((tokens) => cacheElementsPerToken(layer.attention) * bytesPerElement(cacheType) * visibleKeys(layer.attention, tokens)),
      attentionWeightBytes: (linearFlops / 2) * projectionBytesPerWeight,
      ffn: layer.ffn,
      ffnFlops: ffnFlopsPerToken(layer.ffn, model.hiddenSize),
      ffnWeightBytes: ffnWeightBytes(layer.ffn, model.hiddenSize, ffnBytesPerWeight, routedBytesPerWeight),
    };
  });
}

/**
 * Builds the layer profiles of one sequence at the longest context of the input's distribution,
 * for the check that such a sequence fits a GPU on its own.
 */
export function profileLongestContext(input: ResolvedAfdInput): LayerProfile[] {
  const longest = Math.max(...input.context.map((sample) => sample.tokens));
  return profileLayers({ ...input, context: [{ tokens: longest, weight: 1 }] });
}
