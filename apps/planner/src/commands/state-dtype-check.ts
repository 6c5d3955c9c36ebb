import type { ElementType } from "@modelsys/attention";
import type { ModelDescriptor } from "@modelsys/catalog";

import { UsageError } from "../usage-error.js";

/**
 * Rejects `--state-dtype` when none of `models` has a linear-attention layer, because the flag
 * sets the element type of linear-attention states only and would change no figure. With
 * several models it is accepted when at least one of them has such a layer.
 */
export function checkStateElementTypeFlag(models: readonly ModelDescriptor[], stateElementType: ElementType | undefined): void {
  if (stateElementType === undefined) return;
  if (models.some((model) => model.layers.some((layer) => layer.attention.kind === "linear"))) return;

  const ids = [...new Set(models.map((model) => model.id))];
  const subject = ids.length === 1 ? `${ids[0]} has no linear-attention layer` : `none of ${ids.join(", ")} has a linear-attention layer`;
  throw new UsageError(
    `--state-dtype ${stateElementType} sets the element type of linear-attention states, and ${subject}, so it would change nothing. ` +
      "Drop --state-dtype, or pass a model with linear attention, such as minimax-m1 or kimi-linear. Use --kv-dtype for the KV cache of softmax layers.",
  );
}
