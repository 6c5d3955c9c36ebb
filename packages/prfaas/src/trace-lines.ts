/** Text a trace loader accepts: a whole string, or chunks from an iterable or a Web stream. */
export type TraceSource = string | Iterable<string> | AsyncIterable<string> | ReadableStream<string>;

/** One line of a trace with its 1-based line number, without the line terminator. */
export interface TraceLine {
  text: string;
  lineNumber: number;
}

/** Splits whole text into lines; accepts `\n` and `\r\n` endings and a missing final newline. */
export function* splitLines(text: string): Generator<TraceLine> {
  let start = 0;
  let lineNumber = 1;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    yield { text: text.slice(start, stop), lineNumber };
    start = end + 1;
    lineNumber++;
  }
}

/** Splits chunked text into lines, holding back a line that spans chunk boundaries. */
export async function* splitLinesAsync(source: TraceSource): AsyncGenerator<TraceLine> {
  if (typeof source === "string") {
    yield* splitLines(source);
    return;
  }
  let pending = "";
  let lineNumber = 1;
  for await (const chunk of toAsyncIterable(source)) {
    pending += chunk;
    let newline = pending.indexOf("\n");
    while (newline !== -1) {
      const end = newline > 0 && pending.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      yield { text: pending.slice(0, end), lineNumber };
      lineNumber++;
      pending = pending.slice(newline + 1);
      newline = pending.indexOf("\n");
    }
  }
  if (pending !== "") yield { text: pending.endsWith("\r") ? pending.slice(0, -1) : pending, lineNumber };
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
