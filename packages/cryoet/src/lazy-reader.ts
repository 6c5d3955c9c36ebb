// Lazy access to an MRC file through a byte source: the header first, then only the bytes of the
// sections, slices and sub-volumes asked for.
import { checkBooleanOption } from "./boolean-option.js";
import { readBoxRuns } from "./box-read.js";
import type { ByteSource } from "./byte-source.js";
import { inflateMrc } from "./compressed-mrc.js";
import { detectCompression, type Compression } from "./compression.js";
import { copyBytes, withArrayBuffer } from "./copy-bytes.js";
import { MrcError, type MrcErrorCode } from "./errors.js";
import { decodeFeiBlocks, feiBlockLayout, type FeiBlockLayout, type FeiExtendedHeader } from "./extended-header.js";
import type { GatherOptions } from "./gather.js";
import { HEADER_BYTES } from "./header.js";
import { dataTooLargeProblem, decodedDataBytes, DEFAULT_MAX_DATA_BYTES, extendedHeaderTooLargeProblem, interpretHeader, type MrcLayout, type ReadOptions } from "./layout.js";
import { modeInfo, type MrcMode } from "./modes.js";
import { ProblemLog, toError, type MrcWarning } from "./problems.js";
import { checkHeaderLength } from "./reader.js";
import type { RunLayout } from "./run-layout.js";
import { StatisticsAccumulator, type VoxelStatistics } from "./statistics.js";
import { EXTENDED_HEADER_CHUNK_BYTES, type StreamedExtendedHeader } from "./streamed-extended-header.js";
import { decodeVoxels, type MrcData } from "./voxels.js";

/** Largest box `readSubvolume` reads, in stored bytes: the most one Node file read returns, 2 GiB − 1. */
const MAX_BOX_BYTES = 2 ** 31 - 1;

/** Options of {@link openMrc}. */
export interface OpenMrcOptions extends ReadOptions {
  /**
   * Open for the header only: decompress gzip and bzip2 input only up to its data block, as the
   * `headerOnly` option of `readMrc` does, so `maxDataBytes` does not limit the data block. Data
   * reads (`readData`, sections, slices, sub-volumes, statistics) then throw `INVALID_ARGUMENT`,
   * for uncompressed input too. A data block cut short by the end of the file is listed in
   * `warnings` (check 7) instead of thrown. Default false.
   */
  headerOnly?: boolean;
  /**
   * Ranges closer than this many bytes are read as one. Default: the source's
   * {@link ByteSource.preferredGapBytes} (1 MiB over HTTP), else 4096 (one memory page), and no
   * limit for sources in memory ({@link ByteSource.inMemory}), whose reads copy nothing.
   */
  maxGapBytes?: number;
}

/**
 * Throws `INVALID_ARGUMENT` for a `headerOnly` that is not a boolean, which would otherwise count
 * as true when it is a string such as "false", and for a `maxGapBytes` that is not a number of at
 * least 0 (Infinity is allowed).
 */
