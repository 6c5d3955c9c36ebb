import { describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";
import { requireFiniteFigure, type FigureInput } from "./finite-figures.js";
import type { ModelDecodeCost } from "./model-decode-cost.js";
import { checkPricedAccelerator, pricedPeakFlops, type PricedAccelerator } from "./priced-accelerator.js";
import { decodeCardSeconds } from "./token-time.js";
import { unitCosts } from "./unit-costs.js";

/**
 * How the attention roofline is taken. `perKind` (default) takes `max(FLOP cost, byte cost)` per
 * layer kind and sums; `modelTotal` takes one max over the model totals. They differ only for
 * hybrids whose layer kinds straddle the ridge point.
 */
export type RooflineMode = "perKind" | "modelTotal";

const ROOFLINE_MODES: readonly RooflineMode[] = ["perKind", "modelTotal"];

/**
 * Whether attention cost is set by compute, by memory traffic, or by both across kinds; `none`
 * when attention does no work (context 0 with only softmax layers).
 */
export type AttentionBound = "compute" | "memory" | "mixed" | "none";

/**
 * USD cost of one decoded token on one accelerator, or null USD figures when it has no price, and
 * the card-seconds behind it, which every accelerator has.
 */
export interface AcceleratorTokenCost {
  acceleratorId: string;
  priced: boolean;
  /** Attention (roofline over KV reads and attention FLOPs, plus projection FLOPs), USD per 1M tokens. */
  attentionUsdPerMillionTokens: number | null;
  /** FFN FLOPs, USD per 1M tokens. */
  ffnUsdPerMillionTokens: number | null;
  /** Attention and FFN on the same accelerator, USD per 1M tokens. */
  colocatedUsdPerMillionTokens: number | null;
  attentionBound: AttentionBound;
  /**
   * Card-seconds of attention per decoded token at 100 % of peak: the roofline over KV reads and
   * attention FLOPs plus projection FLOPs. A batch of B tokens shares one step, so a card spends
   * about B times this per step.
   */
  attentionCardSecondsPerToken: number;
  /** Card-seconds of the FFN per decoded token at 100 % of the priced peak. */
  ffnCardSecondsPerToken: number;
  /** Attention plus FFN card-seconds per decoded token on one accelerator. */
  colocatedCardSecondsPerToken: number;
}

const PER_MILLION = 1e6;

/**
 * Prices one decoded token on `accelerator` with the Step-3 report's composition (arXiv
 * 2507.19427): attention `max(F_attn·U_flop, B_kv·U_byte) + F_linear·U_flop`, FFN
 * `F_ffn·U_flop`, and their sum when co-located. The card-seconds behind each figure come with
 * it, also for an accelerator without a price. A `roofline` other than `"perKind"` or
 * `"modelTotal"` is `INVALID_OPTION`, and so is a `cost` that `modelDecodeCost` did not return.
 * `accelerator` needs only the fields of {@link PricedAccelerator}; a missing or invalid one (a
 * NaN or negative price, a zero bandwidth) is `INVALID_OPTION` naming it, where it would
 * otherwise price the token at NaN or below zero.
 */
export function acceleratorTokenCost(
  cost: ModelDecodeCost,
  accelerator: PricedAccelerator,
  roofline: RooflineMode = "perKind",
): AcceleratorTokenCost {
  checkRooflineMode(roofline);
  checkCost(cost);
  checkPricedAccelerator(accelerator);
  const bound = attentionBound(cost, accelerator);
  const cardSeconds = decodeCardSeconds(cost, accelerator, roofline === "perKind");
  const timeInputs = rateInputs(accelerator);
  const times = {
    attentionCardSecondsPerToken: requireFiniteFigure("attentionCardSecondsPerToken", cardSeconds.attention, timeInputs),
    ffnCardSecondsPerToken: requireFiniteFigure("ffnCardSecondsPerToken", cardSeconds.ffn, timeInputs),
    colocatedCardSecondsPerToken: requireFiniteFigure("colocatedCardSecondsPerToken", cardSeconds.colocated, timeInputs),
  };
  const units = unitCosts(accelerator);
  if (units === null) {
    return {
      acceleratorId: accelerator.id,
      priced: false,
      attentionUsdPerMillionTokens: null,
      ffnUsdPerMillionTokens: null,
      colocatedUsdPerMillionTokens: null,
      attentionBound: bound,
      ...times,
    };
  }

  const kinds = roofline === "perKind" ? cost.kinds : [cost];
  const attentionCore = kinds.reduce(
    (total, kind) => total + Math.max(kind.attentionFlops * units.usdPerFlop, kind.kvBytes * units.usdPerByte),
    0,
  );
  const attentionUsd = attentionCore + cost.linearFlops * units.usdPerFlop;
  const inputs = [{ field: "accelerator.priceUsdPerHour", value: accelerator.priceUsdPerHour }, ...timeInputs];
  const ffnUsd = cost.ffnFlops * units.usdPerFlop;
  return {
    acceleratorId: accelerator.id,
    priced: true,
    attentionUsdPerMillionTokens: requireFiniteFigure("attentionUsdPerMillionTokens", attentionUsd * PER_MILLION, inputs),
    ffnUsdPerMillionTokens: requireFiniteFigure("ffnUsdPerMillionTokens", ffnUsd * PER_MILLION, inputs),
    colocatedUsdPerMillionTokens: requireFiniteFigure("colocatedUsdPerMillionTokens", (attentionUsd + ffnUsd) * PER_MILLION, inputs),
    attentionBound: bound,
    ...times,
  };
}

/** Returns the accelerator rates a decode time depends on: the priced peak and the HBM bandwidth. */
function rateInputs(accelerator: PricedAccelerator): FigureInput[] {
  const peakField = accelerator.peakFlopsPerSecond.fp8 === null ? "bf16" : "fp8";
  return [
    { field: `accelerator.peakFlopsPerSecond.${peakField}`, value: pricedPeakFlops(accelerator) },
    { field: "accelerator.hbmBandwidthBytesPerSecond", value: accelerator.hbmBandwidthBytesPerSecond },
  ];
}

function checkRooflineMode(roofline: unknown): void {
  if (ROOFLINE_MODES.includes(roofline as RooflineMode)) return;
  throw new RooflineError(
    "INVALID_OPTION",
    `Invalid roofline mode ${describeValue(roofline)}: expected "perKind" or "modelTotal" (case-sensitive), or leave it out for "perKind".`,
    { field: "roofline", value: roofline },
  );
}

/** The figures of a {@link ModelDecodeCost} that pricing reads; each must be a finite number ≥ 0. */
const PRICED_FIGURES = ["kvBytes", "attentionFlops", "linearFlops", "ffnFlops", "arithmeticIntensity"] as const;
const KIND_FIGURES = ["kvBytes", "attentionFlops", "linearFlops", "arithmeticIntensity"] as const;

function isFigure(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Checks that `cost` has the shape `modelDecodeCost` returns, naming the first bad figure. */
function checkCost(cost: unknown): asserts cost is ModelDecodeCost {
  const reject = (field: string, value: unknown): never => {
    throw new RooflineError(
      "INVALID_OPTION",
      `Invalid cost${field === "" ? "" : `.${field}`} ${describeValue(value)}: expected the result of modelDecodeCost(model, { contextTokens }).`,
      { field: field === "" ? "cost" : `cost.${field}`, value },
    );
  };
  if (typeof cost !== "object" || cost === null || Array.isArray(cost)) reject("", cost);
  const record = cost as unknown as Record<string, unknown>;
  for (const field of PRICED_FIGURES) if (!isFigure(record[field])) reject(field, record[field]);
  const kinds = record["kinds"];
  if (!Array.isArray(kinds)) reject("kinds", kinds);
  (kinds as unknown[]).forEach((kind, index) => {
    if (typeof kind !== "object" || kind === null) reject(`kinds.${index}`, kind);
    for (const field of KIND_FIGURES) {
      const value = (kind as Record<string, unknown>)[field];
      if (!isFigure(value)) reject(`kinds.${index}.${field}`, value);
    }
  });
}

/** Classifies each layer kind against the ridge point; price does not matter here. */
function attentionBound(cost: ModelDecodeCost, accelerator: PricedAccelerator): AttentionBound {
  const ridge = pricedPeakFlops(accelerator) / accelerator.hbmBandwidthBytesPerSecond;
  const bounds = new Set(
    cost.kinds
      .filter((kind) => kind.kvBytes > 0 || kind.attentionFlops > 0)
      .map((kind) => (kind.arithmeticIntensity >= ridge ? "compute" : "memory")),
  );
  if (bounds.size === 1) return [...bounds][0] as AttentionBound;
  return bounds.size === 0 ? "none" : "mixed";
}
