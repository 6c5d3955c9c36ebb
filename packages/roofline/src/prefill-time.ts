import { projectionFlops } from "@modelsys/attention";

import { ffnFlopsPerToken } from "./ffn-flops.js";
import { requireFiniteFigure, requirePositiveFigure, type FigureInput } from "./finite-figures.js";
import { storedKvBytes, storedStateBytes } from "./kv-bytes.js";
import { layerWeightBytes, type WeightFormats } from "./layer-weight-bytes.js";
import { requireCount } from "./option-checks.js";
import { attentionPrefillFlops } from "./prefill-attention-flops.js";
import { checkPrefillAccelerator, checkPrefillModel, type PrefillAccelerator, type PrefillModel } from "./prefill-inputs.js";
import {
  checkPromptTokens,
  resolvePrefillInstance,
  type PrefillInstanceOptions,
  type PrefillOptions,
  type ResolvedPrefillInstance,
} from "./prefill-options.js";
import { prefixUpProjectionFlops } from "./prefix-up-projection-flops.js";

/** The side of the roofline that sets a prefill's time. */
export type PrefillBound = "compute" | "memory";

/** The estimated time and cost of one prefill on one instance, with the figures behind it. */
export interface PrefillTime {
  modelId: string;
  acceleratorId: string;
  newTokens: number;
  cachedTokens: number;
  gpus: number;
  flopEfficiency: number;
  hbmEfficiency: number;
  /** `max(computeSeconds, memorySeconds)`. */
  seconds: number;
  /** `flops / (gpus · BF16 peak · flopEfficiency)`. */
  computeSeconds: number;
  /** `bytes / (gpus · HBM bandwidth · hbmEfficiency)`. */
  memorySeconds: number;
  /** `compute` when `computeSeconds ≥ memorySeconds`, else `memory`. */
  bound: PrefillBound;
  /** All FLOPs, `linearFlops + ffnFlops + attentionFlops`, summed layer by layer. */
  flops: number;
  /**
   * FLOPs of the attention projections: twice their weights per new token, plus
   * `prefixUpProjectionFlops`.
   */
  linearFlops: number;
  /**
   * The part of `linearFlops` that up-projects the cached prefix's MLA latent KV into per-head keys
   * and values: `2 · kv_lora · n_q · (d_nope + d_v)` per MLA layer and cached token that a new token
   * attends to. It is 0 without MLA layers or without a cached prefix.
   */
  prefixUpProjectionFlops: number;
  /** FLOPs of the active FFN and expert weights: twice those weights per new token. */
  ffnFlops: number;
  /** QKᵀ + PV FLOPs over the keys each new token attends to, or the state updates of linear layers. */
  attentionFlops: number;
  /** `weightBytes + kvBytesWritten`. */
  bytes: number;
  /** Every weight of the attention projections and FFNs, all experts included, read once in its stored format. */
  weightBytes: number;
  /**
   * KV cache the new tokens write (at most the last W of them in a window layer, even after a
   * cached prefix of W or more), plus one written copy of every linear-attention state.
   */
  kvBytesWritten: number;
  /** `seconds · gpus · USD per card-hour / 3600`, or null when the accelerator has no price. */
  usd: number | null;
  /** `usd` per million new tokens, or null without a price. */
  usdPerMillionTokens: number | null;
}

/** Prefill estimates of one model on one instance, with the inputs checked once. */
export interface PrefillEstimator {
  /** Estimates the prefill of `newTokens` tokens after `cachedTokens` cached ones (default 0). */
  estimate(newTokens: number, cachedTokens?: number): PrefillTime;
  /** Returns the theoretical KV-cache and state bytes of a request after `tokens` tokens. */
  kvBytes(tokens: number): number;
  /** The bytes of one stored copy of every linear-attention state (0 without linear layers). */
  stateBytes: number;
}

/** The per-token figures of one layer, which do not depend on the prompt. */
interface LayerFigures {
  linearFlopsPerToken: number;
  ffnFlopsPerToken: number;
  weightBytes: number;
}

