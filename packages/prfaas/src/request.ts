/**
 * One request of a workload: when it arrives, its prompt and output lengths, and optionally the
 * prefix-chained block ids of its prompt.
 */
export interface WorkloadRequest {
  /** Arrival time in integer microseconds from the start of the workload. */
  arrivalUs: number;
  /** Prompt length in tokens, at least 1. */
  inputTokens: number;
  /** Output length in tokens, at least 0. */
  outputTokens: number;
  /**
   * Prefix-chained block ids (Mooncake's `hash_ids`): the k-th id names the whole prefix of k
   * blocks, so two requests that share their first k ids share that prefix. Absent when the
   * workload has no prefix information.
   */
  hashIds?: readonly number[];
}

/** A workload read from a trace file, with what was skipped and the block size of its ids. */
export interface Trace {
  /** Source format of the rows. */
  format: "mooncake" | "azure" | "burstgpt" | "synthetic";
  /** Requests in arrival order; ties keep file order. */
  requests: WorkloadRequest[];
  /** Tokens per `hashIds` block, or null without prefix information. */
  blockTokens: number | null;
  /** Rows that were read but left out, with the reason (BurstGPT failed requests). */
  skipped: { rows: number; reason: string } | null;
}
