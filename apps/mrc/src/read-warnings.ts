import { formatWarning, type MrcWarning } from "@modelsys/cryoet";

import type { CliIo } from "./io.js";

/**
 * Writes the problems that reading `file` tolerated to stderr, one line each with its check number
 * and fallback. Commands whose output is data rather than the header call this, so that a
 * permissive read of a damaged file never hides what it assumed. stdout stays clean for `--json`.
 */
export function reportReadWarnings(file: string, warnings: readonly MrcWarning[], io: CliIo): void {
  for (const warning of warnings) io.stderr(`mrc: warning (check ${warning.check}): ${file}: ${formatWarning(warning)}\n`);
}
