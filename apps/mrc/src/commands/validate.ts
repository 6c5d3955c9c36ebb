import { formatWarning } from "@modelsys/cryoet";
import { validateMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { EXIT_JOB_FAILED, EXIT_OK } from "../usage-error.js";

/** Options of `mrc validate`. */
export interface ValidateCommandOptions {
  file: string;
  json: boolean;
  statsRelTol: number;
  statsAbsTol: number;
  /** Limit of the decompressed data of a gzip or bzip2 file, in bytes. */
  maxDataBytes: number;
}

/**
 * Runs every validation check, reading the data in bounded chunks, so files of any size can be
 * validated. Returns exit code 0 for a valid file and 1 otherwise.
 */
export async function runValidate(options: ValidateCommandOptions, io: CliIo): Promise<number> {
  const report = await validateMrcFile(options.file, { statsRelTol: options.statsRelTol, statsAbsTol: options.statsAbsTol, maxDataBytes: options.maxDataBytes });
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
