import { PrfaasError } from "./errors.js";

/** One chunk of a trace: text, or UTF-8 bytes such as those of `fetch(url).body` or a Node `Buffer`. */
export type TraceChunk = string | Uint8Array;

/** Text a trace loader accepts: a whole string, or chunks from an iterable or a Web stream. */
export type TraceSource = string | Iterable<TraceChunk> | AsyncIterable<TraceChunk> | ReadableStream<TraceChunk>;

/** One line of a trace with its 1-based line number, without the line terminator. */
export interface TraceLine {
  text: string;
  lineNumber: number;
}

/**
 * Splits text that arrives in chunks into lines, holding back a line that spans chunk
 * boundaries. Accepts `\n` and `\r\n` endings and a missing final newline. The search for a newline
 * starts after the held-back text, so each character is scanned once.
 */
class LineSplitter {
  private pending = "";
  private lineNumber = 1;
  /** Decodes byte chunks as one UTF-8 stream, so a character split across two chunks stays whole. */
  private readonly decoder = new TextDecoder();

  /** Returns the lines that `chunk` completes. */
  *push(chunk: TraceChunk): Generator<TraceLine> {
    const text = this.pending + this.decode(chunk);
    let start = 0;
    for (let newline = text.indexOf("\n", this.pending.length); newline !== -1; newline = text.indexOf("\n", start)) {
      yield this.line(text, start, newline);
      start = newline + 1;
    }
    this.pending = text.slice(start);
  }

  /** Returns the last line when the text does not end with a newline. */
  *end(): Generator<TraceLine> {
    this.pending += this.decoder.decode();
    if (this.pending !== "") yield this.line(this.pending, 0, this.pending.length);
    this.pending = "";
  }

  private decode(chunk: TraceChunk): string {
    if (typeof chunk === "string") return chunk;
    if (chunk instanceof Uint8Array) return this.decoder.decode(chunk, { stream: true });
    const kind = typeName(chunk);
    throw new PrfaasError("INVALID_OPTION", `Invalid trace chunk of type ${kind}: expected a string or a Uint8Array of UTF-8 text.`, { field: "chunk", value: kind });
  }

  private line(text: string, start: number, end: number): TraceLine {
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    return { text: text.slice(start, stop), lineNumber: this.lineNumber++ };
  }
}

/** Returns the type of `value` for a message: its class name for an object, such as `ArrayBuffer`. */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  return (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
}

/** Splits whole text into lines; accepts `\n` and `\r\n` endings and a missing final newline. */
export function* splitLines(text: string): Generator<TraceLine> {
  yield* splitChunkLines([text]);
}

/** Splits text from a synchronous iterable of chunks into lines, keeping one chunk and one line in memory. */
export function* splitChunkLines(chunks: Iterable<TraceChunk>): Generator<TraceLine> {
  const splitter = new LineSplitter();
  for (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}

/** Splits chunked text into lines, holding back a line that spans chunk boundaries. */
export async function* splitLinesAsync(source: TraceSource): AsyncGenerator<TraceLine> {
  if (typeof source === "string") {
    yield* splitLines(source);
    return;
  }
  const splitter = new LineSplitter();
  for await (const chunk of toAsyncIterable(source)) yield* splitter.push(chunk);
  yield* splitter.end();
}

function toAsyncIterable(source: Exclude<TraceSource, string>): AsyncIterable<TraceChunk> | Iterable<TraceChunk> {
  if (typeof (source as ReadableStream<TraceChunk>).getReader === "function") {
    const stream = source as ReadableStream<TraceChunk>;
    return {
      async *[Symbol.asyncIterator]() {
        const reader = stream.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      },
    };
  }
  return source as AsyncIterable<TraceChunk> | Iterable<TraceChunk>;
}
