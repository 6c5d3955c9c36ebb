import type { ModelDecodeCost } from "./model-decode-cost.js";
import { pricedPeakFlops, type PricedAccelerator } from "./priced-accelerator.js";

/** Card-seconds of one decoded token, the time behind its USD figures. */
export interface DecodeCardSeconds {
  attention: number;
  ffn: number;
  colocated: number;
}

/**
 * Returns the card-seconds one decoded token takes at 100 % of the priced peak and of HBM
 * bandwidth: attention `Σ max(F_attn / F, B_kv / BW) + F_linear / F` over the kinds (or over the
 * model totals with `modelTotal`), FFN `F_ffn / F`. Multiplied by the price per card-second they
 * give the USD figures. Large batches amortise them, so they are not a per-step latency.
 */
export function decodeCardSeconds(cost: ModelDecodeCost, accelerator: PricedAccelerator, perKind: boolean): DecodeCardSeconds {
  const peak = pricedPeakFlops(accelerator);
  const bandwidth = accelerator.hbmBandwidthBytesPerSecond;
  const kinds = perKind ? cost.kinds : [cost];
  const attentionCore = kinds.reduce((total, kind) => total + Math.max(kind.attentionFlops / peak, kind.kvBytes / bandwidth), 0);
  const attention = attentionCore + cost.linearFlops / peak;
  const ffn = cost.ffnFlops / peak;
  return { attention, ffn, colocated: attention + ffn };
}
