/** A `NaN` or `Infinity` literal in config text, which Python's `json` module writes and JSON forbids. */
export interface NonJsonNumber {
  /** `NaN`, `Infinity` or `-Infinity`, as written. */
  token: string;
  /** 1-based line of the token. */
  line: number;
  /** The key whose value contains the token, or undefined at the top level of an array. */
  key: string | undefined;
}

const TOKEN = /^-?(?:NaN|Infinity)\b/;

/**
 * Finds the first `NaN`, `Infinity` or `-Infinity` outside string literals in `text`, or returns
 * undefined. Python's `json.dump` writes these for float values by default (`allow_nan=True`),
 * so a config.json saved from Python may hold one that `JSON.parse` rejects with a bare
 * "Unexpected token" message.
 */
export function findNonJsonNumber(text: string): NonJsonNumber | undefined {
  let line = 1;
  let key: string | undefined;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "\n") line += 1;
    if (char === '"') {
      const end = stringEnd(text, index);
      // A string followed by a colon is a key.
      if (/^\s*:/.test(text.slice(end, end + 64))) key = keyText(text.slice(index, end));
      index = end;
      continue;
    }
    const match = TOKEN.exec(text.slice(index, index + 10));
    if (match !== null) return { token: match[0], line, key };
    index += 1;
  }
  return undefined;
}

/**
 * Returns the text of a key's string literal. The text is already known to be invalid JSON, so a
 * key may contain a bad escape or a raw control character. Such a key is returned as written,
 * without its quotes.
 */
function keyText(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** Returns the index just past the string literal that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
  return index + 1;
}