/**
 * Estimates the prefill of `options.newTokens` tokens after `options.cachedTokens` cached ones on
 * one instance of `options.gpus` accelerators, as a roofline over the prompt's FLOPs and bytes:
 * `max(F / (n_gpu · F_peak · flopEfficiency), B / (n_gpu · BW · hbmEfficiency))`.
 *
 * - `F = 2 · N_active · l + Σ attention FLOPs + Σ prefix up-projection FLOPs`. `N_active` counts
 *   each layer's attention projections and active FFN weights. A full-attention layer adds
 *   `2 · n_q · (d_qk + d_v)` FLOPs per visible key, which is `4 · n_q · d_h · (l·c + l·(l+1)/2)`
 *   when the widths match. A sliding window `W` caps each token's visible keys at `W`, a token of
 *   a chunked layer attends only to the earlier tokens of its own chunk of `W`, and a
 *   linear-attention layer costs its per-token state update.
 * - MLA runs non-absorbed, as vLLM and SGLang run it in prefill: multi-head attention over the
 *   per-head widths, after up-projecting the cached prefix's latent KV. That adds
 *   `2 · kv_lora · n_q · (d_nope + d_v)` FLOPs per MLA layer and cached token that a new token
 *   attends to, `c` of them without a window (the `prefixUpProjectionFlops` of the result).
 * - `B` is every weight read once plus the KV of the new tokens and one copy of each
 *   linear-attention state written, which is written even after a cached prefix.
 * - `F_peak` is the dense BF16 peak, because prefill runs dense matrix products over the whole
 *   prompt. The embedding, LM head and router are left out, and so is communication.
 *
 * Every input is checked: a missing or invalid model or accelerator field, token count or option,
 * and an unknown option key, is a `RooflineError` with code `INVALID_OPTION` naming it.
 *
 * @example
 * ```ts
 * prefillTime(getModel("qwen3-32b"), getAccelerator("h800"), { newTokens: 8192, gpus: 8 }).seconds;
 * ```
 */
export function prefillTime(model: PrefillModel, accelerator: PrefillAccelerator, options: PrefillOptions): PrefillTime {
  const instance = resolvePrefillInstance(options, "prefillTime");
  const prompt = checkPromptTokens(options.newTokens, options.cachedTokens ?? 0);
  return createEstimator(model, accelerator, instance).estimate(prompt.newTokens, prompt.cachedTokens);
}

/**
 * Checks `model`, `accelerator` and the instance options once and returns an estimator for many
 * prompt lengths, as a simulator needs. Each `estimate` call checks only its token counts.
 */
export function prefillEstimator(model: PrefillModel, accelerator: PrefillAccelerator, options: PrefillInstanceOptions): PrefillEstimator {
  return createEstimator(model, accelerator, resolvePrefillInstance(options, "prefillEstimator"));
}

