import { convertData, formatWarning, isMrcError, modeValueRange, type MrcData, type MrcMode } from "@modelsys/cryoet";
import { readMrcFile, writeMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { rejectOutputOverInput } from "../output-path.js";
import { reportReadWarnings } from "../read-warnings.js";
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
  /** Largest data block read into memory, in bytes. */
  maxDataBytes: number;
}

/**
 * Returns the message for data that the target mode cannot store: the value, the mode's range and
 * the flags that fix it. The job ran on a valid file and failed, so the exit code is 1, not 2.
 */
function dataRangeMessage(file: string, mode: MrcMode, value: number): string {
  const range = modeValueRange(mode)!;
  const stores = range.integers ? `integers from ${range.min} to ${range.max}` : `magnitudes up to ${range.max}`;
  if (Number.isNaN(value)) {
    return `Cannot convert ${file} to mode ${mode}: the data contain NaN, which mode ${mode} cannot store. Convert to mode 2 or 12, which keep NaN, or replace the NaN values first.`;
  }
  return `Cannot convert ${file} to mode ${mode}: the data contain ${value}, but mode ${mode} stores ${stores}. Pass --clip to clip the values to that range, or choose a --mode that holds them.`;
}

/**
 * Returns a warning when converting to an integer mode rounded values that were not whole numbers,
 * which loses their fractional part silently otherwise, or null when every value was whole (or the
 * target mode stores floats). Values that `--clip` moved are not counted.
 */
function roundingWarning(source: MrcData, converted: MrcData, mode: MrcMode): string | null {
  if (!modeValueRange(mode)?.integers) return null;
  const range = modeValueRange(mode)!;
  let rounded = 0;
  for (let index = 0; index < source.length; index++) {
    const value = source[index]!;
    if (value >= range.min && value <= range.max && !Number.isInteger(value) && converted[index] !== value) rounded++;
  }
  if (rounded === 0) return null;
  return (
    `${rounded} of ${source.length} values were not whole numbers and were rounded to the nearest integer (ties to even), because mode ${mode} stores integers. ` +
    "Scale the data first to keep their precision, or convert to mode 2 or 12."
  );
}

/**
 * Converts the data to another mode and writes a new file (temporary file, then rename), keeping
 * the metadata, including an undefined voxel size. Data outside the target range exit 1 unless
 * `--clip` is given.
 */
export async function runConvert(options: ConvertCommandOptions, io: CliIo): Promise<number> {
  await rejectOutputOverInput(options.file, options.output);
  const file = await readMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes });
  if (file.data === null || file.mode === null || file.shape === null) {
    io.stderr(`mrc: ${options.file} has no readable data, so it cannot be converted:\n${file.warnings.map((warning) => `  ${formatWarning(warning)}`).join("\n")}\n`);
    return EXIT_JOB_FAILED;
  }
  reportReadWarnings(options.file, file.warnings, io);
  let data: MrcData;
  try {
    data = convertData(file.data, file.mode, options.mode, { overflow: options.clip ? "clip" : "error" });
  } catch (error) {
    if (!isMrcError(error) || error.code !== "OUT_OF_RANGE") throw error;
    io.stderr(`mrc: ${dataRangeMessage(options.file, options.mode, error.value as number)}\n`);
    return EXIT_JOB_FAILED;
  }
  const { header, warnings } = await writeMrcFile(
    options.output,
    { data, shape: file.shape, mode: options.mode, header: file.header, extendedHeader: file.extendedHeader ?? undefined, littleEndian: file.littleEndian },
    { overwrite: options.force },
  );
  const messages = warnings.map(formatWarning);
  const rounding = roundingWarning(file.data, data, options.mode);
  if (rounding !== null) messages.push(rounding);
  if (options.json) io.stdout(`${JSON.stringify({ file: options.file, output: options.output, fromMode: file.mode, toMode: options.mode, warnings: messages }, null, 2)}\n`);
  else io.stdout(`Converted ${options.file} from mode ${file.mode} to mode ${header.mode}: ${options.output}\n${messages.map((message) => `warning: ${message}\n`).join("")}`);
  return EXIT_OK;
}
