/** Output streams of a command: stdout for results, stderr for messages. Tests capture both. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}
