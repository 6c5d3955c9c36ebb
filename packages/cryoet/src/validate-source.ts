// The validator over a byte source: the checks of validateMrc without the data in memory.
import type { ByteSource } from "./byte-source.js";
import type { MrcLayout } from "./layout.js";
import { openMrc, type MrcReader } from "./lazy-reader.js";
import { ProblemLog, type MrcWarning } from "./problems.js";
import type { VoxelStatistics } from "./statistics.js";
import { checkHeaderFields, checkStatistics, headerStatisticsDetermined, recordOpenFailure, sortedProblems, type ValidateOptions } from "./validate.js";

/** Options of {@link validateMrcSource}. */
export interface ValidateSourceOptions extends ValidateOptions {
  /** Bytes read at a time for checks 9 and 10. Default 16 MiB (see {@link MrcReader.statistics}). */
  chunkBytes?: number;
}

/** Result of {@link validateMrcSource}. */
export interface SourceValidationReport {
  /** False when any check failed. */
  valid: boolean;
  /** Every failed check in check order, with the message a read gives for it. */
  problems: MrcWarning[];
  /** The file's layout from a permissive open, or null when the file could not be opened (check 1). */
  layout: MrcLayout | null;
  /**
   * Statistics of the data, or null when the data cannot be read, is empty, is RGB (mode 16), or
   * the header's statistics are all undetermined, so that checks 9 and 10 compare nothing.
   */
  statistics: VoxelStatistics | null;
}

/**
 * Validates an MRC file through a byte source with the checks of {@link validateMrc}, reading the
 * data block in chunks of `chunkBytes` for checks 9 and 10, so files of any size can be validated
 * in bounded memory. The data is not read at all when the header's statistics are undetermined.
 * An uncompressed file has no `maxDataBytes` limit here; gzip and bzip2 files are decompressed
 * into memory first, within it. The source is closed when validation ends.
 *
 * @example
 * const report = await validateMrcSource(new BlobSource(file));
 * report.valid; report.problems;
 */
export async function validateMrcSource(source: ByteSource, options: ValidateSourceOptions = {}): Promise<SourceValidationReport> {
  const log = new ProblemLog(true, undefined, options.fileName ?? source.name);
  let reader: MrcReader;
  try {
    reader = await openMrc(source, { ...options, permissive: true, onWarning: undefined });
  } catch (error) {
    await source.close?.();
    recordOpenFailure(error, log);
    return { valid: false, problems: sortedProblems(log), layout: null, statistics: null };
  }
  try {
    for (const warning of reader.warnings) log.record(warning);
    const { layout } = reader;
    const complex = layout.mode === 3 || layout.mode === 4;
    let statistics: VoxelStatistics | null = null;
    if (layout.dataReadable && layout.dataBytes > 0n && layout.mode !== 16 && headerStatisticsDetermined(layout.header, complex)) {
      statistics = await reader.statistics({ chunkBytes: options.chunkBytes });
      checkStatistics(statistics, layout.header, complex, options, log);
    }
    checkHeaderFields(layout.header, log);
    const problems = sortedProblems(log);
    return { valid: problems.length === 0, problems, layout, statistics };
  } finally {
    await reader.close();
  }
}
