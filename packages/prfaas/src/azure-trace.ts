import { PrfaasError } from "./errors.js";
import type { Trace, WorkloadRequest } from "./request.js";
import type { TraceSource } from "./trace-lines.js";
import { malformedRow, parseTokenCount, readTraceSource, readTraceText, type TraceRowReader } from "./trace-reader.js";

const AZURE_COLUMNS = ["TIMESTAMP", "ContextTokens", "GeneratedTokens"] as const;
/**
 * Date, time, optional fraction and optional UTC offset. The 2023 files write
 * `2023-11-16 18:17:03.9799600`, and the 2024 files add an offset, as in
 * `2024-05-10 00:00:00.009930+00:00`.
 */
const AZURE_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * Parses an Azure wall-clock timestamp such as `2023-11-16 18:17:03.9799600` or
 * `2024-05-10 00:00:00.009930+00:00` by hand into microseconds since 1970 UTC. A time without an
 * offset counts as UTC, and an offset such as `+02:00` or `Z` is subtracted. `Date` neither parses
 * these forms portably nor keeps digits below 1 ms. Returns null for text of another form or a
 * field out of range, such as month 13, 30 February, minute 60 or offset +24:00.
 * NOTE: before about 1685 the result exceeds 2^53 µs, so the fraction rounds by up to 4 µs.
 */
export function parseAzureTimestampUs(text: string): number | null {
  const match = AZURE_TIMESTAMP.exec(text.trim());
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const fraction = match[7] ?? "";
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  const offsetSeconds = utcOffsetSeconds(match[9], match[10], match[11]);
  if (offsetSeconds === null) return null;
  const days = utcDaysSince1970(year, month, day);
  const seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
  const micros = Math.round(Number(`0.${fraction || "0"}`) * 1e6);
  return seconds * 1e6 + micros;
}

/**
 * Returns the days from 1970-01-01 to a checked Gregorian date. `setUTCFullYear` takes the year
 * as given, while `Date.UTC` maps years 0 to 99 to 1900 to 1999. A field out of range would roll
 * into the next one, so the caller checks the fields first.
 */
function utcDaysSince1970(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / 86_400_000;
}

/**
 * Returns the seconds east of UTC of an offset `±HH:MM`, 0 without one or for `Z`, or null for
 * hours above 23 or minutes above 59.
 */
function utcOffsetSeconds(sign: string | undefined, hours: string | undefined, minutes: string | undefined): number | null {
  if (sign === undefined) return 0;
  const [hourCount, minuteCount] = [Number(hours), Number(minutes)];
  if (hourCount > 23 || minuteCount > 59) return null;
  return (sign === "-" ? -1 : 1) * (hourCount * 3600 + minuteCount * 60);
}

/** Days in `month` (1–12) of `year` in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns the row reader of the Azure LLM inference CSV format. */
export function azureReader(): TraceRowReader {
  let columns: Record<(typeof AZURE_COLUMNS)[number], number> | null = null;
  let originUs: number | null = null;
  return {
    format: "azure",
    blockTokens: null,
    header(line) {
      const names = line.text.split(",").map((name) => name.trim());
      const found = AZURE_COLUMNS.map((name) => names.indexOf(name));
      const missing = AZURE_COLUMNS.filter((_, index) => found[index] === -1);
      if (missing.length > 0) {
        throw new PrfaasError(
          "MALFORMED_TRACE",
          `Line ${line.lineNumber}: the Azure trace header lacks ${missing.join(", ")}: expected the columns ${AZURE_COLUMNS.join(",")}.`,
          { line: line.lineNumber, field: "header", value: line.text },
        );
      }
      columns = { TIMESTAMP: found[0]!, ContextTokens: found[1]!, GeneratedTokens: found[2]! };
    },
    row(line): WorkloadRequest {
      const cells = line.text.split(",");
      const at = columns!;
      const timestamp = cells[at.TIMESTAMP] ?? "";
      const timeUs = parseAzureTimestampUs(timestamp);
      if (timeUs === null) throw malformedRow(line, "TIMESTAMP", timestamp, "a valid date and time like 2023-11-16 18:17:03.9799600 or 2024-05-10 00:00:00.009930+00:00");
      originUs ??= timeUs;
      return {
        arrivalUs: timeUs - originUs,
        inputTokens: parseTokenCount(line, "ContextTokens", cells[at.ContextTokens], 1),
        outputTokens: parseTokenCount(line, "GeneratedTokens", cells[at.GeneratedTokens], 0),
      };
    },
  };
}

/**
 * Parses an Azure LLM inference trace CSV (`TIMESTAMP,ContextTokens,GeneratedTokens`, the 2023
 * and 2024 files of Azure/AzurePublicDataset). Arrivals count from the first row. The files
 * have no prefix information.
 *
 * @throws PrfaasError `MALFORMED_TRACE` naming the line, the column and the value of a bad row.
 */
export function parseAzureTrace(text: string): Trace {
  return readTraceText(text, azureReader());
}

/** Reads an Azure trace CSV from text or UTF-8 byte chunks or a Web stream; see {@link parseAzureTrace}. */
export function readAzureTrace(source: TraceSource): Promise<Trace> {
  return readTraceSource(source, azureReader());
}
