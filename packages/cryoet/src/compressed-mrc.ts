// Decompressing a gzip or bzip2 MRC file into memory: the main header first, then only as many
// bytes as that header describes, each part into an array of its own.
import { detectByteOrder } from "./byte-order.js";
import { decompressionError, initialOutputCapacity, inflateInto, isAllocationFailure, type Compression } from "./compression.js";
import { MrcError } from "./errors.js";
import { GrowableBytes } from "./growable-bytes.js";
import { decodeHeader, HEADER_BYTES } from "./header.js";
import { dataTooLargeProblem, decodedDataBytes, DEFAULT_MAX_DATA_BYTES, extendedHeaderTooLargeProblem, type ReadOptions } from "./layout.js";
import { dataBlockBytes, isKnownMode } from "./modes.js";
import { ProblemLog, toError } from "./problems.js";
import { SegmentedSource } from "./segmented-source.js";
import { checkReadOptions } from "./read-option-checks.js";

/** The sizes the main header declares, in the byte order its stamp and values suggest. */
interface DeclaredLayout {
  /** Extended header bytes: NSYMBT, or 0 when it is negative. */
  extendedBytes: number;
  /** Data block bytes to keep: 0 unless `data` is `kept`. */
  keptDataBytes: number;
  /** The whole file size that the header describes. */
  declaredBytes: number;
  /**
   * `kept` when the block is decompressed, `tooLarge` when it exceeds `maxDataBytes`, `skipped`
   * when a header-only read leaves it compressed, `none` when the header describes no readable block.
   */
  data: "kept" | "tooLarge" | "skipped" | "none";
}

/**
 * Decides from the first 1024 decompressed bytes how much of the file to keep. A data block over
 * `maxDataBytes` throws `DATA_TOO_LARGE` in a strict read before it is decompressed. A permissive
 * read keeps only the headers, and the full header check later reports the block as too large.
 * An extended header over `maxDataBytes` throws in both strict and permissive reads, because the
 * reader keeps it whole.
 */
function declaredLayout(head: Uint8Array, options: ReadOptions, keepData: boolean): DeclaredLayout {
  // The final byte-order decision also weighs the file size, which is not known yet. It can only
  // differ for headers that are plausible in both orders, and reads then copy across the parts.
  const order = detectByteOrder(head, -1, new ProblemLog(true));
  const header = decodeHeader(head, order.littleEndian);
  const maxDataBytes = options.maxDataBytes ?? DEFAULT_MAX_DATA_BYTES;
  const extendedBytes = Math.max(0, header.nsymbt);
  // The extended header is kept whole too, so a large NSYMBT over a run of compressed zeros would
  // otherwise allocate up to 2 GiB from a file of a few megabytes.
  if (extendedBytes > maxDataBytes) throw toError(extendedHeaderTooLargeProblem(extendedBytes, maxDataBytes, ", or decompress the file and open it with openMrc, which leaves the extended header unread"), options.fileName);
  const { nx, ny, nz, mode } = header;
  const hasData = order.plausible && header.nsymbt >= 0 && isKnownMode(mode) && nx >= 0 && ny >= 0 && nz >= 0;
  const dataBytes = hasData ? dataBlockBytes(mode, nx, ny, nz) : 0n;
  const declaredBytes = Number(BigInt(HEADER_BYTES + extendedBytes) + dataBytes);
  if (!hasData) return { extendedBytes, keptDataBytes: 0, declaredBytes, data: "none" };
  if (!keepData) return { extendedBytes, keptDataBytes: 0, declaredBytes, data: "skipped" };
  const decodedBytes = decodedDataBytes(mode, dataBytes);
  if (Number(decodedBytes) <= maxDataBytes) return { extendedBytes, keptDataBytes: Number(dataBytes), declaredBytes, data: "kept" };
  if (!options.permissive) throw toError(dataTooLargeProblem(decodedBytes, maxDataBytes), options.fileName);
  return { extendedBytes, keptDataBytes: 0, declaredBytes, data: "tooLarge" };
}

/**
 * Routes decompressed bytes into the main header, extended header and data block, and stops
 * once the header's declared size is reached.
 */
class MrcPartsSink {
  readonly head = new GrowableBytes(HEADER_BYTES, HEADER_BYTES);
  extended: GrowableBytes | null = null;
  data: GrowableBytes | null = null;
  declared: DeclaredLayout | null = null;
  /** Bytes arrived beyond the declared size, so decompression stopped there. */
  overflowed = false;

