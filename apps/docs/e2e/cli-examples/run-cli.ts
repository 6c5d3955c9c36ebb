// Runs a built CLI as a child process the way a terminal shows it: standard output and standard
// error go to one file, so their lines keep the order in which the CLI wrote them.
import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";

import type { CliInvocation } from "./cli-invocation.js";

/** Exit code and combined output of one CLI run. */
export interface CliRun {
  exitCode: number;
  /** Standard output and standard error, interleaved in write order. */
  output: string;
}

/** Maximum run time of one documented command, after which it is killed and the check fails. */
const COMMAND_TIMEOUT_MS = 120_000;

/**
 * Runs `invocation` with Node in `cwd`, writing its combined output to `outputFile` and
 * returning it. Throws when the process cannot start, is killed or times out.
 */
export function runCli(invocation: CliInvocation, cwd: string, outputFile: string): CliRun {
  const fd = openSync(outputFile, "w");
  try {
    const result = spawnSync(process.execPath, [join(cwd, invocation.script), ...invocation.args], {
      cwd,
      stdio: ["ignore", fd, fd],
      timeout: COMMAND_TIMEOUT_MS,
    });
    if (result.error !== undefined) throw result.error;
    if (result.status === null) throw new Error(`${invocation.cli} ${invocation.args.join(" ")} ended by signal ${result.signal ?? "unknown"}.`);
    return { exitCode: result.status, output: readFileSync(outputFile, "utf8") };
  } finally {
    closeSync(fd);
  }
}
