import { attentionFlops, bytesPerElement, projectionFlops, type AttentionKind } from "@modelsys/attention";
import type { AcceleratorDescriptor, ModelDescriptor } from "@modelsys/catalog";
import { ffnFlopsPerToken } from "@modelsys/roofline";

import { requireInteger, requirePositive } from "./errors.js";
import { fixedStateBytes, theoreticalKvBytes, type KvStorage } from "./kv-bytes.js";
import type { PrefillCostModel } from "./prefill-profile.js";

/** Hardware and efficiency of one prefill instance for {@link estimatePrefillSeconds}. */
export interface RooflinePrefillOptions extends KvStorage {
  accelerator: AcceleratorDescriptor;
  /** GPUs per instance (8 in the PrfaaS case study). */
  gpus: number;
  /** Achieved fraction of dense BF16 peak FLOP/s (default 0.6, the AFD planner's calibration choice). */
  flopEfficiency?: number;
  /** Achieved fraction of HBM bandwidth (default 0.5, the Step-3 report's L20 assumption). */
  hbmEfficiency?: number;
}

/**
 * Estimates the prefill time in seconds of `newTokens` tokens after `cachedTokens` cached ones
 * on one instance: max(F / (n_gpu · F_peak · η_flop), B / (n_gpu · BW · η_hbm)), a roofline over
 * the prompt's FLOPs and the bytes it reads and writes. NOTE: it lives here until
 * `@modelsys/roofline` grows a prefill model.
 *
 * - F = 2 · N_active · l + Σ attention FLOPs. N_active counts each layer's attention projections
 *   and active FFN weights. The LM head is left out, because prefill computes logits for the
 *   last token only.
 * - A full-attention layer adds 2 · n_q · (d_qk + d_v) FLOPs per visible key, summed over the new
 *   tokens, which is 4 · n_q · d_h · (l·c + l·(l+1)/2) when d_qk = d_v. A window W caps each
 *   token's visible keys at W, and a linear-attention layer costs its per-token state update.
 * - B = every weight read once, plus the KV of the new tokens and one copy of each
 *   linear-attention state written. The state is written even after a cached prefix.
 *
 * Prefill runs at BF16 peak: the compute is dense matrix products over the whole prompt.
 */
export function estimatePrefillSeconds(
  model: ModelDescriptor,
  newTokens: number,
  cachedTokens: number,
  options: RooflinePrefillOptions,
): number {
  requireInteger("newTokens", newTokens, 1);
  requireInteger("cachedTokens", cachedTokens);
  const gpus = requireInteger("gpus", options.gpus, 1);
  const flopEfficiency = requirePositive("flopEfficiency", options.flopEfficiency ?? 0.6);
  const hbmEfficiency = requirePositive("hbmEfficiency", options.hbmEfficiency ?? 0.5);
  const weightBytesPerElement = bytesPerElement(model.weightElementType);

  let flops = 0;
  let weightBytes = 0;
  for (const layer of model.layers) {
    const projection = projectionFlops(layer.attention, model.hiddenSize);
    const ffn = ffnFlopsPerToken(layer.ffn, model.hiddenSize);
    flops += (projection + ffn) * newTokens + attentionPrefillFlops(layer.attention, newTokens, cachedTokens);
    weightBytes += (projection / 2 + ffnWeightCount(layer.ffn, model.hiddenSize)) * weightBytesPerElement;
  }
  // The state term cancels in the difference, so it is added once.
  const newTokenKv = theoreticalKvBytes(model, cachedTokens + newTokens, options) - theoreticalKvBytes(model, cachedTokens, options);
  const kvWritten = newTokenKv + fixedStateBytes(model, options);
  const bytes = weightBytes + kvWritten;

  const computeSeconds = flops / (gpus * options.accelerator.peakFlopsPerSecond.bf16 * flopEfficiency);
  const memorySeconds = bytes / (gpus * options.accelerator.hbmBandwidthBytesPerSecond * hbmEfficiency);
  return Math.max(computeSeconds, memorySeconds);
}

/**
 * Returns a {@link PrefillCostModel} of `model` on one instance from the roofline estimate and
 * theoretical KV bytes, for hardware without a measured profile.
 */
export function rooflinePrefillModel(model: ModelDescriptor, options: RooflinePrefillOptions): PrefillCostModel {
  const stateBytes = theoreticalKvBytes(model, 0, options);
  return {
    stateBytes,
    bytesPerToken: theoreticalKvBytes(model, 1, options) - stateBytes,
    kvBytes: (tokens) => theoreticalKvBytes(model, Math.max(0, Math.round(tokens)), options),
    prefillSeconds: (tokens) => estimatePrefillSeconds(model, Math.max(1, Math.round(tokens)), 0, options),
  };
}

/** Attention FLOPs of prefilling `l` tokens after `c` cached ones in one layer. */
function attentionPrefillFlops(attention: AttentionKind, l: number, c: number): number {
  if (attention.kind === "linear") return attentionFlops(attention, 0) * l;
  const keys = visibleKeySum(l, c, attention.window?.sizeTokens ?? Number.POSITIVE_INFINITY);
  return flopsPerVisibleKey(attention) * keys;
}

/** QKᵀ plus PV FLOPs per (query, key) pair: 2 FLOPs per multiply-accumulate. */
function flopsPerVisibleKey(attention: Exclude<AttentionKind, { kind: "linear" }>): number {
  switch (attention.kind) {
    case "gqa":
      return 2 * attention.numQueryHeads * (attention.headDim + (attention.valueHeadDim ?? attention.headDim));
    case "mfa":
      return 4 * attention.numQueryHeads * attention.headDim;
    case "mla":
      return 2 * attention.numQueryHeads * (attention.qkNopeHeadDim + attention.qkRopeHeadDim + attention.vHeadDim);
  }
}

/** Σ over positions i = c+1 … c+l of min(i, W): the keys each new token sees. */
function visibleKeySum(l: number, c: number, window: number): number {
  const causal = (from: number, to: number) => ((from + to) * (to - from + 1)) / 2;
  const start = c + 1;
  const end = c + l;
  if (end <= window) return causal(start, end);
  if (start > window) return l * window;
  return causal(start, window) + (end - window) * window;
}

function ffnWeightCount(ffn: ModelDescriptor["layers"][number]["ffn"], hiddenSize: number): number {
  if (ffn.kind === "dense") return 3 * hiddenSize * ffn.intermediateSize;
  const routed = (ffn.numRoutedExperts ?? ffn.numActiveExperts) * ffn.expertIntermediateSize;
  return 3 * hiddenSize * (routed + ffn.numSharedExperts * ffn.sharedIntermediateSize);
}
