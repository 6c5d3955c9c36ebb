/** A comma right before a closing `}` or `]`, which JSON forbids. */
export interface TrailingComma {
  /** 1-based line of the comma. */
  line: number;
  /** The bracket that follows it. */
  closing: "}" | "]";
}

/** Whitespace and then a closing bracket, matched from `lastIndex`. */
const CLOSING_AFTER_WHITESPACE = /\s*([}\]])/y;

/**
 * Finds the first comma outside string literals that only whitespace separates from a closing
 * `}` or `]`, or returns undefined. Hand-edited config files often keep one after the last
 * field is removed, and `JSON.parse` then reports only a character position.
 */
export function findTrailingComma(text: string): TrailingComma | undefined {
  let line = 1;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      index = stringEnd(text, index);
      continue;
    }
    if (char === "\n") line += 1;
    if (char === ",") {
      CLOSING_AFTER_WHITESPACE.lastIndex = index + 1;
      const next = CLOSING_AFTER_WHITESPACE.exec(text);
      if (next !== null) return { line, closing: next[1] as "}" | "]" };
    }
    index += 1;
  }
  return undefined;
}

/**
 * Returns the index just past the string literal that starts at `start`. JSON strings hold no raw
 * line break, so an unterminated string ends before the next one, which is then counted.
 */
function stringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length && text[index] !== '"' && text[index] !== "\n") index += text[index] === "\\" ? 2 : 1;
  return text[index] === '"' ? index + 1 : index;
}
