import { bytesPerElement } from "@modelsys/attention";
import { bytesPerWeight, serverNicBytesPerSecond } from "@modelsys/catalog";

import { peakFlopsFor, ffnWeightReadBytes, type LayerProfile } from "./layer-profile.js";
import { checkLayout, checkStageTimeInputs } from "./layout-checks.js";
import { checkResolvedInput } from "./resolved-input-check.js";
import type { ResolvedAfdInput } from "./options.js";

/** Per-GPU rates after the achievable fractions, in FLOP/s and B/s. */
export interface PlanRates {
  /** Rate of the attention math (QKᵀ, PV) at the attention element type. */
  attentionFlopsPerSecond: number;
  /** Rate of the attention projections at their weight element type. */
  projectionFlopsPerSecond: number;
  attentionBytesPerSecond: number;
  ffnFlopsPerSecond: number;
  ffnBytesPerSecond: number;
  /** NIC rate of one attention GPU: its share of its server's NICs, whatever the instance size. */
  attentionNicBytesPerSecond: number;
  ffnNicBytesPerSecond: number;
}

/** Returns the per-GPU rates of a resolved plan input. An input not from `resolveAfdInput` is `INVALID_OPTION`. */
export function planRates(input: ResolvedAfdInput): PlanRates {
  checkResolvedInput("input", input);
  const { efficiency, attentionAccelerator: attention, ffnAccelerator: ffn } = input;
  return {
    attentionFlopsPerSecond: efficiency.flopEfficiency * peakFlopsFor(attention, input.attentionElementType),
    projectionFlopsPerSecond: efficiency.flopEfficiency * peakFlopsFor(attention, input.projectionElementType),
    attentionBytesPerSecond: efficiency.hbmEfficiency * attention.hbmBandwidthBytesPerSecond,
    ffnFlopsPerSecond: efficiency.flopEfficiency * peakFlopsFor(ffn, input.ffnElementType),
    ffnBytesPerSecond: efficiency.hbmEfficiency * ffn.hbmBandwidthBytesPerSecond,
    attentionNicBytesPerSecond: (efficiency.nicEfficiency * serverNicBytesPerSecond(attention)) / attention.cardsPerServer,
    ffnNicBytesPerSecond: (efficiency.nicEfficiency * serverNicBytesPerSecond(ffn)) / ffn.cardsPerServer,
  };
}

/** The stage times of one layer for one micro-batch, in microseconds, with their parts. */
export interface LayerStageTimes {
  attentionComputeUs: number;
  attentionMemoryUs: number;
  /** `max(attentionComputeUs, attentionMemoryUs)`. */
  attentionUs: number;
  /** A→F leg: FP8 activations, `H` bytes per token per FFN instance. */
  attentionToFfnUs: number;
  /** F→A leg: BF16 outputs, `2·H` bytes per token per FFN instance. */
  ffnToAttentionUs: number;
  /** Communication stage: both legs (`sum`) or the longer one (`duplex`); 0 with 4 stages, where each leg is a stage. */
  commUs: number;
  ffnComputeUs: number;
  ffnWeightReadUs: number;
  /** `max(ffnComputeUs, ffnWeightReadUs)`. */
  ffnUs: number;
  /** The slowest stage, which sets this layer's share of every stage's budget. */
  layerUs: number;
}

/** A candidate layout: attention and FFN instance counts and tokens per attention GPU per micro-batch. */
export interface Layout {
  attentionInstances: number;
  ffnInstances: number;
  tokensPerAttentionGpu: number;
}

const US = 1e6;

/**
 * Returns one layer's stage times for a layout. Attention runs data-parallel: each GPU reads its
 * own KV and all of the layer's projection weights. FFN weights are spread evenly over the FFN
 * GPUs. An attention GPU sends `y·m_a·H` bytes and receives `2·y·m_a·H`; an FFN GPU receives
 * `x·m_a·H` and sends `2·x·m_a·H`; the busier side sets the leg's time. A layout with a
 * misspelt field, a count that is not a positive integer or a token count that is not a positive
 * number is `INVALID_OPTION`, and so are arguments that are not objects or rates that are not
 * positive.
 */
export function layerStageTimes(
  profile: LayerProfile,
  layout: Layout,
  input: ResolvedAfdInput,
  rates: PlanRates,
): LayerStageTimes {
  checkLayout(layout);
  checkStageTimeInputs(profile, input, rates);
  return computeLayerStageTimes(profile, layout, input, rates);
}

/** Computes {@link layerStageTimes} without checking its arguments, for the planner's search. */
export function computeLayerStageTimes(
  profile: LayerProfile,
  layout: Layout,
  input: ResolvedAfdInput,
  rates: PlanRates,
): LayerStageTimes {
  const x = layout.attentionInstances;
  const y = layout.ffnInstances;
  const tokens = layout.tokensPerAttentionGpu;
  const ffnGpus = input.gpusPerInstance * y;
  const microBatch = input.gpusPerInstance * x * tokens;
  const hidden = input.model.hiddenSize;

  const attentionComputeUs =
    (tokens * profile.attentionFlops * US) / rates.attentionFlopsPerSecond +
    (tokens * profile.linearFlops * US) / rates.projectionFlopsPerSecond;
  const attentionMemoryUs = ((tokens * profile.kvBytesRead + profile.attentionWeightBytes) * US) / rates.attentionBytesPerSecond;

  const legUs = (bytesPerToken: number) =>
    Math.max(
      (y * tokens * bytesPerToken * US) / rates.attentionNicBytesPerSecond,
      (x * tokens * bytesPerToken * US) / rates.ffnNicBytesPerSecond,
    );
  const attentionToFfnUs = legUs(hidden);
  const ffnToAttentionUs = legUs(2 * hidden);
  const commUs =
    input.stages === 4
      ? 0
      : input.commOverlap === "sum"
        ? attentionToFfnUs + ffnToAttentionUs
        : Math.max(attentionToFfnUs, ffnToAttentionUs);

  const ffnBytesPerWeight = bytesPerElement(input.ffnElementType);
  const routedBytesPerWeight = bytesPerWeight(input.routedExpertWeightFormat);
  const ffnComputeUs = (microBatch * profile.ffnFlops * US) / (ffnGpus * rates.ffnFlopsPerSecond);
  const ffnWeightReadUs =
    (ffnWeightReadBytes(profile.ffn, hidden, ffnBytesPerWeight, microBatch, routedBytesPerWeight) * US) / (ffnGpus * rates.ffnBytesPerSecond);

  const attentionUs = Math.max(attentionComputeUs, attentionMemoryUs);
  const ffnUs = Math.max(ffnComputeUs, ffnWeightReadUs);
  const stageUs = input.stages === 4 ? [attentionUs, attentionToFfnUs, ffnUs, ffnToAttentionUs] : [attentionUs, commUs, ffnUs];
  return {
    attentionComputeUs,
    attentionMemoryUs,
    attentionUs,
    attentionToFfnUs,
    ffnToAttentionUs,
    commUs,
    ffnComputeUs,
    ffnWeightReadUs,
    ffnUs,
    layerUs: Math.max(...stageUs),
  };
}
