/** Returns true for a C0 or C1 control character or DEL. */
export function isControlCharacter(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Returns `text` with C0 and C1 control characters and DEL written as `\uXXXX` escapes. Text read
 * from a file, such as an MRC label, then cannot move the cursor, colour the terminal or break a
 * line of the text output.
 */
export function printableText(text: string): string {
  let printable = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    printable += isControlCharacter(code) ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  return printable;
}
