import { PrfaasError } from "./errors.js";
import type { Trace, WorkloadRequest } from "./request.js";
import type { TraceSource } from "./trace-lines.js";
import { malformedRow, parseTokenCount, readTraceSource, readTraceText, type TraceRowReader } from "./trace-reader.js";

/** BurstGPT CSV columns (github.com/HPMLL/BurstGPT); `Timestamp` is in seconds from the trace start. */
const BURSTGPT_COLUMNS = ["Timestamp", "Model", "Request tokens", "Response tokens", "Total tokens", "Log Type"] as const;

/** A decimal number of seconds, such as `5`, `118.5` or `1.2e3`. */
const DECIMAL_SECONDS = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Largest timestamp accepted, in seconds (about 285 years): its µs value stays an exact integer, below 2^53. */
const MAX_TIMESTAMP_S = 9e9;

/** Returns the row reader of the BurstGPT CSV format. */
export function burstGptReader(): TraceRowReader {
  let timestampColumn = 0;
  let requestColumn = 2;
  let responseColumn = 3;
  return {
    format: "burstgpt",
    blockTokens: null,
    skipReason: "zero response tokens (failed requests)",
    header(line) {
      const names = line.text.split(",").map((name) => name.trim());
      const missing = BURSTGPT_COLUMNS.filter((name) => !names.includes(name));
      if (missing.length > 0) {
        throw new PrfaasError(
          "MALFORMED_TRACE",
          `Line ${line.lineNumber}: the BurstGPT header lacks ${missing.join(", ")}: expected the columns ${BURSTGPT_COLUMNS.join(",")}.`,
          { line: line.lineNumber, field: "header", value: line.text },
        );
      }
      timestampColumn = names.indexOf("Timestamp");
      requestColumn = names.indexOf("Request tokens");
      responseColumn = names.indexOf("Response tokens");
    },
    row(line): WorkloadRequest | null {
      const cells = line.text.split(",");
      const rawTime = cells[timestampColumn]?.trim() ?? "";
      // Number() alone would also read "0x10" as 16 s and "0b11" as 3 s.
      const seconds = DECIMAL_SECONDS.test(rawTime) ? Number(rawTime) : Number.NaN;
      if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_TIMESTAMP_S) {
        throw malformedRow(line, "Timestamp", rawTime, `seconds from the trace start, from 0 to ${MAX_TIMESTAMP_S.toLocaleString("en-US")} (about 285 years)`);
      }
      const outputTokens = parseTokenCount(line, "Response tokens", cells[responseColumn]?.trim(), 0);
      // A row with no response is a failed request: BurstGPT logs it, but it used no decode.
      if (outputTokens === 0) return null;
      return {
        arrivalUs: Math.round(seconds * 1e6),
        inputTokens: parseTokenCount(line, "Request tokens", cells[requestColumn]?.trim(), 1),
        outputTokens,
      };
    },
  };
}

/**
 * Parses a BurstGPT CSV (`Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type`).
 * Rows with zero response tokens are failed requests: they are skipped and counted in
 * {@link Trace.skipped}.
 *
 * @throws PrfaasError `MALFORMED_TRACE` naming the line, the column and the value of a bad row.
 */
export function parseBurstGptTrace(text: string): Trace {
  return readTraceText(text, burstGptReader());
}

/** Reads a BurstGPT CSV from text or UTF-8 byte chunks or a Web stream; see {@link parseBurstGptTrace}. */
export function readBurstGptTrace(source: TraceSource): Promise<Trace> {
  return readTraceSource(source, burstGptReader());
}
