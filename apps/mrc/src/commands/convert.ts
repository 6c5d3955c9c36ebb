import { convertData, formatWarning, type MrcMode } from "@modelsys/cryoet";
import { readMrcFile, writeMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { rejectOutputOverInput } from "../output-path.js";
import { EXIT_JOB_FAILED, EXIT_OK } from "../usage-error.js";

/** Options of `mrc convert`. */
export interface ConvertCommandOptions {
  file: string;
  mode: MrcMode;
  output: string;
  clip: boolean;
  force: boolean;
  json: boolean;
  permissive: boolean;
}

/** Converts the data to another mode and writes a new file (temporary file, then rename), keeping the metadata. */
export async function runConvert(options: ConvertCommandOptions, io: CliIo): Promise<number> {
  await rejectOutputOverInput(options.file, options.output);
  const file = await readMrcFile(options.file, { permissive: options.permissive });
  if (file.data === null || file.mode === null || file.shape === null) {
    io.stderr(`mrc: ${options.file} has no readable data, so it cannot be converted:\n${file.warnings.map((warning) => `  ${formatWarning(warning)}`).join("\n")}\n`);
    return EXIT_JOB_FAILED;
  }
  const data = convertData(file.data, file.mode, options.mode, { overflow: options.clip ? "clip" : "error" });
  const { header, warnings } = await writeMrcFile(
    options.output,
    { data, shape: file.shape, mode: options.mode, header: file.header, extendedHeader: file.extendedHeader ?? undefined, littleEndian: file.littleEndian },
    { overwrite: options.force },
  );
  if (options.json) io.stdout(`${JSON.stringify({ file: options.file, output: options.output, fromMode: file.mode, toMode: options.mode, warnings: warnings.map(formatWarning) }, null, 2)}\n`);
  else io.stdout(`Converted ${options.file} from mode ${file.mode} to mode ${header.mode}: ${options.output}\n${warnings.map((warning) => `warning: ${formatWarning(warning)}\n`).join("")}`);
  return EXIT_OK;
}
