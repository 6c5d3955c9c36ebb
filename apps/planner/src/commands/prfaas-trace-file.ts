// Trace files for `planner prfaas simulate`, read in chunks so that memory does not grow with the
// file: the library parses each line and the simulator consumes the requests lazily.
import { closeSync, openSync, readSync, statSync } from "node:fs";

import { isPrfaasError, streamTrace, type TraceFormat, type TraceStream } from "@modelsys/prfaas";

import { UsageError } from "../usage-error.js";
import { gunzipChunks, isGzip } from "./prfaas-gunzip.js";

/** Bytes read from the file at a time. */
const CHUNK_BYTES = 1 << 20;

/** Bytes searched for the first line when guessing the format. */
const FORMAT_PROBE_BYTES = 1 << 20;

/**
 * Returns the file at `path` as UTF-8 text in chunks of about 1 MiB, read synchronously. A
 * gzip-compressed file is decompressed as it is read. The decoder keeps a character split between
 * two chunks whole. The file closes when the iteration ends or stops early.
 */
export function* readFileChunks(path: string): Generator<string> {
  const decoder = new TextDecoder("utf-8");
  for (const bytes of readTraceBytes(path)) yield decoder.decode(bytes, { stream: true });
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** Returns the bytes of the file at `path`, decompressed when it starts with the gzip magic bytes. */
function* readTraceBytes(path: string): Generator<Uint8Array> {
  const chunks = readByteChunks(path);
  try {
    const first = chunks.next();
    if (first.done === true) return;
    if (!isGzip(first.value)) {
      yield first.value;
      yield* rest(chunks);
      return;
    }
    let decompressedBytes = 0;
    try {
      for (const bytes of gunzipChunks(prepend(first.value, chunks))) {
        decompressedBytes += bytes.length;
        yield bytes;
      }
    } catch (error) {
      throw new UsageError(`Invalid --trace "${path}": the gzip data is corrupt or truncated (${(error as Error).message}). Check the file with gzip -t.`);
    }
    // fflate 0.8.3 raises no error for a file cut off in its 10-byte header or early in the first
    // deflate block, and returns no data, so the file would otherwise pass for an empty trace.
    if (decompressedBytes === 0) {
      throw new UsageError(`Invalid --trace "${path}": the gzip data decompresses to 0 bytes, so the file is empty or truncated. Check the file with gzip -t.`);
    }
  } finally {
    // Closes the file when the reader stops early, such as after the first line.
    chunks.return(undefined);
  }
}

/** Yields the remaining items of `iterator` without closing it when the caller stops early. */
function* rest(iterator: Iterator<Uint8Array>): Generator<Uint8Array> {
  for (let next = iterator.next(); next.done !== true; next = iterator.next()) yield next.value;
}

function* prepend(first: Uint8Array, iterator: Iterator<Uint8Array>): Generator<Uint8Array> {
  yield first;
  yield* rest(iterator);
}

/** Returns the raw bytes of the file at `path` in chunks of one reused 1 MiB buffer. */
function* readByteChunks(path: string): Generator<Uint8Array> {
  const descriptor = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let bytes = readSync(descriptor, buffer, 0, CHUNK_BYTES, null); bytes > 0; bytes = readSync(descriptor, buffer, 0, CHUNK_BYTES, null)) {
      yield buffer.subarray(0, bytes);
    }
  } finally {
    closeSync(descriptor);
  }
}

/** Returns the first non-blank line of the file, from at most its first 1 MiB. */
function firstLine(path: string): string {
  let text = "";
  for (const chunk of readFileChunks(path)) {
    text += chunk;
    const start = text.trimStart();
    if (start.includes("\n") || text.length >= FORMAT_PROBE_BYTES) break;
  }
  const start = text.trimStart();
  const newline = start.indexOf("\n");
  return newline === -1 ? start : start.slice(0, newline);
}

/** Guesses the format of a trace file from its first line: JSON for Mooncake, or the CSV header. */
function detectFormat(path: string): TraceFormat {
  const header = firstLine(path);
  if (header === "") throw new UsageError(`Invalid --trace "${path}": the file is empty. Pass a Mooncake JSONL, Azure CSV or BurstGPT CSV file with at least one request.`);
  if (header.startsWith("{")) return "mooncake";
  if (header.includes("ContextTokens")) return "azure";
  if (header.includes("Request tokens")) return "burstgpt";
  throw new UsageError(`Cannot tell the format of ${path}: pass --format mooncake, azure or burstgpt.`);
}

/**
 * Opens the trace at `path` as a stream that reads the file again on each iteration. With
 * `format` `auto`, the first line decides the format. The file is read once here, before any
 * simulation starts, to check every row and count the requests.
 *
 * @throws UsageError when the file is missing, unreadable or not a trace; the library's
 *   `PrfaasError` naming the line of a malformed row.
 */
export function openTraceFile(path: string, format: TraceFormat | "auto"): { trace: TraceStream; requests: number } {
  try {
    if (!statSync(path).isFile()) throw new UsageError(`The trace ${path} is not a file: pass the path of a Mooncake JSONL, Azure CSV or BurstGPT CSV file.`);
    const trace = streamTrace(format === "auto" ? detectFormat(path) : format, () => readFileChunks(path));
    // One pass that keeps nothing: it checks every row and fills in the counts.
    const rows = trace[Symbol.iterator]();
    while (rows.next().done !== true);
    return { trace, requests: trace.requests! };
  } catch (error) {
    throw fileError(error, path);
  }
}

/**
 * Turns a file-system error on the trace, or a malformed or empty trace, into a usage error that
 * names the file; other errors pass through.
 */
function fileError(error: unknown, path: string): unknown {
  if (isPrfaasError(error) && (error.code === "MALFORMED_TRACE" || error.code === "EMPTY_INPUT")) {
    return new UsageError(`Invalid --trace "${path}": ${error.message}`);
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof UsageError || isPrfaasError(error) || typeof code !== "string") return error;
  if (code === "ENOENT") return new UsageError(`Trace file not found: ${path}. Pass the path of a Mooncake JSONL, Azure CSV or BurstGPT CSV file.`);
  return new UsageError(`Cannot read the trace ${path}: ${(error as Error).message}. Check the path and its permissions.`);
}
