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
 * FFN accelerator, which may differ. Returns null when no accelerator has a price.
 */
export function afdTokenCost(costs: readonly AcceleratorTokenCost[]): AfdTokenCost | null {
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

function minimumBy<T>(items: readonly T[], value: (item: T) => number): T {
  return items.reduce((best, item) => (value(item) < value(best) ? item : best));
}