function checkOpenOptions(options: OpenMrcOptions): void {
  checkBooleanOption("headerOnly", options.headerOnly);
  const gap: unknown = options.maxGapBytes;
  if (gap !== undefined && !(typeof gap === "number" && gap >= 0)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid maxGapBytes ${String(gap)}: expected a number of bytes of at least 0, such as 4096.`, { field: "maxGapBytes", value: gap });
  }
}

/** File axis of a slice: `x` columns, `y` rows, `z` sections (cell axes X, Y, Z when MAPC/MAPR/MAPS are 1, 2, 3). */
export type SliceAxis = "x" | "y" | "z";

const BOX_AXES: readonly SliceAxis[] = ["x", "y", "z"];

/** A half-open index range [start, end) along each file axis. Omitted axes span the whole axis. */
export interface Box {
  x?: [number, number];
  y?: [number, number];
  z?: [number, number];
}

/** Voxel values of a slice or sub-volume, in file order, with their shape. */
export interface Region {
  data: MrcData;
  /** `[nz, ny, nx]` of the region (slices keep their axis of length 1), plus any component axis. */
  shape: number[];
}

/** Options of {@link MrcReader.statistics}. */
export interface StatisticsOptions {
  /**
   * Bytes read and summed at a time. Default 16 MiB. Chunks are rounded down to whole voxels
   * (whole rows for mode 101), and at least one is read at a time.
   */
  chunkBytes?: number;
}

const STATISTICS_CHUNK_BYTES = 16 * 2 ** 20;
/** Default of `maxGapBytes` for sources that copy what they read: one memory page. */
const DEFAULT_MAX_GAP_BYTES = 4096;

/** An MRC file opened lazily: the header is read, the data stays in the source until asked for. */
export class MrcReader {
  private constructor(
    readonly source: ByteSource,
    readonly layout: MrcLayout,
    readonly compression: Compression,
    private readonly feiBlocks: FeiBlockLayout | null,
    readonly warnings: MrcWarning[],
    private readonly limits: { maxGapBytes: number; maxDataBytes: number; headerOnly: boolean },
  ) {}

  /** Opens `source` (see {@link openMrc}). */
  static async open(source: ByteSource, options: OpenMrcOptions = {}): Promise<MrcReader> {
    checkOpenOptions(options);
    const fileName = options.fileName ?? source.name;
    const log = new ProblemLog(options.permissive ?? false, options.onWarning, fileName);
    const headerOnly = options.headerOnly ?? false;
    let head = await source.read(0, Math.min(source.size, HEADER_BYTES));
    const compression = detectCompression(head);
    // Compressed files cannot be read lazily: decompress them into memory and read from there.
    if (compression !== "none") {
      const compressed = await source.read(0, source.size);
      // The compressed source is no longer needed, so release its file handle now.
      await source.close?.();
      source = inflateMrc(compressed, compression, { ...options, fileName }, log, !headerOnly);
      head = await source.read(0, Math.min(source.size, HEADER_BYTES));
    }
    checkHeaderLength(head.length < HEADER_BYTES ? head : head.subarray(0, HEADER_BYTES), fileName);
    // Only whole reads of an uncompressed source are limited by maxDataBytes, in readData. The
    // decompressed bytes of a compressed file are already in memory and were limited above.
    const headerOptions = compression === "none" || headerOnly ? { ...options, maxDataBytes: Number.POSITIVE_INFINITY } : options;
    const layout = interpretHeader(head, source.size, headerOptions, log, headerOnly);
    // The extended header stays unread until readExtendedHeader, because NSYMBT can declare up to
    // 2 GiB. Check 8 on FEI blocks needs only the block size in its first four bytes.
    let feiBlocks: FeiBlockLayout | null = null;
    const { exttyp, nsymbt, nz } = layout.header;
    if (layout.extendedHeaderReadable && (exttyp === "FEI1" || exttyp === "FEI2")) {
      let metadataSize = 0;
      if (nsymbt >= 8) {
        const first = await readExactly(source, HEADER_BYTES, 4);
        metadataSize = new DataView(first.buffer, first.byteOffset, 4).getInt32(0, layout.littleEndian);
      }
      feiBlocks = feiBlockLayout(nsymbt, metadataSize, exttyp, Math.max(0, nz), log);
    }
    const maxGapBytes = options.maxGapBytes ?? (source.inMemory ? Number.POSITIVE_INFINITY : (source.preferredGapBytes ?? DEFAULT_MAX_GAP_BYTES));
    const limits = { maxGapBytes, maxDataBytes: options.maxDataBytes ?? DEFAULT_MAX_DATA_BYTES, headerOnly };
    return new MrcReader(source, layout, compression, feiBlocks, log.warnings, limits);
  }

  /** The main header. */
  get header() {
    return this.layout.header;
  }

  /** Shape of the whole data array in file order, or null when no shape exists. */
  get shape(): number[] | null {
    return this.layout.shape;
  }

  /**
   * Reads the extended header: the NSYMBT bytes after the main header, in an array of their own.
   * Returns null when NSYMBT is negative or the file is too short for them. Opening never reads
   * them, and each call reads them again. Throws `DATA_TOO_LARGE`, naming NSYMBT, when NSYMBT
   * exceeds `maxDataBytes`.
   */
  async readExtendedHeader(): Promise<Uint8Array<ArrayBuffer> | null> {
    if (!this.layout.extendedHeaderReadable) return null;
    return this.readExtendedBytes(this.header.nsymbt);
  }

  /**
   * Returns the extended header as chunks of at most `chunkBytes` bytes (16 MiB by default), read
   * only when iterated, to copy it into a new file with `MrcSectionWriter`. Unlike
   * {@link MrcReader.readExtendedHeader} it ignores `maxDataBytes`, because it keeps at most
   * one chunk. Returns null when NSYMBT is negative or the file is too short for it.
   */
  streamExtendedHeader(chunkBytes: number = EXTENDED_HEADER_CHUNK_BYTES): StreamedExtendedHeader | null {
    if (!(Number.isSafeInteger(chunkBytes) && chunkBytes > 0)) {
      throw new MrcError("INVALID_ARGUMENT", `Invalid chunkBytes ${chunkBytes}: expected a positive whole number of bytes.`, { field: "chunkBytes", value: chunkBytes, file: this.source.name });
    }
    if (!this.layout.extendedHeaderReadable) return null;
    const byteLength = this.header.nsymbt;
    const read = (offset: number, length: number) => this.readExactly(offset, length);
    const inMemory = this.source.inMemory === true;
    return {
      byteLength,
      async *chunks() {
        for (let start = 0; start < byteLength; start += chunkBytes) {
          const bytes = await read(HEADER_BYTES + start, Math.min(chunkBytes, byteLength - start));
          // Sources in memory return views of their own storage, which the caller must not change.
          yield inMemory ? copyBytes(bytes) : bytes;
        }
      },
    };
  }

  /**
   * Reads and decodes the FEI1 or FEI2 extended header: one record per section. Returns null for
   * other EXTTYPs and for blocks that check 8 rejected at open, with the warning in
   * {@link MrcReader.warnings}. Reads only the whole blocks, not the padding after them. Throws
   * `DATA_TOO_LARGE` when those blocks exceed `maxDataBytes`.
   */
  async readFeiExtendedHeader(): Promise<FeiExtendedHeader | null> {
    if (this.feiBlocks === null) return null;
    const bytes = await this.readExtendedBytes(this.feiBlocks.count * this.feiBlocks.blockBytes);
    return decodeFeiBlocks(bytes, this.feiBlocks, this.layout.littleEndian);
  }

  /** Reads the first `length` bytes of the extended header into an array of their own, within `maxDataBytes`. */
  private async readExtendedBytes(length: number): Promise<Uint8Array<ArrayBuffer>> {
    if (length > this.limits.maxDataBytes) throw toError(extendedHeaderTooLargeProblem(length, this.limits.maxDataBytes), this.source.name);
    const bytes = await this.readExactly(HEADER_BYTES, length);
    // Sources in memory return views of their own storage, which the caller must not change.
    return this.source.inMemory ? copyBytes(bytes) : withArrayBuffer(bytes);
  }

  /**
   * Throws the {@link MrcError} that a data read would throw when the header describes no readable
   * data block: `UNKNOWN_MODE`, `INVALID_EXTENDED_HEADER` (negative NSYMBT), `INVALID_DIMENSIONS`
   * (a negative dimension), `NOT_MRC` (an implausible header), `FILE_SIZE_MISMATCH`, or
   * `DATA_TOO_LARGE` for a compressed file whose block exceeds `maxDataBytes`. Only a permissive
   * open gets this far with such a header. After a `headerOnly` open it throws `INVALID_ARGUMENT`.
   */
  checkDataReadable(): void {
    this.requireData();
  }

  private requireData(): { mode: MrcMode; dataOffset: number } {
    const { mode, dataOffset } = this.layout;
    const where = this.source.name === undefined ? "" : `${this.source.name}: `;
    if (this.limits.headerOnly) {
      throw new MrcError("INVALID_ARGUMENT", `${where}Cannot read data: the file was opened with headerOnly. Open it again without headerOnly to read its data.`, { field: "headerOnly", value: true, file: this.source.name });
    }
    const problem = this.dataProblem();
    if (problem !== null || mode === null || dataOffset === null) {
      // dataProblem() returns a problem whenever mode or dataOffset is null; the fallback only narrows the types.
      const { code, field, value, reason } = problem ?? { code: "NOT_MRC" as const, field: "data", value: null, reason: "the header describes no data block" };
      throw new MrcError(code, `${where}Cannot read data: ${reason}. See the warnings of the permissive open.`, { field, value, file: this.source.name });
    }
    const end = BigInt(dataOffset) + this.layout.dataBytes;
    if (end > BigInt(this.source.size)) {
      throw new MrcError("FILE_SIZE_MISMATCH", `${where}Cannot read data: the file is ${this.source.size} bytes but the data block ends at byte ${end}.`, { field: "file size", value: this.source.size, check: 7, file: this.source.name });
    }
    if (this.compression !== "none" && !this.layout.dataReadable) {
      // A permissive open of a compressed file leaves a block over maxDataBytes compressed.
      throw toError(dataTooLargeProblem(decodedDataBytes(mode, this.layout.dataBytes), this.limits.maxDataBytes), this.source.name);
    }
    return { mode, dataOffset };
  }

  /** Returns why the header describes no readable data block, or null when it describes one. */
  private dataProblem(): { code: MrcErrorCode; field: string; value: unknown; reason: string } | null {
    const { nx, ny, nz, mode, nsymbt } = this.header;
    if (this.layout.mode === null) return { code: "UNKNOWN_MODE", field: "mode", value: mode, reason: `MODE ${mode} is unknown` };
    if (this.layout.dataOffset === null) return { code: "INVALID_EXTENDED_HEADER", field: "nsymbt", value: nsymbt, reason: `NSYMBT ${nsymbt} is negative` };
    if (this.layout.shape === null) {
      return { code: "INVALID_DIMENSIONS", field: "dimensions", value: [nx, ny, nz], reason: `NX ${nx}, NY ${ny}, NZ ${nz} include a negative dimension, so no data shape exists` };
    }
    if (!this.layout.plausible) return { code: "NOT_MRC", field: "header", value: null, reason: "the header values are implausible in both byte orders, so this is probably not an MRC file" };
    return null;
  }

  /**
   * Reads the whole data block, subject to `maxDataBytes` like {@link readMrc}: a larger block
   * throws `DATA_TOO_LARGE`. Sections, slices, sub-volumes and statistics have no such limit.
   */
  async readData(): Promise<MrcData> {
    const { mode, dataOffset } = this.requireData();
    const decodedBytes = decodedDataBytes(mode, this.layout.dataBytes);
    if (Number(decodedBytes) > this.limits.maxDataBytes) throw toError(dataTooLargeProblem(decodedBytes, this.limits.maxDataBytes), this.source.name);
    const bytes = await this.readExactly(dataOffset, Number(this.layout.dataBytes));
    return this.decodeBlock(bytes, mode, true);
  }

  private readExactly(offset: number, length: number): Promise<Uint8Array> {
    return readExactly(this.source, offset, length);
  }

  private decodeBlock(bytes: Uint8Array, mode: MrcMode, copy: boolean): MrcData {
    return decodeVoxels(bytes, { mode, littleEndian: this.layout.littleEndian, signedBytes: this.layout.mode0?.signed ?? true, nx: this.header.nx, copy });
  }

  /** Reads section `index` (0 ≤ index < NZ) as an `[1, ny, nx]` region. */
  async readSection(index: number): Promise<Region> {
    return this.readSlice("z", index);
  }

  /** Reads the plane at `index` along a file axis: `z` one section, `y` one row of every section, `x` one column. */
  async readSlice(axis: SliceAxis, index: number): Promise<Region> {
    if (!BOX_AXES.includes(axis)) {
      throw new MrcError("INVALID_ARGUMENT", `Invalid axis ${JSON.stringify(axis) ?? String(axis)}: expected "x", "y" or "z".`, { field: "axis", value: axis, file: this.source.name });
    }
    const box: Box = { [axis]: [index, index + 1] };
    return this.readSubvolume(box);
  }

  /**
   * Throws `DATA_TOO_LARGE` for a box of more stored bytes than one read returns: Node reads at
   * most 2 GiB − 1 bytes in one call (`kIoMaxLength`), so such a box must be read in parts.
   */
  private checkBoxSize(box: Box, storedBytes: number): void {
    if (storedBytes <= MAX_BOX_BYTES) return;
    throw new MrcError(
      "DATA_TOO_LARGE",
      `The box ${JSON.stringify(box)} holds ${storedBytes} bytes of ${this.source.name ?? "the source"}, more than one read returns (${MAX_BOX_BYTES}). Read it in smaller boxes, such as section by section with readSection.`,
      { field: "box", value: storedBytes, file: this.source.name },
    );
  }

  /**
   * Reads the voxels inside `box` (half-open ranges per file axis), up to 2 GiB − 1 stored bytes.
   * Unlike full reads, it ignores `maxDataBytes`. Throws `INVALID_ARGUMENT` for a key other than
   * x, y and z.
   */
  async readSubvolume(box: Box): Promise<Region> {
    // A misspelt key such as "Z" would otherwise leave that axis whole.
    const unknown = Object.keys(box).find((key) => !(BOX_AXES as readonly string[]).includes(key));
    if (unknown !== undefined) {
      throw new MrcError("INVALID_ARGUMENT", `Invalid box axis ${JSON.stringify(unknown)}: expected "x", "y" or "z".`, { field: "box", value: unknown, file: this.source.name });
    }
    const { mode, dataOffset } = this.requireData();
    const { nx, ny, nz } = this.header;
    const range = (axis: SliceAxis, size: number): [number, number] => {
      const [start, end] = box[axis] ?? [0, size];
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > size || start >= end) {
        throw new MrcError("OUT_OF_RANGE", `Invalid ${axis} range [${start}, ${end}): expected integers with 0 ≤ start < end ≤ ${size} (the ${axis} size).`, { field: axis, value: [start, end], file: this.source.name });
      }
      return [start, end];
    };
    const [x0, x1] = range("x", nx);
    const [y0, y1] = range("y", ny);
    const [z0, z1] = range("z", nz);
    const info = modeInfo(mode);
    const components = info.components;
    const rowBytes = mode === 101 ? Math.ceil(nx / 2) : nx * info.bytesPerVoxel;
    const sectionBytes = rowBytes * ny;
    const shape = components === 1 ? [z1 - z0, y1 - y0, x1 - x0] : [z1 - z0, y1 - y0, x1 - x0, components];
    this.checkBoxSize(box, (z1 - z0) * (y1 - y0) * (mode === 101 ? Math.ceil((x1 - x0) / 2) : (x1 - x0) * info.bytesPerVoxel));

    // One contiguous byte range: whole rows of one section, or whole sections.
    if (x0 === 0 && x1 === nx && (z1 - z0 === 1 || (y0 === 0 && y1 === ny))) {
      const start = dataOffset + z0 * sectionBytes + y0 * rowBytes;
      const length = z1 - z0 === 1 ? (y1 - y0) * rowBytes : (z1 - z0) * sectionBytes;
      return { data: this.decodeBlock(await this.readExactly(start, length), mode, true), shape };
    }

    // Otherwise one run of columns per row of each section.
    // NOTE: from a source that copies, such as a file, an x slice of rows up to maxGapBytes long
    // (by default about 1024 float32 voxels) merges into ranges that cover the whole box. It then
    // reads the whole volume, and its time grows with the volume. When rows fit in one 4 KiB page,
    // every page contains a voxel of the slice, so the disk must deliver every page anyway. Node
    // has no memory map, so even a file in the page cache is copied whole. Reading one row at a
    // time costs one system call per voxel instead. In the package benchmark (Node 20, Linux, file
    // in the page cache) copying took about 0.1 ns per byte, and reading row by row about 0.9 µs
    // per voxel. The two meet at rows of about 8 KiB, so for rows of 4 to 8 KiB a maxGapBytes above
    // the row length reads x slices up to twice as fast as the default does.
    const layout: RunLayout = {
      firstOffset: dataOffset + z0 * sectionBytes + y0 * rowBytes + (mode === 101 ? x0 >> 1 : x0 * info.bytesPerVoxel),
      runBytes: mode === 101 ? ((x1 - 1) >> 1) - (x0 >> 1) + 1 : (x1 - x0) * info.bytesPerVoxel,
      rowBytes,
      sectionBytes,
      rowsPerSection: y1 - y0,
      runCount: (z1 - z0) * (y1 - y0),
    };
    const options: GatherOptions = { mode, littleEndian: this.layout.littleEndian, signedBytes: this.layout.mode0?.signed ?? true, firstColumn: x0, voxelsPerRun: x1 - x0 };
    return { data: await readBoxRuns(this.source, layout, options, this.limits.maxGapBytes), shape };
  }

  /**
   * Computes min, max, mean and RMS in float64 over the whole data block, reading about
   * `chunkBytes` (16 MiB by default) at a time, so the data never needs to fit in memory.
   */
  async statistics(options: StatisticsOptions = {}): Promise<VoxelStatistics> {
    const { mode, dataOffset } = this.requireData();
    const accumulator = new StatisticsAccumulator(mode === 3 || mode === 4);
    const totalBytes = Number(this.layout.dataBytes);
    // Chunks hold whole voxels (both parts of a complex value, all three RGB bytes), and whole
    // rows for mode 101, whose rows are padded to a byte.
    const unitBytes = mode === 101 ? Math.ceil(this.header.nx / 2) : modeInfo(mode).bytesPerVoxel;
    if (totalBytes === 0 || unitBytes === 0) return accumulator.result();
    const requested = options.chunkBytes ?? STATISTICS_CHUNK_BYTES;
    if (!(Number.isSafeInteger(requested) && requested > 0)) {
      throw new MrcError("INVALID_ARGUMENT", `Invalid chunkBytes ${requested}: expected a positive whole number of bytes.`, { field: "chunkBytes", value: requested, file: this.source.name });
    }
    const chunkBytes = Math.max(1, Math.floor(requested / unitBytes)) * unitBytes;
    const readChunk = (start: number) => this.readExactly(dataOffset + start, Math.min(chunkBytes, totalBytes - start));
    // The next chunk is requested before the current one is summed, so that an asynchronous
    // source reads while the statistics loop runs. At most two chunks are in memory at once.
    let next: Promise<Uint8Array> | undefined = readChunk(0);
    for (let start = 0; next !== undefined; start += chunkBytes) {
      const bytes: Uint8Array = await next;
      next = start + chunkBytes < totalBytes ? readChunk(start + chunkBytes) : undefined;
      accumulator.add(this.decodeBlock(bytes, mode, false));
    }
    return accumulator.result();
  }

  /** Closes the source when it owns a resource, such as a file handle. */
  async close(): Promise<void> {
    await this.source.close?.();
  }
}

/**
 * Reads `length` bytes at `offset` of `source`. Throws `READ_FAILED` when the source returns
 * fewer, as a file truncated after it was opened does, instead of decoding short data.
 */
async function readExactly(source: ByteSource, offset: number, length: number): Promise<Uint8Array> {
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) {
    throw new MrcError("READ_FAILED", `Read ${bytes.length} of ${length} bytes at offset ${offset} of ${source.name ?? "the source"}: the source ended early, so the file was truncated after it was opened.`, {
      field: "range",
      value: { offset, length, filled: bytes.length },
      file: source.name,
    });
  }
  return bytes;
}

/**
 * Opens an MRC file lazily from a byte source: reads the main header, runs the same checks as
 * {@link readMrc}, and reads the extended header and data only when asked. `maxDataBytes` limits
 * only {@link MrcReader.readData} and {@link MrcReader.readExtendedHeader}, so sections, slices
 * and statistics of a file of any size can be read. gzip and bzip2 sources are decompressed into
 * memory first, because compressed data has no random access, so for them the limit applies at
 * open.
 *
 * @example
 * const reader = await openMrc(new BlobSource(file));
 * const { data, shape } = await reader.readSlice("z", 10);
 */
export function openMrc(source: ByteSource, options: OpenMrcOptions = {}): Promise<MrcReader> {
  return MrcReader.open(source, options);
}
