// Test helper: runs the CLI in-process and captures its output.
import type { CliIo } from "./io.js";
import { main } from "./main.js";

/** Exit code and captured output of one CLI run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `mrc` with `argv` in-process, capturing stdout and stderr. */
export async function runMrc(argv: readonly string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
