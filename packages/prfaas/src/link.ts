import type { BandwidthProfile } from "./bandwidth-profile.js";
import { mergeAdjacentBuckets } from "./bucket-timeline.js";
import { PrfaasError, requirePositive } from "./errors.js";

/** One transfer on a {@link Link}. */
export interface LinkTransfer {
  /** Request id, for logs. */
  readonly requestId: number;
  readonly bytes: number;
  readonly startUs: number;
  /**
   * Layer-wise pipelining: while the prefill runs, the bytes sent never exceed
   * bytes · elapsed / prefillSeconds. Null for a transfer of data that already exists.
   */
  readonly pipelinedPrefillSeconds: number | null;
  /** True while the prefill that produces the bytes still runs. */
  prefillRunning: boolean;
  sentBytes: number;
  /** Current rate in bytes per second. */
  rateBytesPerSecond: number;
  /** Highest rate this transfer ever had, for checks. */
  peakRateBytesPerSecond: number;
}

/** Bytes sent per time bucket, for link utilisation over time. */
export interface LinkTimeline {
  bucketSeconds: number;
  /** Bytes sent in each bucket. */
  bytes: number[];
  /** Capacity of each bucket in bytes: the nominal rate × the bandwidth factor, integrated over the bucket. */
  capacityBytes: number[];
}

/**
 * A capacity-limited link shared by concurrent transfers with max-min fairness (water-filling).
 * A pipelined transfer whose prefill still runs is capped at bytes / T_prefill while it keeps up
 * with its prefill, and uncapped while behind, so it ends at or after its prefill. Time moves in
 * integer microseconds; {@link advance} must be called with non-decreasing times.
 */
export class Link {
  private readonly active: LinkTransfer[] = [];
  private lastUs = 0;
  private readonly nominalBytesPerSecond: number;
  /** Bytes sent since the start. */
  sentBytesTotal = 0;
  /** Largest Σ rates / capacity seen, for checks (at most 1 up to rounding). */
  maxUtilisation = 0;
  readonly timeline: LinkTimeline;

  /**
   * @param maxBuckets Bound on the timeline length: past it, adjacent buckets merge and the bucket
   *   width doubles (default unbounded).
   */
  constructor(
    gbps: number,
    private readonly profile: BandwidthProfile,
    bucketSeconds: number,
    private readonly maxBuckets = Number.POSITIVE_INFINITY,
  ) {
    this.nominalBytesPerSecond = (requirePositive("link.gbps", gbps) * 1e9) / 8;
    this.timeline = { bucketSeconds: requirePositive("timelineBucketSeconds", bucketSeconds), bytes: [], capacityBytes: [] };
  }

  /** Transfers in flight. */
  get transfers(): readonly LinkTransfer[] {
    return this.active;
  }

  /** Capacity at `timeUs` in bytes per second. */
  capacityAt(timeUs: number): number {
    return this.nominalBytesPerSecond * this.profile.factorAt(timeUs);
  }

  /**
   * Starts a transfer of `bytes` at `nowUs` and returns it. Throws `INVALID_OPTION` when `bytes` is
   * not a finite number of at least 0, because such a transfer would never finish.
   */
  start(nowUs: number, requestId: number, bytes: number, pipelinedPrefillSeconds: number | null): LinkTransfer {
    if (!(Number.isFinite(bytes) && bytes >= 0)) {
      throw new PrfaasError("INVALID_OPTION", `Invalid transfer size ${String(bytes)} bytes for request ${requestId}: expected a finite number of bytes of at least 0.`, {
        field: "bytes",
        value: bytes,
      });
    }
    this.advance(nowUs);
    const transfer: LinkTransfer = {
      requestId,
      bytes,
      startUs: nowUs,
      pipelinedPrefillSeconds,
      prefillRunning: pipelinedPrefillSeconds !== null,
      sentBytes: 0,
      rateBytesPerSecond: 0,
      peakRateBytesPerSecond: 0,
    };
    this.active.push(transfer);
    this.assignRates(nowUs);
    return transfer;
  }

