import { PrfaasError } from "./errors.js";
import type { Trace, WorkloadRequest } from "./request.js";
import { splitLines, splitLinesAsync, type TraceLine, type TraceSource } from "./trace-lines.js";

/** Reads the rows of one trace format; `row` returns null for a row it skips on purpose. */
export interface TraceRowReader {
  readonly format: Trace["format"];
  readonly blockTokens: number | null;
  /** Called with the first non-blank line when the format has a header. */
  header?(line: TraceLine): void;
  row(line: TraceLine): WorkloadRequest | null;
  /** Why skipped rows were skipped, for {@link Trace.skipped}. */
  readonly skipReason?: string;
}

/** Collects rows into a trace, checking that arrivals never go back in time. */
class TraceCollector {
  readonly requests: WorkloadRequest[] = [];
  private skippedRows = 0;
  private seenHeader = false;

  constructor(private readonly reader: TraceRowReader) {}

  add(line: TraceLine): void {
    if (line.text.trim() === "") return;
    if (this.reader.header !== undefined && !this.seenHeader) {
      this.seenHeader = true;
      this.reader.header(line);
      return;
    }
    const request = this.reader.row(line);
    if (request === null) {
      this.skippedRows++;
      return;
    }
    const previous = this.requests[this.requests.length - 1];
    if (previous !== undefined && request.arrivalUs < previous.arrivalUs) {
      throw new PrfaasError(
        "MALFORMED_TRACE",
        `Line ${line.lineNumber}: timestamp goes back in time (${request.arrivalUs} µs after ${previous.arrivalUs} µs): sort the file by timestamp.`,
        { line: line.lineNumber, field: "timestamp", value: request.arrivalUs },
      );
    }
    this.requests.push(request);
  }

  finish(): Trace {
    if (this.requests.length === 0) {
      throw new PrfaasError("EMPTY_INPUT", `The ${this.reader.format} trace has no request rows: check that the file is not empty.`);
    }
    return {
      format: this.reader.format,
      requests: this.requests,
      blockTokens: this.reader.blockTokens,
      skipped: this.skippedRows === 0 ? null : { rows: this.skippedRows, reason: this.reader.skipReason ?? "skipped" },
    };
  }
}

/** Reads a whole trace text with `reader`. */
export function readTraceText(text: string, reader: TraceRowReader): Trace {
  const collector = new TraceCollector(reader);
  for (const line of splitLines(text)) collector.add(line);
  return collector.finish();
}

/** Reads a trace from text, an iterable of chunks or a Web stream with `reader`. */
export async function readTraceSource(source: TraceSource, reader: TraceRowReader): Promise<Trace> {
  const collector = new TraceCollector(reader);
  for await (const line of splitLinesAsync(source)) collector.add(line);
  return collector.finish();
}

/** Throws `MALFORMED_TRACE` for `field` of the row on `line`. */
export function malformedRow(line: TraceLine, field: string, value: unknown, expected: string): PrfaasError {
  return new PrfaasError(
    "MALFORMED_TRACE",
    `Line ${line.lineNumber}: invalid ${field} ${JSON.stringify(value) ?? String(value)}: expected ${expected}. Fix or remove that row.`,
    { line: line.lineNumber, field, value },
  );
}

/** Parses a whole number of tokens of at least `minimum` from a trace field. */
export function parseTokenCount(line: TraceLine, field: string, raw: unknown, minimum: number): number {
  const value = typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
    throw malformedRow(line, field, raw, `a whole number of tokens of at least ${minimum}`);
  }
  return value;
}