function createEstimator(model: PrefillModel, accelerator: PrefillAccelerator, instance: ResolvedPrefillInstance): PrefillEstimator {
  checkPrefillModel(model);
  checkPrefillAccelerator(accelerator);
  const layers = model.layers;
  const figures = layers.map((layer) => layerFigures(layer, model.hiddenSize, model));
  const stateBytes = storedStateBytes(layers, instance);

  const estimate = (newTokens: number, cachedTokens = 0): PrefillTime => {
    checkPromptTokens(newTokens, cachedTokens);
    let flops = 0;
    let linearFlops = 0;
    let prefixUpProjection = 0;
    let ffnFlops = 0;
    let attentionFlops = 0;
    let weightBytes = 0;
    layers.forEach((layer, index) => {
      const layerFigure = figures[index]!;
      const attention = attentionPrefillFlops(layer.attention, newTokens, cachedTokens);
      const upProjection = prefixUpProjectionFlops(layer.attention, cachedTokens);
      // The total is summed in this order so that, with no MLA prefix to up-project, it matches
      // @modelsys/prfaas's earlier estimate bit for bit.
      flops += (layerFigure.linearFlopsPerToken + layerFigure.ffnFlopsPerToken) * newTokens + attention + upProjection;
      linearFlops += layerFigure.linearFlopsPerToken * newTokens + upProjection;
      prefixUpProjection += upProjection;
      ffnFlops += layerFigure.ffnFlopsPerToken * newTokens;
      attentionFlops += attention;
      weightBytes += layerFigure.weightBytes;
    });
    // A full layer writes the KV of all l new tokens. A window layer keeps only its last W tokens,
    // so it writes min(l, W) of them whatever the prefix. Together that is the cache of a request
    // of l tokens, whose state term is the one state copy written.
    const kvBytesWritten = storedKvBytes(layers, newTokens, instance);
    const bytes = weightBytes + kvBytesWritten;

    const computeInputs = [
      { field: "accelerator.peakFlopsPerSecond.bf16", value: accelerator.peakFlopsPerSecond.bf16 },
      { field: "flopEfficiency", value: instance.flopEfficiency },
    ];
    const memoryInputs = [
      { field: "accelerator.hbmBandwidthBytesPerSecond", value: accelerator.hbmBandwidthBytesPerSecond },
      { field: "hbmEfficiency", value: instance.hbmEfficiency },
    ];
    const computeSeconds = requirePositiveFigure(
      "computeSeconds",
      flops / (instance.gpus * accelerator.peakFlopsPerSecond.bf16 * instance.flopEfficiency),
      computeInputs,
    );
    const memorySeconds = requirePositiveFigure("memorySeconds", bytes / (instance.gpus * accelerator.hbmBandwidthBytesPerSecond * instance.hbmEfficiency), memoryInputs);
    const seconds = Math.max(computeSeconds, memorySeconds);
    // A USD figure depends on the price and on whichever time is the larger.
    const usdInputs = [{ field: "accelerator.priceUsdPerHour", value: accelerator.priceUsdPerHour }, ...(computeSeconds >= memorySeconds ? computeInputs : memoryInputs)];
    const usd = prefillUsd(seconds, instance.gpus, accelerator.priceUsdPerHour, usdInputs);
    return {
      modelId: model.id,
      acceleratorId: accelerator.id,
      newTokens,
      cachedTokens,
      gpus: instance.gpus,
      flopEfficiency: instance.flopEfficiency,
      hbmEfficiency: instance.hbmEfficiency,
      seconds,
      computeSeconds,
      memorySeconds,
      bound: computeSeconds >= memorySeconds ? "compute" : "memory",
      flops,
      linearFlops,
      prefixUpProjectionFlops: prefixUpProjection,
      ffnFlops,
      attentionFlops,
      bytes,
      weightBytes,
      kvBytesWritten,
      usd,
      usdPerMillionTokens: usdPerMillion(usd, newTokens, usdInputs),
    };
  };

  const kvBytes = (tokens: number): number => {
    requireCount("tokens", tokens, 0, "the tokens of the request");
    return storedKvBytes(layers, tokens, instance);
  };
  return { estimate, kvBytes, stateBytes };
}

/** Returns `seconds · gpus · USD per card-hour / 3600`, or null without a price. */
function prefillUsd(seconds: number, gpus: number, priceUsdPerHour: number | null, inputs: readonly FigureInput[]): number | null {
  if (priceUsdPerHour === null) return null;
  return requireFiniteFigure("usd", (seconds * gpus * priceUsdPerHour) / 3600, inputs);
}

function usdPerMillion(usd: number | null, newTokens: number, inputs: readonly FigureInput[]): number | null {
  if (usd === null) return null;
  return requireFiniteFigure("usdPerMillionTokens", (usd / newTokens) * 1e6, inputs);
}

function layerFigures(layer: PrefillModel["layers"][number], hiddenSize: number, formats: WeightFormats): LayerFigures {
  const linear = projectionFlops(layer.attention, hiddenSize);
  return {
    linearFlopsPerToken: linear,
    ffnFlopsPerToken: ffnFlopsPerToken(layer.ffn, hiddenSize),
    weightBytes: layerWeightBytes(layer, hiddenSize, formats),
  };
}
