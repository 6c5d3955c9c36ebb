// Test helper: runs the CLI in-process with real file access and captures its output.
import { existsSync } from "node:fs";

import type { CliIo } from "./io.js";
import { main } from "./main.js";
import { readTextFileAtMost } from "./read-text-file.js";

/** Exit code and captured output of one CLI run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `planner` with `argv` in-process, capturing stdout and stderr. */
export async function runPlanner(argv: readonly string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readTextFile: (path, maxBytes) => readTextFileAtMost(path, maxBytes),
    fileExists: (path) => existsSync(path),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
