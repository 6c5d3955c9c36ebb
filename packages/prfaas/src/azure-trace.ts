import { PrfaasError } from "./errors.js";
import type { Trace, WorkloadRequest } from "./request.js";
import type { TraceSource } from "./trace-lines.js";
import { malformedRow, parseTokenCount, readTraceSource, readTraceText, type TraceRowReader } from "./trace-reader.js";

const AZURE_COLUMNS = ["TIMESTAMP", "ContextTokens", "GeneratedTokens"] as const;
const AZURE_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;

/**
 * Parses an Azure wall-clock timestamp such as `2023-11-16 18:17:03.9799600` by hand into
 * microseconds since 1970 (UTC assumed; only differences are used). `Date` neither parses this
 * form portably nor keeps digits below 1 ms.
 */
export function parseAzureTimestampUs(text: string): number | null {
  const match = AZURE_TIMESTAMP.exec(text.trim());
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, fraction = ""] = match;
  const days = Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
  const seconds = days * 86_400 + Number(hour) * 3600 + Number(minute) * 60 + Number(second);
  const micros = Math.round(Number(`0.${fraction || "0"}`) * 1e6);
  return seconds * 1e6 + micros;
}

function azureReader(): TraceRowReader {
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
      if (timeUs === null) throw malformedRow(line, "TIMESTAMP", timestamp, "a timestamp like 2023-11-16 18:17:03.9799600");
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

/** Reads an Azure trace CSV from text chunks or a Web stream; see {@link parseAzureTrace}. */
export function readAzureTrace(source: TraceSource): Promise<Trace> {
  return readTraceSource(source, azureReader());
}
