/** Text a trace loader accepts: a whole string, or chunks from an iterable or a Web stream. */
export type TraceSource = string | Iterable<string> | AsyncIterable<string> | ReadableStream<string>;

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

  /** Returns the lines that `chunk` completes. */
  *push(chunk: string): Generator<TraceLine> {
    const text = this.pending + chunk;
    let start = 0;
    for (let newline = text.indexOf("\n", this.pending.length); newline !== -1; newline = text.indexOf("\n", start)) {
      yield this.line(text, start, newline);
      start = newline + 1;
    }
    this.pending = text.slice(start);
  }

  /** Returns the last line when the text does not end with a newline. */
  *end(): Generator<TraceLine> {
    if (this.pending !== "") yield this.line(this.pending, 0, this.pending.length);
    this.pending = "";
  }

  private line(text: string, start: number, end: number): TraceLine {
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    return { text: text.slice(start, stop), lineNumber: this.lineNumber++ };
  }
}

/** Splits whole text into lines; accepts `\n` and `\r\n` endings and a missing final newline. */
export function* splitLines(text: string): Generator<TraceLine> {
  yield* splitChunkLines([text]);
}

/** Splits text from a synchronous iterable of chunks into lines, keeping one chunk and one line in memory. */
export function* splitChunkLines(chunks: Iterable<string>): Generator<TraceLine> {
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

function toAsyncIterable(source: Exclude<TraceSource, string>): AsyncIterable<string> | Iterable<string> {
  if (typeof (source as ReadableStream<string>).getReader === "function") {
    const stream = source as ReadableStream<string>;
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
  return source as AsyncIterable<string> | Iterable<string>;
}
