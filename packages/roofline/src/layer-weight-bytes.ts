import { projectionFlops, type ElementType } from "@modelsys/attention";
import { bytesPerWeight, type WeightFormat } from "@modelsys/catalog";

import type { DecodeFfn, DecodeLayer } from "./decode-model.js";

/** The storage formats of a model's weights, as a catalog `ModelDescriptor` gives them. */
export interface WeightFormats {
  /** Format of the attention projections, dense FFNs and shared experts, and of routed experts unless the next field is set. */
  weightElementType: ElementType;
  /** Format of the routed experts' weights, such as `mxfp4` for gpt-oss. Default: `weightElementType`. */
  routedExpertWeightFormat?: WeightFormat | undefined;
}

/**
 * Returns the stored bytes of every weight of one layer: the attention projections and the dense
 * FFN or shared experts in `weightElementType`, and every routed expert (only the active ones
 * where the count is null) in `routedExpertWeightFormat`. A SwiGLU expert or dense FFN has
 * `3 · h · inter` weights.
 */
export function layerWeightBytes(layer: DecodeLayer, hiddenSize: number, formats: WeightFormats): number {
  const plainBytesPerWeight = bytesPerWeight(formats.weightElementType);
  // Two FLOPs per multiply-accumulate, so the projection weights are half their FLOPs per token.
  const projectionWeights = projectionFlops(layer.attention, hiddenSize) / 2;
  const routedBytes = routedExpertWeightCount(layer.ffn, hiddenSize) * bytesPerWeight(formats.routedExpertWeightFormat ?? formats.weightElementType);
  return (projectionWeights + otherFfnWeightCount(layer.ffn, hiddenSize)) * plainBytesPerWeight + routedBytes;
}

/** Returns the weights of a dense FFN, or of the shared experts of an MoE layer. */
function otherFfnWeightCount(ffn: DecodeFfn, hiddenSize: number): number {
  if (ffn.kind === "dense") return 3 * hiddenSize * ffn.intermediateSize;
  return ffn.numSharedExperts === 0 ? 0 : 3 * hiddenSize * ffn.numSharedExperts * ffn.sharedIntermediateSize!;
}

/** Returns the weights of every routed expert of an MoE layer (the active ones where the count is null), 0 for a dense FFN. */
function routedExpertWeightCount(ffn: DecodeFfn, hiddenSize: number): number {
  if (ffn.kind === "dense") return 0;
  return 3 * hiddenSize * (ffn.numRoutedExperts ?? ffn.numActiveExperts) * ffn.expertIntermediateSize;
}
