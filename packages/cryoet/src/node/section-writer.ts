import { open, rename, rm, type FileHandle } from "node:fs/promises";

import { MrcError } from "../errors.js";
import { encodeHeader, HEADER_BYTES, type MrcHeader } from "../header.js";
import { modeInfo } from "../modes.js";
import { ProblemLog, type MrcWarning } from "../problems.js";
import { StatisticsAccumulator } from "../statistics.js";
import { encodeVoxels, type MrcData } from "../voxels.js";
import { applyStatistics, buildHeader, type MrcHeaderInput } from "../writer.js";
import { temporaryPathFor } from "./atomic.js";

/**
 * Writes an MRC file one section at a time, so that a volume never needs to be in memory whole.
 * Sections go to a temporary file; {@link MrcSectionWriter.close} writes the final header with
 * the accumulated statistics and renames the file into place. {@link MrcSectionWriter.abort}, or
 * any failure, removes the temporary file and leaves an existing file at the path unchanged.
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
  private readonly log = new ProblemLog(true);
  private readonly statistics: StatisticsAccumulator;

  private constructor(
    readonly path: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
    private readonly header: MrcHeader,
    private readonly littleEndian: boolean,
    extendedHeaderBytes: number,
    private readonly sectionValues: number,
  ) {
    this.offset = HEADER_BYTES + extendedHeaderBytes;
    this.statistics = new StatisticsAccumulator(header.mode === 3 || header.mode === 4);
  }

  /** Starts a file of the given shape and mode. Set `overwrite` to replace an existing file at close. */
  static async create(path: string, input: MrcHeaderInput & { overwrite?: boolean }): Promise<MrcSectionWriter> {
    const { header, littleEndian, extendedHeader } = buildHeader(input);
    if (!input.overwrite) {
      const existing = await open(path, "r").then((handle) => handle.close().then(() => true), () => false);
      if (existing) throw new MrcError("WRITE_FAILED", `${path} already exists: pass overwrite: true to replace it.`, { field: "path", value: path, file: path });
    }
    const temporary = temporaryPathFor(path);
    const handle = await open(temporary, "wx");
    await handle.write(encodeHeader(header, littleEndian), 0, HEADER_BYTES, 0);
    if (extendedHeader.length > 0) await handle.write(extendedHeader, 0, extendedHeader.length, HEADER_BYTES);
    const components = modeInfo(header.mode as 2).components;
    return new MrcSectionWriter(path, temporary, handle, header, littleEndian, extendedHeader.length, header.nx * header.ny * components);
  }

  /** Appends the next section (`ny × nx` values in file order, times the components of complex and RGB modes). */
  async writeSection(values: MrcData): Promise<void> {
    if (this.finished) throw new MrcError("WRITE_FAILED", `${this.path}: the writer is closed.`, { field: "section", value: this.written, file: this.path });
    if (values.length !== this.sectionValues) {
      await this.abort();
      throw new MrcError("INVALID_ARGUMENT", `Section ${this.written} has ${values.length} values; expected ${this.sectionValues} (ny × nx × components). The partial file was removed.`, { field: "section", value: values.length, file: this.path });
    }
    if (this.written >= this.header.nz) {
      await this.abort();
      throw new MrcError("INVALID_ARGUMENT", `Too many sections: the file has NZ = ${this.header.nz}. The partial file was removed.`, { field: "NZ", value: this.header.nz, file: this.path });
    }
    const mode = this.header.mode as 2;
    const bytes = encodeVoxels(values, mode, this.littleEndian, this.header.nx);
    await this.handle.write(bytes, 0, bytes.length, this.offset);
    this.offset += bytes.length;
    this.statistics.add(mode === (0 as number) && values instanceof Uint8Array ? new Int8Array(values.buffer, values.byteOffset, values.length) : values);
    this.written++;
  }

  /** Writes the final header with statistics and renames the file into place. Returns the warnings. */
  async close(): Promise<MrcWarning[]> {
    if (this.written !== this.header.nz) {
      await this.abort();
      throw new MrcError("WRITE_FAILED", `${this.path}: ${this.written} of ${this.header.nz} sections were written. The partial file was removed.`, { field: "NZ", value: this.written, file: this.path });
    }
    applyStatistics(this.header, this.statistics.result(), this.header.mode as 2, this.log);
    try {
      await this.handle.write(encodeHeader(this.header, this.littleEndian), 0, HEADER_BYTES, 0);
      await this.handle.sync();
      await this.handle.close();
      this.finished = true;
      await rename(this.temporary, this.path);
    } catch (error) {
      await this.abort();
      throw new MrcError("WRITE_FAILED", `Writing ${this.path} failed, and any existing file is unchanged: ${(error as Error).message}`, { field: "path", value: this.path, file: this.path, cause: error });
    }
    return this.log.warnings;
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
