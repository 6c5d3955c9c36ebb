// Positions of the voxels of a box in a file: one run of columns per row of each section. Also
// the grouping of consecutive runs into the byte ranges that a read requests from the source.

/** The runs of a box read, in file order: section by section, row by row. */
export interface RunLayout {
  /** File offset in bytes of run 0: the first column of the box in its first row and section. */
  readonly firstOffset: number;
  /** Stored bytes of one run. */
  readonly runBytes: number;
  /** Bytes from the start of one file row to the start of the next. */
  readonly rowBytes: number;
  /** Bytes from the start of one file section to the start of the next. */
  readonly sectionBytes: number;
  /** Rows of the box in each section. */
  readonly rowsPerSection: number;
  /** Runs in total: rows of the box times its sections. */
  readonly runCount: number;
}

/** Returns the file offset in bytes of run `run`. */
export function runOffset(layout: RunLayout, run: number): number {
  const section = Math.floor(run / layout.rowsPerSection);
  const row = run - section * layout.rowsPerSection;
  return layout.firstOffset + section * layout.sectionBytes + row * layout.rowBytes;
}

/** Returns the byte length of the range from the start of run `first` to the end of run `end - 1`. */
export function blockBytes(layout: RunLayout, first: number, end: number): number {
  return runOffset(layout, end - 1) + layout.runBytes - runOffset(layout, first);
}

/**
 * Returns the end (exclusive) of the block of runs that starts at run `first`: later runs join
 * while the gap before each is at most `maxGapBytes` and the block stays within `maxBlockBytes`.
 * A block always has at least one run, even one longer than `maxBlockBytes`.
 */
export function blockEnd(layout: RunLayout, first: number, maxGapBytes: number, maxBlockBytes: number): number {
  const { runCount, rowsPerSection, rowBytes, sectionBytes, runBytes } = layout;
  const rowGap = rowBytes - runBytes;
  // The gap from the last run of a section to the first run of the next is never below rowGap.
  const sectionGap = sectionBytes - (rowsPerSection - 1) * rowBytes - runBytes;
  let limit = runCount;
  if (rowsPerSection > 1 && rowGap > maxGapBytes) {
    limit = first + 1;
  } else if (sectionGap > maxGapBytes) {
    limit = (Math.floor(first / rowsPerSection) + 1) * rowsPerSection;
  }
  limit = Math.min(limit, runCount);

  // The block length grows with its end, so a binary search finds the longest block that fits.
  let low = first + 1;
  let high = limit;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (blockBytes(layout, first, middle) <= maxBlockBytes) low = middle;
    else high = middle - 1;
  }
  return low;
}
