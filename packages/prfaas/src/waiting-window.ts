import { mergeAdjacentBuckets } from "./bucket-timeline.js";

/** Default bound on the buckets of a {@link WaitingWindow}. */
export const WAITING_WINDOW_MAX_BUCKETS = 4096;

/**
 * The time integral of the number of waiting requests over the arrival window, from the first
 * arrival to the last, for the stability test (first half against second half). Its buckets start
 * at the first arrival, 1 µs wide, and merge in pairs whenever the window outgrows `maxBuckets`.
 * So the halves are resolved to within 2 / `maxBuckets` of the window at any length, in fixed memory.
 */
export class WaitingWindow {
  /** Waiting-request µs per bucket. */
  private readonly area: number[] = [];
  private bucketUs = 1;
  private originUs: number | null = null;
  private lastUs = 0;
  private endUs: number | null = null;
  /** Requests waiting at the end of the window, for a window of zero length. */
  private waitingAtEnd = 0;

  constructor(private readonly maxBuckets = WAITING_WINDOW_MAX_BUCKETS) {}

  /** Opens the window at the first arrival. */
  start(timeUs: number): void {
    if (this.originUs !== null) return;
    this.originUs = timeUs;
    this.lastUs = timeUs;
  }

  /** Records that `waiting` requests waited from the previous call (or the start) until `timeUs`. */
  advance(timeUs: number, waiting: number): void {
    if (this.originUs === null || this.endUs !== null || timeUs <= this.lastUs) return;
    let start = this.lastUs - this.originUs;
    const to = timeUs - this.originUs;
    while (start < to) {
      while (Math.floor(start / this.bucketUs) >= this.maxBuckets) {
        mergeAdjacentBuckets(this.area);
        this.bucketUs *= 2;
      }
      const bucket = Math.floor(start / this.bucketUs);
      const end = Math.min(to, (bucket + 1) * this.bucketUs);
      while (this.area.length <= bucket) this.area.push(0);
      this.area[bucket]! += waiting * (end - start);
      start = end;
    }
    this.lastUs = timeUs;
  }

  /** Closes the window at the last arrival, with the requests waiting right after it. */
  close(timeUs: number, waitingNow: number): void {
    if (this.originUs === null || this.endUs !== null) return;
    this.endUs = Math.max(timeUs, this.lastUs);
    this.waitingAtEnd = waitingNow;
  }

  /**
   * Time-averaged waiting requests over the first and the second half of the window. A window of
   * zero length (every request arrived in the same microsecond) takes the limit of a very short
   * one, in which the W requests left waiting arrive evenly and none finishes: W / 4 and 3W / 4.
   */
  halves(): { firstHalf: number; secondHalf: number } {
    if (this.originUs === null || this.endUs === null) return { firstHalf: 0, secondHalf: 0 };
    const length = this.endUs - this.originUs;
    if (length <= 0) return { firstHalf: this.waitingAtEnd / 4, secondHalf: (3 * this.waitingAtEnd) / 4 };
    const middle = length / 2;
    let first = 0;
    let second = 0;
    this.area.forEach((area, bucket) => {
      const from = bucket * this.bucketUs;
      const to = from + this.bucketUs;
      // Area is spread evenly inside a bucket, so the bucket holding the midpoint splits pro rata.
      const before = Math.max(0, Math.min(to, middle) - from) / this.bucketUs;
      first += area * before;
      second += area * (1 - before);
    });
    return { firstHalf: first / middle, secondHalf: second / (length - middle) };
  }
}
