import { formatWarning, type Mode0Sign } from "@modelsys/cryoet";
import { validateMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { formatJson } from "../json-output.js";
import { EXIT_JOB_FAILED, EXIT_OK } from "../usage-error.js";

/** Options of `mrc validate`. */
export interface ValidateCommandOptions {
  file: string;
  json: boolean;
  statsRelTol: number;
  statsAbsTol: number;
  /** Limit of the decompressed data of a gzip or bzip2 file, in bytes. */
  maxDataBytes: number;
  /** Sign of mode-0 bytes (--mode0-sign). */
  mode0Sign: Mode0Sign;
}

/**
 * Runs every validation check, reading the data in bounded chunks, so files of any size can be
 * validated. Returns exit code 0 for a valid file and 1 otherwise.
 */
export async function runValidate(options: ValidateCommandOptions, io: CliIo): Promise<number> {
  const report = await validateMrcFile(options.file, { statsRelTol: options.statsRelTol, statsAbsTol: options.statsAbsTol, maxDataBytes: options.maxDataBytes, mode0Sign: options.mode0Sign });
  // A problem outside the numbered checks (check 0) is a limit of this run, such as a compressed
  // data block over --max-data-bytes, which leaves the data checks undone rather than failed.
  const failures = report.problems.filter((problem) => problem.check !== 0);
  const limits = report.problems.filter((problem) => problem.check === 0);
  if (options.json) {
    const problems = report.problems.map((problem) => ({ check: problem.check, code: problem.code, severity: problem.severity, field: problem.field, message: formatWarning(problem) }));
    io.stdout(formatJson({ file: options.file, valid: report.valid, complete: limits.length === 0, problems, statistics: report.statistics }));
  } else if (report.valid) {
    io.stdout(`${options.file} is a valid MRC2014 file.\n`);
  } else {
    const lines = [
      failures.length > 0 ? `${options.file} is not a valid MRC2014 file:` : `${options.file} could not be validated completely:`,
      ...failures.map((problem) => `  check ${problem.check} (${problem.severity}): ${formatWarning(problem)}`),
      ...limits.map((problem) => `  not checked: ${formatWarning(problem)}`),
    ];
    io.stdout(`${lines.join("\n")}\n`);
  }
  return report.valid ? EXIT_OK : EXIT_JOB_FAILED;
}
