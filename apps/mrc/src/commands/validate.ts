import { formatWarning, validateMrc } from "@modelsys/cryoet";
import { readBytes } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { EXIT_JOB_FAILED, EXIT_OK } from "../usage-error.js";

/** Options of `mrc validate`. */
export interface ValidateCommandOptions {
  file: string;
  json: boolean;
  statsRelTol: number;
  statsAbsTol: number;
}

/** Runs every validation check; exits 0 for a valid file and 1 otherwise. */
export async function runValidate(options: ValidateCommandOptions, io: CliIo): Promise<number> {
  const report = validateMrc(await readBytes(options.file), { fileName: options.file, statsRelTol: options.statsRelTol, statsAbsTol: options.statsAbsTol });
  if (options.json) {
    const problems = report.problems.map((problem) => ({ check: problem.check, code: problem.code, severity: problem.severity, field: problem.field, message: formatWarning(problem) }));
    io.stdout(`${JSON.stringify({ file: options.file, valid: report.valid, problems, statistics: report.statistics }, null, 2)}\n`);
  } else if (report.valid) {
    io.stdout(`${options.file} is a valid MRC2014 file.\n`);
  } else {
    io.stdout(`${options.file} is not a valid MRC2014 file:\n${report.problems.map((problem) => `  check ${problem.check} (${problem.severity}): ${formatWarning(problem)}`).join("\n")}\n`);
  }
  return report.valid ? EXIT_OK : EXIT_JOB_FAILED;
}
