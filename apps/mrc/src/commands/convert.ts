import { convertData, formatWarning, isMrcError, modeInfo, modeValueRange, roundHalfEven, type Mode0Sign, type MrcData, type MrcMode, type MrcReader } from "@modelsys/cryoet";
import { MrcSectionWriter, openMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { formatJson } from "../json-output.js";
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
  /** Sign of mode-0 bytes (--mode0-sign). */
  mode0Sign: Mode0Sign;
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
 * Counts the values that converting to an integer mode rounded: values that were not whole numbers
 * and whose nearest integer the target mode stores, such as -0.4 to 0 in mode 6. Values that
 * `--clip` moved are not counted.
 */
function countRounded(source: MrcData, converted: MrcData): number {
  let rounded = 0;
  for (let index = 0; index < source.length; index++) {
    const value = source[index]!;
    if (!Number.isInteger(value) && converted[index] === roundHalfEven(value)) rounded++;
  }
  return rounded;
}

/**
 * Returns a warning that `rounded` of `total` values lost their fractional part to an integer
 * mode, which would otherwise happen silently, or null when no value was rounded.
 */
function roundingWarning(rounded: number, total: number, mode: MrcMode): string | null {
  if (rounded === 0) return null;
  return (
    `${rounded} of ${total} values were not whole numbers and were rounded to the nearest integer (ties to even), because mode ${mode} stores integers. ` +
    "Scale the data first to keep their precision, or convert to mode 2 or 12."
  );
}

/** Maximum stored bytes read and converted at a time: whole sections, or blocks of rows of a larger section. */
const CHUNK_BYTES = 16 * 2 ** 20;

/** Stored bytes of one row and one section of `reader`. */
function storedBytes(reader: MrcReader, mode: MrcMode): { row: number; section: number } {
  const { nx, ny } = reader.header;
  const row = mode === 101 ? Math.ceil(nx / 2) : nx * modeInfo(mode).bytesPerVoxel;
  return { row, section: row * ny };
}

/** Result of streaming the converted sections into the writer: the values seen and rounded. */
interface CopyCounts {
  values: number;
  rounded: number;
}

/** Converts values read from the file, counting what the conversion rounded into `counts`. */
type ChunkConverter = (data: MrcData) => MrcData;

/**
 * Reads one section in blocks of rows of at most {@link CHUNK_BYTES}, converts each and returns the
 * converted section. A section over 2 GiB, such as a large montage, cannot be read in one call.
 */
async function readLargeSection(reader: MrcReader, section: number, rowBytes: number, convert: ChunkConverter): Promise<MrcData> {
  const { nx, ny } = reader.header;
  const rowsPerRead = Math.max(1, Math.floor(CHUNK_BYTES / Math.max(1, rowBytes)));
  let out: MrcData | undefined;
  for (let first = 0; first < ny; first += rowsPerRead) {
    const last = Math.min(ny, first + rowsPerRead);
    const converted = convert((await reader.readSubvolume({ z: [section, section + 1], y: [first, last] })).data);
    out ??= new (converted.constructor as new (length: number) => MrcData)(nx * ny);
    out.set(converted, first * nx);
  }
  return out!;
}

/**
 * Reads the data block a few sections at a time, converts them and appends them to `writer`. A
 * section over 16 MiB is read in blocks of rows instead. So at most one chunk, or one converted
 * section, is in memory. Throws the `OUT_OF_RANGE` error of {@link convertData} for a
 * value the target mode cannot store.
 */
async function copyConvertedSections(reader: MrcReader, from: MrcMode, writer: MrcSectionWriter, options: ConvertCommandOptions): Promise<CopyCounts> {
  const { nx, ny, nz } = reader.header;
  const range = modeValueRange(options.mode);
  const counts: CopyCounts = { values: 0, rounded: 0 };
  const convert: ChunkConverter = (data) => {
    // Unsigned mode-0 bytes stay unsigned in a mode-0 output, which the writer marks with IMOD's
    // flag. Converting them to signed bytes would reject or clip every value above 127.
    if (from === 0 && options.mode === 0 && data instanceof Uint8Array) {
      counts.values += data.length;
      return data;
    }
    const converted = convertData(data, from, options.mode, { overflow: options.clip ? "clip" : "error" });
    counts.values += data.length;
    if (range?.integers) counts.rounded += countRounded(data, converted);
    return converted;
  };
  const bytes = storedBytes(reader, from);
  const sectionValues = nx * ny;
  if (bytes.section > CHUNK_BYTES) {
    for (let section = 0; section < nz; section++) await writer.writeSection(await readLargeSection(reader, section, bytes.row, convert));
    return counts;
  }
  const step = Math.max(1, Math.floor(CHUNK_BYTES / Math.max(1, bytes.section)));
  for (let first = 0; first < nz; first += step) {
    const last = Math.min(nz, first + step);
    // A section without voxels has no box to read, but still counts as a section of the file.
    const converted = convert(sectionValues === 0 ? new Float32Array(0) : (await reader.readSubvolume({ z: [first, last] })).data);
    for (let section = 0; section < last - first; section++) {
      await writer.writeSection(converted.subarray(section * sectionValues, (section + 1) * sectionValues));
    }
  }
  return counts;
}

/**
 * Converts the data to another mode and writes a new file (temporary file, then rename), keeping
 * the metadata, including an undefined voxel size and the extended header. The extended header and
 * the data are streamed in chunks of at most 16 MiB, so files of any size convert in bounded
 * memory. Only gzip or bzip2 input is decompressed into memory, within `--max-data-bytes`. Data
 * outside the target range exit 1 unless `--clip` is given.
 */
export async function runConvert(options: ConvertCommandOptions, io: CliIo): Promise<number> {
  await rejectOutputOverInput(options.file, options.output);
  const reader = await openMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes, mode0Sign: options.mode0Sign });
  try {
    return await convertOpened(reader, options, io);
  } finally {
    await reader.close();
  }
}

