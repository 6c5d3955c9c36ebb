import type { LayerStageTimes } from "./stage-times.js";

/** What stops a layout from taking one more token per attention GPU. */
export type BindingConstraint =
  | "attention-memory-bandwidth"
  | "attention-compute"
  | "network"
  | "ffn-compute"
  | "ffn-weight-read"
  | "attention-hbm-capacity"
  | "ffn-hbm-capacity"
  | "ffn-parallelism"
  | "tpot-target"
  | "search-limit";

/**
 * Returns the stage part that contributes most time to the layers' sum of slowest stages: the
 * constraint a larger batch runs into. `counts[i]`, default 1, is how many layers `layers[i]`
 * stands for.
 */
export function dominantStage(layers: readonly LayerStageTimes[], counts?: readonly number[]): BindingConstraint {
  const totals = new Map<BindingConstraint, number>();
  let count = 1;
  const add = (key: BindingConstraint, us: number) => totals.set(key, (totals.get(key) ?? 0) + count * us);

  for (const [index, layer] of layers.entries()) {
    count = counts?.[index] ?? 1;
    const comm = Math.max(layer.commUs, layer.attentionToFfnUs, layer.ffnToAttentionUs);
    if (layer.layerUs === layer.attentionUs) {
      add(layer.attentionComputeUs >= layer.attentionMemoryUs ? "attention-compute" : "attention-memory-bandwidth", layer.layerUs);
    } else if (layer.layerUs === layer.ffnUs) {
      add(layer.ffnComputeUs >= layer.ffnWeightReadUs ? "ffn-compute" : "ffn-weight-read", layer.layerUs);
    } else if (layer.layerUs === comm) {
      add("network", layer.layerUs);
    }
  }

  let best: BindingConstraint = "tpot-target";
  let bestUs = -1;
  for (const [key, us] of totals) {
    if (us > bestUs) {
      best = key;
      bestUs = us;
    }
  }
  return best;
}
