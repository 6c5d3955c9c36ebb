import { PrfaasError } from "./errors.js";
import type { Trace, WorkloadRequest } from "./request.js";
import type { TraceLine, TraceSource } from "./trace-lines.js";
import { malformedRow, parseTokenCount, readTraceSource, readTraceText, type TraceRowReader } from "./trace-reader.js";

/**
 * Tokens per `hash_ids` block in the Mooncake FAST'25 traces: `hash_ids.length` equals
 * ceil(input_length / 512) on every row (kvcache-ai/Mooncake, FAST25-release/traces, commit
 * 3b5a594133958449a1feaf1c9e0fc1b553e34a28).
 */
export const MOONCAKE_BLOCK_TOKENS = 512;

/** Largest timestamp accepted, in ms (about 285 years): its µs value stays an exact integer, below 2^53. */
const MAX_TIMESTAMP_MS = 9e12;

/** Returns the row reader of the Mooncake JSONL format. */
export function mooncakeReader(): TraceRowReader {
  return {
    format: "mooncake",
    blockTokens: MOONCAKE_BLOCK_TOKENS,
    row(line): WorkloadRequest {
      let row: unknown;
      try {
        row = JSON.parse(line.text);
      } catch {
        throw malformedRow(line, "row", line.text.slice(0, 40), "one JSON object per line");
      }
      if (typeof row !== "object" || row === null || Array.isArray(row)) {
        throw malformedRow(line, "row", row, "a JSON object with timestamp, input_length, output_length and hash_ids");
      }
      const record = row as Record<string, unknown>;
      const timestamp = record["timestamp"];
      if (typeof timestamp !== "number" || !Number.isFinite(timestamp) || timestamp < 0 || timestamp > MAX_TIMESTAMP_MS) {
        throw malformedRow(line, "timestamp", timestamp, `milliseconds from the trace start, from 0 to ${MAX_TIMESTAMP_MS.toLocaleString("en-US")} (about 285 years)`);
      }
      const inputTokens = parseTokenCount(line, "input_length", record["input_length"], 1);
      const outputTokens = parseTokenCount(line, "output_length", record["output_length"], 0);
      const hashIds = record["hash_ids"];
      const expectedBlocks = Math.ceil(inputTokens / MOONCAKE_BLOCK_TOKENS);
      if (!Array.isArray(hashIds)) {
        throw malformedRow(line, "hash_ids", hashIds, `an array of ceil(input_length / ${MOONCAKE_BLOCK_TOKENS}) = ${blockIds(expectedBlocks)}`);
      }
      if (hashIds.length !== expectedBlocks) throw blockCountMismatch(line, hashIds.length, inputTokens, expectedBlocks);
      const seenIds = new Set<number>();
      for (const id of hashIds) {
        if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 0) {
          throw malformedRow(line, "hash_ids", id, "non-negative whole-number block ids");
        }
        // The k-th id names the whole k-block prefix, so an id repeated in one row would let the
        // prefix cache match blocks that were never stored.
        if (seenIds.has(id)) throw malformedRow(line, "hash_ids", id, "distinct block ids within a row, because each id names a different prefix");
        seenIds.add(id);
      }
      // Millisecond timestamps become integer microseconds.
      return { arrivalUs: Math.round(timestamp * 1000), inputTokens, outputTokens, hashIds: hashIds as number[] };
    },
  };
}

function blockIds(count: number): string {
  return `${count.toLocaleString("en-US")} block ${count === 1 ? "id" : "ids"}`;
}

/** Returns the `MALFORMED_TRACE` error of a row whose `hash_ids` has another length than its input needs. */
function blockCountMismatch(line: TraceLine, count: number, inputTokens: number, expectedBlocks: number): PrfaasError {
  const needs = `ceil(${inputTokens} / ${MOONCAKE_BLOCK_TOKENS}) = ${blockIds(expectedBlocks)}, one per ${MOONCAKE_BLOCK_TOKENS}-token block`;
  return new PrfaasError("MALFORMED_TRACE", `Line ${line.lineNumber}: hash_ids has ${blockIds(count)}, but input_length ${inputTokens} needs ${needs}. Fix or remove that row.`, {
    line: line.lineNumber,
    field: "hash_ids",
    value: count,
  });
}

/**
 * Parses a Mooncake JSONL trace (`{"timestamp", "input_length", "output_length", "hash_ids"}` per
 * line, timestamps in milliseconds). Ties keep file order.
 *
 * @throws PrfaasError `MALFORMED_TRACE` naming the line, the field and the value of a bad row.
 */
export function parseMooncakeTrace(text: string): Trace {
  return readTraceText(text, mooncakeReader());
}

/** Reads a Mooncake JSONL trace from text or UTF-8 byte chunks or a Web stream; see {@link parseMooncakeTrace}. */
export function readMooncakeTrace(source: TraceSource): Promise<Trace> {
  return readTraceSource(source, mooncakeReader());
}