async function convertOpened(reader: MrcReader, options: ConvertCommandOptions, io: CliIo): Promise<number> {
  const from = reader.layout.mode;
  const unreadable = dataProblemOf(reader);
  if (unreadable !== null || from === null || reader.shape === null) {
    // The warnings of the permissive open name the cause; without any, the read error does.
    const causes = reader.warnings.length > 0 ? reader.warnings.map(formatWarning) : [unreadable ?? "the header describes no data block"];
    const lines = causes.map((cause) => `  ${cause}`);
    io.stderr(`mrc: ${options.file} has no readable data, so it cannot be converted:\n${lines.join("\n")}\n`);
    return EXIT_JOB_FAILED;
  }
  reportReadWarnings(options.file, reader.warnings, io);
  // Complex and RGB modes have no real conversion: fail before an output file is started.
  convertData(new Float32Array(0), from, options.mode);
  const writer = await MrcSectionWriter.create(options.output, {
    shape: reader.shape,
    mode: options.mode,
    header: reader.header,
    extendedHeader: reader.streamExtendedHeader() ?? undefined,
    littleEndian: reader.layout.littleEndian,
    overwrite: options.force,
  });
  let counts: CopyCounts;
  try {
    counts = await copyConvertedSections(reader, from, writer, options);
  } catch (error) {
    await writer.abort();
    if (!isMrcError(error) || error.code !== "OUT_OF_RANGE") throw error;
    io.stderr(`mrc: ${dataRangeMessage(options.file, options.mode, error.value as number)}\n`);
    return EXIT_JOB_FAILED;
  }
  const warnings = await writer.close();
  const messages = warnings.map(formatWarning);
  const rounding = roundingWarning(counts.rounded, counts.values, options.mode);
  if (rounding !== null) messages.push(rounding);
  if (options.json) io.stdout(formatJson({ file: options.file, output: options.output, fromMode: from, toMode: options.mode, warnings: messages }));
  else io.stdout(`Converted ${options.file} from mode ${from} to mode ${options.mode}: ${options.output}\n${messages.map((message) => `warning: ${message}\n`).join("")}`);
  return EXIT_OK;
}

/** Returns the message of the error a data read would throw, or null when the data block is readable. */
function dataProblemOf(reader: MrcReader): string | null {
  try {
    reader.checkDataReadable();
    return null;
  } catch (error) {
    if (!isMrcError(error)) throw error;
    return error.message;
  }
}