  /**
   * Marks the prefill behind `transfer` as complete at `nowUs`, which lifts its pipelining cap,
   * and returns the transfers that are now finished.
   */
  prefillDone(nowUs: number, transfer: LinkTransfer): LinkTransfer[] {
    const finished = this.advance(nowUs);
    transfer.prefillRunning = false;
    finished.push(...this.advance(nowUs));
    this.assignRates(nowUs);
    return finished;
  }

  /**
   * Capacity in bytes over [fromUs, toUs], following the bandwidth profile through every change
   * inside the interval.
   */
  capacityBytesBetween(fromUs: number, toUs: number): number {
    let total = 0;
    for (let time = fromUs; time < toUs; ) {
      const next = Math.min(toUs, Math.max(this.profile.nextChangeUs(time), time + 1e-3));
      total += (this.capacityAt(time) * (next - time)) / 1e6;
      time = next;
    }
    return total;
  }

  /**
   * Moves every transfer forward to `nowUs`, removes and returns the finished ones, and
   * reassigns rates. Time moves in steps that end at each change of the bandwidth profile before
   * `nowUs`, and rates are reassigned after each step, so the transfers never carry more than the
   * capacity of the moment. Rates are also reassigned at `nowUs`, because a pipelined transfer may
   * have caught up with its prefill there.
   */
  advance(nowUs: number): LinkTransfer[] {
    const finished: LinkTransfer[] = [];
    while (this.lastUs < nowUs) {
      // An idle link has no rates to follow the profile, so it moves in one step.
      const change = this.active.length === 0 ? nowUs : this.profile.nextChangeUs(this.lastUs);
      const stepEnd = change > this.lastUs && change < nowUs ? change : nowUs;
      this.moveTo(stepEnd);
      finished.push(...this.removeFinished());
      this.assignRates(stepEnd);
    }
    const done = this.removeFinished();
    if (done.length > 0) this.assignRates(nowUs);
    finished.push(...done);
    return finished;
  }

  /** Sends at the current rates from the last time to `toUs` (later than it). */
  private moveTo(toUs: number): void {
    const seconds = (toUs - this.lastUs) / 1e6;
    let sent = 0;
    for (const transfer of this.active) {
      // Rounding event times up to whole microseconds may overshoot the pipelining line; clamp.
      const next = Math.min(transfer.sentBytes + transfer.rateBytesPerSecond * seconds, pipelineLine(transfer, toUs));
      if (next > transfer.sentBytes) {
        sent += next - transfer.sentBytes;
        transfer.sentBytes = next;
      }
    }
    this.sentBytesTotal += sent;
    this.record(this.lastUs, toUs, sent);
    this.lastUs = toUs;
  }

  /** Removes the transfers that have sent all their bytes, in the order they started. */
  private removeFinished(): LinkTransfer[] {
    const finished: LinkTransfer[] = [];
    for (let index = this.active.length - 1; index >= 0; index--) {
      const transfer = this.active[index]!;
      // Half a byte of slack absorbs rounding of microsecond event times.
      if (!transfer.prefillRunning && transfer.bytes - transfer.sentBytes <= 0.5) {
        finished.push(transfer);
        this.active.splice(index, 1);
      }
    }
    return finished.reverse();
  }

