import { open, rm, type FileHandle } from "node:fs/promises";

import type { Compression } from "../compression.js";
import { checkBooleanOption } from "../boolean-option.js";
import { isMrcError, MrcError } from "../errors.js";
import { encodeHeader, HEADER_BYTES, type MrcHeader } from "../header.js";
import { modeInfo, type MrcMode } from "../modes.js";
import { ProblemLog, type MrcWarning } from "../problems.js";
import { StatisticsAccumulator } from "../statistics.js";
import type { StreamedExtendedHeader } from "../streamed-extended-header.js";
import { encodeVoxels, type MrcDataInput } from "../voxels.js";
import { applyStatistics, arrayTypeProblem, buildHeaderForExtendedLength, checkFloat16Range, setMode0Sign, storedValues, type MrcHeaderInput } from "../writer.js";
import { moveIntoPlace, pathExists, replacementTarget, requireRegularFileOrAbsent, requireParentDirectory, temporaryPathFor, writeFully } from "./atomic.js";
import { gzipFile } from "./gzip-file.js";
import { writeUnlessZero } from "./sparse-write.js";

/** Input of {@link MrcSectionWriter.create}: the metadata of the file, without its data. */
export type MrcSectionWriterInput = Omit<MrcHeaderInput, "extendedHeader"> & {
  /**
   * Extended header: its bytes, or a {@link StreamedExtendedHeader} (such as
   * `MrcReader.streamExtendedHeader()`) whose chunks are copied one at a time.
   */
  extendedHeader?: Uint8Array | StreamedExtendedHeader;
  /** Replace an existing file at close. Default false. */
  overwrite?: boolean;
  /** Compression; default from the name: `.gz` gives gzip, anything else none. bzip2 output is not offered. */
  compression?: Exclude<Compression, "bzip2">;
};

/** Length of an extended header given as bytes or as a stream, or undefined when none was given. */
function extendedHeaderLength(extendedHeader: Uint8Array | StreamedExtendedHeader | undefined): number | undefined {
  if (extendedHeader === undefined) return undefined;
  return extendedHeader instanceof Uint8Array ? extendedHeader.length : extendedHeader.byteLength;
}

/**
 * Writes an extended header after the main header. Chunks of zero bytes are skipped, so the file
 * stays sparse where the source was; the file is extended to its full length at close. Throws
 * `INVALID_ARGUMENT` when a stream yields more or fewer bytes than its `byteLength`.
 */
async function writeExtendedHeader(handle: FileHandle, extendedHeader: Uint8Array | StreamedExtendedHeader): Promise<void> {
  if (extendedHeader instanceof Uint8Array) {
    await writeUnlessZero(handle, extendedHeader, HEADER_BYTES);
    return;
  }
  let yielded = 0;
  for await (const chunk of extendedHeader.chunks()) {
    if (yielded + chunk.length <= extendedHeader.byteLength) await writeUnlessZero(handle, chunk, HEADER_BYTES + yielded);
    yielded += chunk.length;
    if (yielded > extendedHeader.byteLength) break;
  }
  if (yielded !== extendedHeader.byteLength) {
    const count = yielded > extendedHeader.byteLength ? `more than ${extendedHeader.byteLength}` : String(yielded);
    throw new MrcError("INVALID_ARGUMENT", `The streamed extended header yielded ${count} bytes, but its byteLength is ${extendedHeader.byteLength}. Yield exactly byteLength bytes.`, {
      field: "extendedHeader",
      value: extendedHeader.byteLength,
    });
  }
}

function writeFailed(path: string, step: string, cause: unknown): MrcError {
  return new MrcError("WRITE_FAILED", `${step} ${path} failed (${(cause as Error).message}); the partial file was removed, and any existing file is unchanged.`, { field: "path", value: path, file: path, cause });
}

