/** Where a command writes: stdout for results, stderr for messages. Tests capture both. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Reads a text file of at most `maxBytes` bytes, or throws `FileTooLargeError`; the CLI uses
   * node:fs, tests may substitute.
   */
  readTextFile(path: string, maxBytes: number): string;
  fileExists(path: string): boolean;
}
