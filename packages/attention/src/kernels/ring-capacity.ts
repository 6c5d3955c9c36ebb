import { AttentionError } from "../errors.js";
import type { AttentionMask } from "./masks.js";

/**
 * Returns the lowest key position that a query at `position` can see under `mask`. Every mask
 * kind gives a value that never decreases with the query position, so the first query of a
 * decode step reads the oldest key of the step.
 */
function oldestVisiblePosition(mask: AttentionMask, position: number): number {
  switch (mask.kind) {
    case "none":
    case "causal":
      return 0;
    case "sliding":
      // Sink tokens 0 … sinkTokens − 1 stay visible to every later query (StreamingLLM).
      return (mask.sinkTokens ?? 0) > 0 ? 0 : Math.max(0, position - mask.window + 1);
    case "chunked":
      return Math.floor(position / mask.chunkSize) * mask.chunkSize;
    case "band":
      return Math.max(0, position - mask.left);
  }
}

/**
 * Returns the ring capacity that `mask` needs at every step when each step appends `added`
 * tokens, with the rule as text. Returns `undefined` when the keys a query reads grow with the
 * sequence, because then only a growing cache keeps them.
 */
function capacityRule(mask: AttentionMask, added: number): { capacity: number; rule: string } | undefined {
  switch (mask.kind) {
    case "none":
    case "causal":
      return undefined;
    case "sliding":
      if ((mask.sinkTokens ?? 0) > 0) return undefined;
      return { capacity: mask.window + added - 1, rule: "W + c − 1" };
    case "chunked":
      return { capacity: mask.chunkSize + added - 1, rule: "chunkSize + c − 1" };
    case "band":
      return { capacity: mask.left + added, rule: "left + c" };
  }
}

function describeMask(mask: AttentionMask): string {
  switch (mask.kind) {
    case "none":
      return "a mask of kind none reads every cached token";
    case "causal":
      return "a causal mask reads every earlier token";
    case "sliding":
      return (mask.sinkTokens ?? 0) > 0
        ? `a sliding window with ${mask.sinkTokens} sink tokens reads positions 0 … ${mask.sinkTokens! - 1} at every step, which a ring overwrites once the sequence passes its capacity`
        : `a sliding window of ${mask.window} keys`;
    case "chunked":
      return `chunks of ${mask.chunkSize} tokens`;
    case "band":
      return `a band reaching ${mask.left} keys back`;
  }
}

/**
 * Throws `INVALID_ARGUMENT` naming `capacity` when a ring of `capacity` slots cannot serve a
 * decode step. The ring contains the last `capacity` of positions `0 … length − 1`, and the
 * step appends `added` tokens and attends `queries` queries from position `length` on. After
 * the append the ring keeps the last `capacity` positions, so the oldest key that the first
 * query reads under `mask` must be among them. A window of `W` keys needs
 * `capacity ≥ W + c − 1` for steps of `c` tokens (llama.cpp sizes its SWA cache as
 * `n_swa + n_ubatch` for this reason), and a causal mask or sink tokens need a growing cache.
 */
export function checkRingCapacity(capacity: number, mask: AttentionMask, length: number, added: number, queries: number): void {
  if (queries === 0) return;
  const oldestKept = Math.max(0, length + added - capacity);
  if (oldestVisiblePosition(mask, length) >= oldestKept) return;

  const rule = capacityRule(mask, added);
  const fix =
    rule === undefined
      ? `${describeMask(mask)}, so use a GrowingKvCache`
      : `${describeMask(mask)} with c = ${added} new tokens per step needs capacity ≥ ${rule.rule} = ${rule.capacity}; create the ring with that capacity or append fewer tokens per step`;
  throw new AttentionError(
    "INVALID_ARGUMENT",
    `RingKvCache capacity = ${capacity} cannot hold every key this decode step reads at positions ${length} … ${length + queries - 1}: ${fix}.`,
    { field: "capacity", value: capacity },
  );
}