/**
 * Writes an MRC file one section at a time, so that a volume never needs to be in memory whole.
 * Sections go to a temporary file; {@link MrcSectionWriter.close} writes the final header with
 * the accumulated statistics and renames the file into place. {@link MrcSectionWriter.abort}, or
 * any failure of these methods, removes the temporary file and leaves an existing file at the
 * path unchanged; the error is an {@link MrcError} (`WRITE_FAILED` when the file system fails).
 * Sections take the array types of `encodeMrc` (Int16Array for mode 1, Float32Array for modes 2
 * and 12, and so on), so no value is converted on the way. Mode-0 sections are all Int8Array
 * (signed bytes) or all Uint8Array (unsigned bytes). The extended header may be given as a
 * {@link StreamedExtendedHeader}, which is copied one chunk at a time, so a file of any NSYMBT can
 * be rewritten in bounded memory. Runs of 64 KiB of zero bytes are not written, so they take no
 * disk space where the file system supports sparse files. A `.gz` path is written uncompressed
 * first and compressed as a stream at close.
 *
 * @example
 * const writer = await MrcSectionWriter.create("out.mrc", { shape: [nz, ny, nx], mode: 2 });
 * for (const section of sections) await writer.writeSection(section);
 * await writer.close();
 */
export class MrcSectionWriter {
  private written = 0;
  private offset: number;
  private finished = false;
  /** Mode 0: the first section was an Int8Array (true) or a Uint8Array (false). */
  private signedBytes: boolean | undefined;
  private readonly statistics: StatisticsAccumulator;

  private constructor(
    readonly path: string,
    private readonly target: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
    private readonly header: MrcHeader,
    private readonly littleEndian: boolean,
    extendedHeaderBytes: number,
    private readonly sectionValues: number,
    private readonly log: ProblemLog,
    private readonly overwrite: boolean,
    private readonly compression: "none" | "gzip",
  ) {
    this.offset = HEADER_BYTES + extendedHeaderBytes;
    this.statistics = new StatisticsAccumulator(header.mode === 3 || header.mode === 4);
  }

