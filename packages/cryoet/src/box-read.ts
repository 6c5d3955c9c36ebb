// Reading the runs of a box from a byte source: groups nearby runs into byte ranges, reads the
// ranges in batches and gathers the runs of each range as its bytes arrive.
import { visitRanges, type ByteRange, type ByteSource } from "./byte-source.js";
import { MrcError } from "./errors.js";
import { BoxGatherer, type GatherOptions } from "./gather.js";
import { blockBytes, blockEnd, runOffset, type RunLayout } from "./run-layout.js";
import type { MrcData } from "./voxels.js";

/**
 * Largest range, and largest batch of ranges, requested from a source without `visitRanges`, which
 * returns a new array per range: a batch is in memory at once. Larger ranges mean fewer requests
 * to sources such as HTTP.
 */
const READ_BATCH_BYTES = 16 * 2 ** 20;

/**
 * Largest range requested from a source with `visitRanges`, which reads each range into a buffer that
 * it reuses. Small buffers stay in the CPU caches while the runs are copied out of them.
 */
const VISIT_BLOCK_BYTES = 2 ** 20;

/** Maximum number of ranges in one batch, which bounds the range list of a slice that reads one run per row. */
const MAX_BATCH_RANGES = 4096;

/**
 * Reads every run of `layout` from `source` and returns the decoded values of the box. Runs whose
 * gap is at most `maxGapBytes` are read as one range, because a gap within one page costs nothing
 * extra to read.
 */
export async function readBoxRuns(source: ByteSource, layout: RunLayout, options: GatherOptions, maxGapBytes: number): Promise<MrcData> {
  const gatherer = new BoxGatherer(layout, options);
  const visiting = source.visitRanges !== undefined;
  const maxBlockBytes = visiting ? VISIT_BLOCK_BYTES : READ_BATCH_BYTES;
  for (let run = 0; run < layout.runCount; ) {
    const ranges: ByteRange[] = [];
    const firstRuns: number[] = [];
    const endRuns: number[] = [];
    let batchBytes = 0;
    while (run < layout.runCount && ranges.length < MAX_BATCH_RANGES) {
      const end = blockEnd(layout, run, maxGapBytes, maxBlockBytes);
      const length = blockBytes(layout, run, end);
      if (!visiting && ranges.length > 0 && batchBytes + length > READ_BATCH_BYTES) break;
      ranges.push({ offset: runOffset(layout, run), length });
      firstRuns.push(run);
      endRuns.push(end);
      batchBytes += length;
      run = end;
    }
    await visitRanges(source, ranges, (bytes, index) => {
      const range = ranges[index]!;
      if (bytes.length < range.length) {
        throw new MrcError("READ_FAILED", `Read ${bytes.length} of ${range.length} bytes at offset ${range.offset} of ${source.name ?? "the source"}: the source ended early, so the file was truncated after it was opened.`, {
          field: "range",
          value: range,
          file: source.name,
        });
      }
      gatherer.add(bytes, firstRuns[index]!, endRuns[index]!);
    });
  }
  return gatherer.finish();
}
