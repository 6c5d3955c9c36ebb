import { describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";
import type { AcceleratorTokenCost } from "./token-cost.js";

/** The cheapest attention-FFN split over a set of priced accelerators. */
export interface AfdTokenCost {
  attentionAcceleratorId: string;
  ffnAcceleratorId: string;
  attentionUsdPerMillionTokens: number;
  ffnUsdPerMillionTokens: number;
  usdPerMillionTokens: number;
}

/**
 * Returns the AFD cost of one decoded token: the cheapest attention accelerator plus the cheapest
 * FFN accelerator, which may differ. Returns null when no accelerator has a price. `costs` that
 * `acceleratorTokenCost` did not return are `INVALID_OPTION` naming the entry.
 */
export function afdTokenCost(costs: readonly AcceleratorTokenCost[]): AfdTokenCost | null {
  checkCosts(costs);
  const priced = costs.filter((cost) => cost.priced);
  if (priced.length === 0) return null;

  const attention = minimumBy(priced, (cost) => cost.attentionUsdPerMillionTokens!);
  const ffn = minimumBy(priced, (cost) => cost.ffnUsdPerMillionTokens!);
  const attentionUsd = attention.attentionUsdPerMillionTokens!;
  const ffnUsd = ffn.ffnUsdPerMillionTokens!;
  return {
    attentionAcceleratorId: attention.acceleratorId,
    ffnAcceleratorId: ffn.acceleratorId,
    attentionUsdPerMillionTokens: attentionUsd,
    ffnUsdPerMillionTokens: ffnUsd,
    usdPerMillionTokens: attentionUsd + ffnUsd,
  };
}

function isPrice(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Checks each entry: an accelerator id, and finite costs ≥ 0 wherever `priced` is true. */
function checkCosts(costs: unknown): asserts costs is AcceleratorTokenCost[] {
  const reject = (field: string, value: unknown): never => {
    throw new RooflineError(
      "INVALID_OPTION",
      `Invalid ${field} ${describeValue(value)}: expected the results of acceleratorTokenCost(cost, accelerator), one per accelerator.`,
      { field, value },
    );
  };
  if (!Array.isArray(costs)) reject("costs", costs);
  (costs as unknown[]).forEach((cost, index) => {
    if (typeof cost !== "object" || cost === null) reject(`costs.${index}`, cost);
    const entry = cost as Record<string, unknown>;
    if (typeof entry["acceleratorId"] !== "string") reject(`costs.${index}.acceleratorId`, entry["acceleratorId"]);
    if (typeof entry["priced"] !== "boolean") reject(`costs.${index}.priced`, entry["priced"]);
    if (entry["priced"] !== true) return;
    for (const field of ["attentionUsdPerMillionTokens", "ffnUsdPerMillionTokens"]) {
      if (!isPrice(entry[field])) reject(`costs.${index}.${field}`, entry[field]);
    }
  });
}

function minimumBy<T>(items: readonly T[], value: (item: T) => number): T {
  return items.reduce((best, item) => (value(item) < value(best) ? item : best));
}
