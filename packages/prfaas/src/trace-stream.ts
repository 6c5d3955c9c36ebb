import { azureReader } from "./azure-trace.js";
import { burstGptReader } from "./burstgpt-trace.js";
import { mooncakeReader } from "./mooncake-trace.js";
import type { Trace, WorkloadRequest } from "./request.js";
import { splitChunkLines, type TraceChunk } from "./trace-lines.js";
import { TraceRowParser, type TraceRowReader } from "./trace-reader.js";

/** The trace file formats the loaders read. */
export type TraceFormat = "mooncake" | "azure" | "burstgpt";

const READERS: Record<TraceFormat, () => TraceRowReader> = { mooncake: mooncakeReader, azure: azureReader, burstgpt: burstGptReader };

/**
 * A trace that is read again, line by line, each time it is iterated, so memory contains one
 * chunk and one line instead of every request. Iterating applies the checks of `parseMooncakeTrace`,
 * `parseAzureTrace` and `parseBurstGptTrace` and throws their `PrfaasError`s. After a complete
 * iteration, {@link requests} and {@link skipped} hold its counts.
 */
export class TraceStream implements Iterable<WorkloadRequest> {
  /** Tokens per `hashIds` block, or null without prefix information. */
  readonly blockTokens: number | null;
  /** Requests of the last complete iteration, or null before one. */
  requests: number | null = null;
  /** Rows the last complete iteration skipped, with the reason (BurstGPT failed requests). */
  skipped: Trace["skipped"] = null;

  /**
   * @param openChunks Returns a new iterable over the trace's text in chunks, once per iteration.
   */
  constructor(
    readonly format: TraceFormat,
    private readonly openChunks: () => Iterable<TraceChunk>,
  ) {
    this.blockTokens = READERS[format]().blockTokens;
  }

  *[Symbol.iterator](): Generator<WorkloadRequest> {
    const parser = new TraceRowParser(READERS[this.format]());
    for (const line of splitChunkLines(this.openChunks())) {
      const request = parser.parse(line);
      if (request !== null) yield request;
    }
    parser.finish();
    this.requests = parser.requests;
    this.skipped = parser.skipped;
  }
}

/**
 * Returns a {@link TraceStream} of `format` over the chunks `openChunks` returns, for traces too
 * large to hold: pass it straight to `simulate`, which consumes requests lazily.
 *
 * @example
 * ```ts
 * const trace = streamTrace("mooncake", () => [text.slice(0, 1000), text.slice(1000)]);
 * let inputTokens = 0;
 * for (const request of trace) inputTokens += request.inputTokens;
 * ```
 */
export function streamTrace(format: TraceFormat, openChunks: () => Iterable<TraceChunk>): TraceStream {
  return new TraceStream(format, openChunks);
}
