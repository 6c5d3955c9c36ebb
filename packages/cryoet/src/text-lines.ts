// Line splitting shared by the particle-list and STAR parsers, so both read a file alike.

/**
 * Splits text into lines at `\r\n`, `\n` or a lone `\r`. Python reads text files with universal
 * newlines, so the official SHREC 2021 script ends a line at each of the three (Python
 * documentation, built-in open(), newline=None).
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
