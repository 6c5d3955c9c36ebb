import { MAX_REQUEST_TOKENS, PrfaasError } from "./errors.js";
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

/**
 * Turns the lines of one trace into requests with the rules every format shares. Blank lines are
 * ignored and a byte-order mark on line 1 is dropped. The first line is the header where the
 * format has one. Rows the reader skips are counted, and arrivals may not go back in time.
 */
export class TraceRowParser {
  /** Requests returned so far. */
  requests = 0;
  /** Rows the reader skipped on purpose. */
  skippedRows = 0;
  private seenHeader = false;
  private previousUs: number | null = null;
  private previousLine = 0;

  constructor(readonly reader: TraceRowReader) {}

  /** Returns the request on `raw`, or null for a blank, header or skipped line. */
  parse(raw: TraceLine): WorkloadRequest | null {
    const line = withoutByteOrderMark(raw);
    if (line.text.trim() === "") return null;
    if (this.reader.header !== undefined && !this.seenHeader) {
      this.seenHeader = true;
      this.reader.header(line);
      return null;
    }
    const request = this.reader.row(line);
    if (request === null) {
      this.skippedRows++;
      return null;
    }
    if (this.previousUs !== null && request.arrivalUs < this.previousUs) {
      const earlierMs = (this.previousUs - request.arrivalUs) / 1000;
      throw new PrfaasError(
        "MALFORMED_TRACE",
        `Line ${line.lineNumber}: timestamp goes back in time, ${earlierMs.toLocaleString("en-US", { maximumFractionDigits: 3 })} ms before the row on line ${this.previousLine}: sort the file by timestamp.`,
        { line: line.lineNumber, field: "timestamp", value: request.arrivalUs },
      );
    }
    this.previousUs = request.arrivalUs;
    this.previousLine = line.lineNumber;
    this.requests++;
    return request;
  }

  /** Throws `EMPTY_INPUT` when no line held a request, naming the rows skipped on purpose if there were any. */
  finish(): void {
    if (this.requests === 0 && this.skippedRows > 0) {
      const rows = this.skippedRows === 1 ? "its only row was" : `all ${this.skippedRows.toLocaleString("en-US")} rows were`;
      throw new PrfaasError(
        "EMPTY_INPUT",
        `The ${this.reader.format} trace has no request rows: ${rows} skipped for ${this.reader.skipReason ?? "the format's skip rule"}. Pass a trace with at least one request that can be simulated.`,
      );
    }
    if (this.requests === 0) {
      throw new PrfaasError("EMPTY_INPUT", `The ${this.reader.format} trace has no request rows: check that the file is not empty.`);
    }
  }

  /** The skipped rows with their reason, or null when none were skipped. */
  get skipped(): Trace["skipped"] {
    return this.skippedRows === 0 ? null : { rows: this.skippedRows, reason: this.reader.skipReason ?? "skipped" };
  }
}

/** Drops a UTF-8 byte-order mark (U+FEFF) at the start of the first line, as some Windows editors write one. */
function withoutByteOrderMark(line: TraceLine): TraceLine {
  if (line.lineNumber !== 1 || line.text.charCodeAt(0) !== 0xfeff) return line;
  return { text: line.text.slice(1), lineNumber: 1 };
}

/** Reads a whole trace text with `reader`. */
export function readTraceText(text: string, reader: TraceRowReader): Trace {
  const parser = new TraceRowParser(reader);
  const requests: WorkloadRequest[] = [];
  for (const line of splitLines(text)) {
    const request = parser.parse(line);
    if (request !== null) requests.push(request);
  }
  return toTrace(parser, requests);
}

/** Reads a trace from text, an iterable of chunks or a Web stream with `reader`. */
export async function readTraceSource(source: TraceSource, reader: TraceRowReader): Promise<Trace> {
  const parser = new TraceRowParser(reader);
  const requests: WorkloadRequest[] = [];
  for await (const line of splitLinesAsync(source)) {
    const request = parser.parse(line);
    if (request !== null) requests.push(request);
  }
  return toTrace(parser, requests);
}

function toTrace(parser: TraceRowParser, requests: WorkloadRequest[]): Trace {
  parser.finish();
  return { format: parser.reader.format, requests, blockTokens: parser.reader.blockTokens, skipped: parser.skipped };
}

/** Returns the `MALFORMED_TRACE` error for `field` of the row on `line`. An undefined `value` is reported as a missing field. */
export function malformedRow(line: TraceLine, field: string, value: unknown, expected: string): PrfaasError {
  const problem = value === undefined ? `missing ${field}` : `invalid ${field} ${JSON.stringify(value) ?? String(value)}`;
  return new PrfaasError("MALFORMED_TRACE", `Line ${line.lineNumber}: ${problem}: expected ${expected}. Fix or remove that row.`, {
    line: line.lineNumber,
    field,
    value,
  });
}

/** Parses a whole number of tokens from `minimum` to {@link MAX_REQUEST_TOKENS} from a trace field. */
export function parseTokenCount(line: TraceLine, field: string, raw: unknown, minimum: number): number {
  const value = typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum || value > MAX_REQUEST_TOKENS) {
    throw malformedRow(line, field, raw, `a whole number of tokens from ${minimum} to ${MAX_REQUEST_TOKENS.toLocaleString("en-US")}`);
  }
  return value;
}
