import type { ElementType, MlaFlopConvention } from "@modelsys/attention";
import type { ModelDescriptor } from "@modelsys/catalog";

import { UsageError } from "../usage-error.js";

/**
 * Rejects `--state-dtype` when none of `models` has a linear-attention layer, because the flag
 * sets the element type of linear-attention states only and would change no figure. With
 * several models it is accepted when at least one of them has such a layer.
 */
export function checkStateElementTypeFlag(models: readonly ModelDescriptor[], stateElementType: ElementType | undefined): void {
  if (stateElementType === undefined || hasAttentionKind(models, "linear")) return;

  throw new UsageError(
    `--state-dtype ${stateElementType} sets the element type of linear-attention states, and ${lackingModels(models, "a linear-attention layer")}, so it would change nothing. ` +
      "Drop --state-dtype, or pass a model with linear attention, such as minimax-m1 or kimi-linear. Use --kv-dtype for the KV cache of softmax layers.",
  );
}

/**
 * Rejects `--mla-flops` given on the command line when none of `models` has an MLA layer,
 * because the convention counts the attention FLOPs of MLA layers only. `mlaFlops` is undefined
 * when the flag was not given.
 */
export function checkMlaFlopsFlag(models: readonly ModelDescriptor[], mlaFlops: MlaFlopConvention | undefined): void {
  if (mlaFlops === undefined || hasAttentionKind(models, "mla")) return;

  throw new UsageError(
    `--mla-flops ${mlaFlops} sets how the attention FLOPs of MLA layers are counted, and ${lackingModels(models, "an MLA layer")}, so it would change nothing. ` +
      "Drop --mla-flops, or pass a model with MLA, such as deepseek-v3, kimi-k2 or kimi-linear.",
  );
}

function hasAttentionKind(models: readonly ModelDescriptor[], kind: "linear" | "mla"): boolean {
  return models.some((model) => model.layers.some((layer) => layer.attention.kind === kind));
}

/** Returns "qwen3-32b has no <layer>", or "none of a, b has <layer>" for several models. */
function lackingModels(models: readonly ModelDescriptor[], layer: string): string {
  const ids = [...new Set(models.map((model) => model.id))];
  return ids.length === 1 ? `${ids[0]} has no ${layer.replace(/^an? /, "")}` : `none of ${ids.join(", ")} has ${layer}`;
}