  /**
   * Starts a file of the given shape and mode. Set `overwrite` to replace an existing file at
   * close; a symbolic link at `path` is written through, as writeMrcFile does. Without it, a file
   * that appears at `path` before {@link MrcSectionWriter.close} is kept, and close throws
   * `WRITE_FAILED`.
   */
  static async create(path: string, input: MrcSectionWriterInput): Promise<MrcSectionWriter> {
    checkBooleanOption("overwrite", input.overwrite);
    const log = new ProblemLog(true);
    const extendedBytes = extendedHeaderLength(input.extendedHeader);
    const { header, littleEndian } = buildHeaderForExtendedLength(input, extendedBytes, log);
    if (/\.bz2$/i.test(path) && input.compression === undefined) {
      throw new MrcError("INVALID_ARGUMENT", `Cannot write ${path}: bzip2 output is not supported. Write .mrc or .mrc.gz instead.`, { field: "compression", value: "bzip2", file: path });
    }
    const compression = input.compression ?? (/\.gz$/i.test(path) ? "gzip" : "none");
    await requireRegularFileOrAbsent(path);
    if (!input.overwrite && (await pathExists(path))) {
      throw new MrcError("WRITE_FAILED", `${path} already exists: pass overwrite: true to replace it.`, { field: "path", value: path, file: path });
    }
    const target = await replacementTarget(path);
    await requireParentDirectory(target);
    await requireRegularFileOrAbsent(target);
    const temporary = temporaryPathFor(target);
    const handle = await open(temporary, "wx").catch((error: unknown) => {
      throw new MrcError("WRITE_FAILED", `Cannot create a temporary file next to ${path}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
    });
    try {
      await writeFully(handle, encodeHeader(header, littleEndian), 0);
      if (input.extendedHeader !== undefined) await writeExtendedHeader(handle, input.extendedHeader);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
      if (isMrcError(error)) throw error;
      throw writeFailed(path, "Writing the header of", error);
    }
    const components = modeInfo(header.mode as MrcMode).components;
    return new MrcSectionWriter(path, target, temporary, handle, header, littleEndian, extendedBytes ?? 0, header.nx * header.ny * components, log, input.overwrite ?? false, compression);
  }

  /** Appends the next section (`ny × nx` values in file order, times the components of complex and RGB modes). */
  async writeSection(values: MrcDataInput): Promise<void> {
    if (this.finished) throw new MrcError("WRITE_FAILED", `${this.path}: the writer is closed.`, { field: "section", value: this.written, file: this.path });
    if (values.length !== this.sectionValues) {
      await this.abort();
      throw new MrcError("INVALID_ARGUMENT", `Section ${this.written} has ${values.length} values; expected ${this.sectionValues} (ny × nx × components). The partial file was removed.`, { field: "section", value: values.length, file: this.path });
    }
    if (this.written >= this.header.nz) {
      await this.abort();
      throw new MrcError("INVALID_ARGUMENT", `Too many sections: the file has NZ = ${this.header.nz}. The partial file was removed.`, { field: "NZ", value: this.header.nz, file: this.path });
    }
    const arrayProblem = arrayTypeProblem(values, this.header.mode as MrcMode);
    if (arrayProblem !== null) {
      await this.abort();
      throw new MrcError("INVALID_ARGUMENT", `Section ${this.written}: ${arrayProblem} Convert the values first, for example with convertData, which checks their range. The partial file was removed.`, {
        field: "section",
        value: values.constructor.name,
        file: this.path,
      });
    }
    try {
      const mode = this.header.mode as MrcMode;
      if (mode === 0) this.checkByteSign(values);
      if (mode === 12) checkFloat16Range(values, this.written * this.sectionValues);
      const bytes = encodeVoxels(values, mode, this.littleEndian, this.header.nx);
      await writeUnlessZero(this.handle, bytes, this.offset);
      this.offset += bytes.length;
      this.statistics.add(storedValues(values, bytes, mode, this.littleEndian));
      this.written++;
    } catch (error) {
      await this.abort();
      if (isMrcError(error)) throw error;
      throw writeFailed(this.path, `Writing section ${this.written} of`, error);
    }
  }

  /** Throws `INVALID_ARGUMENT` when mode-0 sections mix Int8Array and Uint8Array, whose bytes mean different values. */
  private checkByteSign(values: MrcDataInput): void {
    const signed = !(values instanceof Uint8Array);
    this.signedBytes ??= signed;
    if (signed !== this.signedBytes) {
      const [first, now] = this.signedBytes ? ["Int8Array", "Uint8Array"] : ["Uint8Array", "Int8Array"];
      throw new MrcError("INVALID_ARGUMENT", `Section ${this.written} is a ${now}, but the first section was a ${first}: a mode-0 file stores either signed or unsigned bytes. Convert the sections to one type. The partial file was removed.`, {
        field: "section",
        value: now,
        file: this.path,
      });
    }
  }

  /** Writes the final header with statistics and renames the file into place. Returns the warnings. */
  async close(): Promise<MrcWarning[]> {
    if (this.finished) throw new MrcError("WRITE_FAILED", `${this.path}: the writer is closed.`, { field: "section", value: this.written, file: this.path });
    if (this.written !== this.header.nz) {
      await this.abort();
      throw new MrcError("WRITE_FAILED", `${this.path}: ${this.written} of ${this.header.nz} sections were written. The partial file was removed.`, { field: "NZ", value: this.written, file: this.path });
    }
    const mode = this.header.mode as MrcMode;
    if (mode === 0) setMode0Sign(this.header, this.signedBytes ?? true);
    applyStatistics(this.header, this.statistics.result(), mode, this.log);
    try {
      await writeFully(this.handle, encodeHeader(this.header, this.littleEndian), 0);
      // Zero bytes were skipped, not written, so the length comes from here.
      await this.handle.truncate(this.offset);
      await this.handle.sync();
      await this.handle.close();
      this.finished = true;
      if (this.compression === "gzip") await this.moveCompressedIntoPlace();
      else await moveIntoPlace(this.temporary, this.target, { overwrite: this.overwrite }, this.path);
    } catch (error) {
      await this.abort();
      if (error instanceof MrcError) throw error;
      throw writeFailed(this.path, "Writing", error);
    }
    return this.log.warnings;
  }

  /** Compresses the finished temporary file into a second one, which is renamed into place. */
  private async moveCompressedIntoPlace(): Promise<void> {
    const compressed = temporaryPathFor(this.target);
    try {
      await gzipFile(this.temporary, compressed);
      await moveIntoPlace(compressed, this.target, { overwrite: this.overwrite }, this.path);
    } finally {
      await rm(compressed, { force: true });
      await rm(this.temporary, { force: true });
    }
  }

  /** Stops writing and removes the temporary file. */
  async abort(): Promise<void> {
    if (!this.finished) {
      this.finished = true;
      await this.handle.close().catch(() => undefined);
    }
    await rm(this.temporary, { force: true });
  }
}