  /**
   * Returns the next time at which a transfer finishes, catches up with its prefill, or capacity
   * changes: at least `nowUs` + 1 µs while transfers are active, or +∞ when none is. A pipelined
   * transfer a fraction of a byte behind its prefill catches up in far less than 1 µs. Past about
   * 2^38 µs (76 hours), adding that time to `nowUs` rounds back to `nowUs`, and the 1 µs floor
   * keeps the caller from waking the link at the same time forever.
   */
  nextEventUs(nowUs: number): number {
    let next = this.active.length === 0 ? Number.POSITIVE_INFINITY : this.profile.nextChangeUs(nowUs);
    for (const transfer of this.active) {
      const rate = transfer.rateBytesPerSecond;
      // A transfer started with nothing left to send has rate 0 but finishes at the next advance.
      if (!transfer.prefillRunning && transfer.bytes - transfer.sentBytes <= 0.5) next = Math.min(next, nowUs);
      if (rate <= 0) continue;
      if (!transfer.prefillRunning) {
        next = Math.min(next, nowUs + ((transfer.bytes - transfer.sentBytes) / rate) * 1e6);
        continue;
      }
      const cap = transfer.bytes / transfer.pipelinedPrefillSeconds!;
      const gap = pipelineLine(transfer, nowUs) - transfer.sentBytes;
      if (rate > cap && gap > 0.5) next = Math.min(next, nowUs + (gap / (rate - cap)) * 1e6);
    }
    return Number.isFinite(next) ? Math.max(Math.ceil(next), nowUs + 1) : next;
  }

  /** Water-fills the capacity over active transfers, each up to its cap. */
  private assignRates(nowUs: number): void {
    const capacity = this.capacityAt(nowUs);
    const demands = this.active.map((transfer) => ({ transfer, cap: this.capOf(transfer, nowUs) }));
    demands.sort((a, b) => a.cap - b.cap);
    let remaining = capacity;
    let total = 0;
    for (let index = 0; index < demands.length; index++) {
      const { transfer, cap } = demands[index]!;
      const share = remaining / (demands.length - index);
      const rate = Math.min(cap, share);
      transfer.rateBytesPerSecond = rate;
      transfer.peakRateBytesPerSecond = Math.max(transfer.peakRateBytesPerSecond, rate);
      remaining -= rate;
      total += rate;
    }
    if (capacity > 0) this.maxUtilisation = Math.max(this.maxUtilisation, total / capacity);
  }

  private capOf(transfer: LinkTransfer, nowUs: number): number {
    if (transfer.sentBytes >= transfer.bytes) return 0;
    if (!transfer.prefillRunning) return Number.POSITIVE_INFINITY;
    const atLine = pipelineLine(transfer, nowUs) - transfer.sentBytes <= 0.5;
    return atLine ? transfer.bytes / transfer.pipelinedPrefillSeconds! : Number.POSITIVE_INFINITY;
  }

  /** Adds `bytes` sent evenly over [fromUs, toUs] to the timeline buckets. */
  private record(fromUs: number, toUs: number, bytes: number): void {
    let start = fromUs;
    while (start < toUs) {
      while (Math.floor(start / (this.timeline.bucketSeconds * 1e6)) >= this.maxBuckets) {
        mergeAdjacentBuckets(this.timeline.bytes);
        mergeAdjacentBuckets(this.timeline.capacityBytes);
        this.timeline.bucketSeconds *= 2;
      }
      const bucketUs = this.timeline.bucketSeconds * 1e6;
      const bucket = Math.floor(start / bucketUs);
      const end = Math.min(toUs, (bucket + 1) * bucketUs);
      while (this.timeline.bytes.length <= bucket) {
        const index = this.timeline.bytes.length;
        this.timeline.bytes.push(0);
        this.timeline.capacityBytes.push(this.capacityBytesBetween(index * bucketUs, (index + 1) * bucketUs));
      }
      this.timeline.bytes[bucket]! += (bytes * (end - start)) / (toUs - fromUs);
      start = end;
    }
  }
}

/** Returns the maximum bytes a pipelined transfer may have sent by `nowUs`: bytes · elapsed / T_prefill while its prefill runs. */
function pipelineLine(transfer: LinkTransfer, nowUs: number): number {
  if (!transfer.prefillRunning || transfer.pipelinedPrefillSeconds === null) return transfer.bytes;
  return Math.min(transfer.bytes, (transfer.bytes * (nowUs - transfer.startUs)) / 1e6 / transfer.pipelinedPrefillSeconds);
}