  constructor(
    private readonly compressedBytes: number,
    private readonly compression: Exclude<Compression, "none">,
    private readonly options: ReadOptions,
    private readonly keepData: boolean,
  ) {}

  /** Takes a chunk of output; returns false once the declared size is reached and more bytes arrive. */
  accept(chunk: Uint8Array): boolean {
    let rest = chunk;
    while (rest.length > 0) {
      const part = this.openPart();
      if (part === null) {
        this.overflowed = true;
        return false;
      }
      rest = rest.subarray(part.append(rest));
    }
    return true;
  }

  private openPart(): GrowableBytes | null {
    if (this.head.length < HEADER_BYTES) return this.head;
    if (this.declared === null) {
      this.declared = declaredLayout(this.head.bytes(), this.options, this.keepData);
      this.extended = new GrowableBytes(this.declared.extendedBytes, Math.min(this.declared.extendedBytes, 2 ** 20));
      const capacity = initialOutputCapacity(this.compressedBytes, this.compression);
      this.data = new GrowableBytes(this.declared.keptDataBytes, Math.min(this.declared.keptDataBytes, capacity));
    }
    if (this.extended!.length < this.extended!.maxLength) return this.extended;
    if (this.data!.length < this.data!.maxLength) return this.data;
    return null;
  }
}

/**
 * Decompresses a gzip or bzip2 MRC file for a whole or lazy read. Decompression stops once the
 * main header, extended header and data block that the header describes have arrived, so a small
 * header cannot make a large stream inflate. When more bytes follow, the file is longer than its
 * header describes, and the extra bytes are ignored with a check-7 warning in `log`, as for an
 * uncompressed file. With `keepData` false (header-only reads), decompression stops after the
 * extended header, and the data block is then assumed complete when at least one byte of it
 * follows. The parts stay in separate arrays, so a data block of up to 2³² bytes can be read with
 * its header in Node 20. Throws `DECOMPRESSION_FAILED` for corrupt or truncated data, and
 * `DATA_TOO_LARGE` for a block over `maxDataBytes` (strict reads) or an extended header over it.
 */
export function inflateMrc(bytes: Uint8Array, compression: Exclude<Compression, "none">, options: ReadOptions, log: ProblemLog, keepData = true): SegmentedSource {
  checkReadOptions(options);
  const sink = new MrcPartsSink(bytes.length, compression, options, keepData);
  try {
    inflateInto(bytes, compression, (chunk) => sink.accept(chunk));
  } catch (error) {
    if (isAllocationFailure(error)) {
      const bytesNeeded = sink.declared?.keptDataBytes ?? 0;
      throw new MrcError("DATA_TOO_LARGE", `${options.fileName === undefined ? "" : `${options.fileName}: `}Cannot allocate ${bytesNeeded} bytes for the decompressed data block (${(error as Error).message}). Decompress the file to disk and read it with openMrcFile, which reads sections lazily.`, {
        field: "data",
        value: bytesNeeded,
        file: options.fileName,
        cause: error,
      });
    }
    throw decompressionError(error, compression, options.fileName);
  }
  const segments = [{ offset: 0, bytes: sink.head.bytes() }];
  let received = sink.head.length;
  if (sink.extended !== null && sink.data !== null) {
    segments.push({ offset: HEADER_BYTES, bytes: sink.extended.bytes() });
    segments.push({ offset: HEADER_BYTES + sink.extended.maxLength, bytes: sink.data.bytes() });
    received += sink.extended.length + sink.data.length;
  }
  let size = received;
  if (sink.overflowed && sink.declared?.data === "kept") {
    log.warn(
      { check: 7, code: "FILE_TOO_LONG", field: "file size", value: received, message: `The ${compression} data decompress to more than the ${received} bytes that the header describes.` },
      "Decompression stopped there, and the extra bytes are ignored.",
    );
  } else if (sink.overflowed && (sink.declared?.data === "tooLarge" || sink.declared?.data === "skipped")) {
    // The data block was left compressed on purpose, so the file is at least as long as declared.
    // The header check then reports a block over maxDataBytes as too large instead of the file as short.
    size = sink.declared.declaredBytes;
  }
  return new SegmentedSource(segments, size, options.fileName);
}
