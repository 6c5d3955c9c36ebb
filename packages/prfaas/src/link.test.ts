import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { createBandwidthProfile } from "./bandwidth-profile.js";
import { Link } from "./link.js";

const constant = createBandwidthProfile({ kind: "constant" }, 1);
const GBPS_8 = 8; // 10^9 bytes per second

describe("Link", () => {
  it("shares capacity max-min fairly", () => {
    const link = new Link(GBPS_8, constant, 1);
    const a = link.start(0, 1, 1e9, null);
    const b = link.start(0, 2, 3e9, null);
    expect(a.rateBytesPerSecond).toBe(0.5e9);
    expect(b.rateBytesPerSecond).toBe(0.5e9);
    // a finishes after 2 s; b then gets the whole link and ends at 2 + 2 s.
    expect(link.nextEventUs(0)).toBe(2_000_000);
    expect(link.advance(2_000_000).map((transfer) => transfer.requestId)).toEqual([1]);
    expect(b.rateBytesPerSecond).toBe(1e9);
    expect(link.nextEventUs(2_000_000)).toBe(4_000_000);
  });

  it("caps a pipelined transfer at bytes / T_prefill and gives the rest away", () => {
    const link = new Link(GBPS_8, constant, 1);
    const pipelined = link.start(0, 1, 0.2e9, 1);
    const bulk = link.start(0, 2, 10e9, null);
    expect(pipelined.rateBytesPerSecond).toBeCloseTo(0.2e9, 0);
    expect(bulk.rateBytesPerSecond).toBeCloseTo(0.8e9, 0);
    link.advance(500_000);
    expect(pipelined.sentBytes).toBeCloseTo(0.1e9, 0);
    const finished = link.prefillDone(1_000_000, pipelined);
    expect(finished.map((transfer) => transfer.requestId)).toEqual([1]);
  });

  it("falls behind a prefill when the link is short and catches up after", () => {
    const link = new Link(0.8, constant, 1); // 0.1 × 10^9 bytes/s
    const transfer = link.start(0, 1, 0.2e9, 1);
    expect(transfer.rateBytesPerSecond).toBeCloseTo(0.1e9, 0);
    expect(link.prefillDone(1_000_000, transfer)).toEqual([]);
    expect(link.nextEventUs(1_000_000)).toBe(2_000_000);
  });

  it("follows bandwidth drops and recoveries", () => {
    // 10^9 bytes/s nominal; a quarter of it from 1 s to 5 s.
    const profile = createBandwidthProfile({ kind: "steps", steps: [{ atS: 1, factor: 0.25 }, { atS: 5, factor: 1 }] }, 1);
    const link = new Link(GBPS_8, profile, 1);
    const transfer = link.start(0, 1, 3e9, null);
    let now = 0;
    const times: number[] = [];
    while (link.transfers.length > 0 && times.length < 10) {
      now = link.nextEventUs(now);
      link.advance(now);
      times.push(now);
    }
    // 1e9 bytes in the first second, 1e9 from 1 s to 5 s, the last 1e9 from 5 s to 6 s.
    expect(times).toEqual([1_000_000, 5_000_000, 6_000_000]);
    expect(transfer.sentBytes).toBeCloseTo(3e9, 0);
    expect(link.timeline.bytes).toEqual([1e9, 0.25e9, 0.25e9, 0.25e9, 0.25e9, 1e9]);
    expect(link.timeline.capacityBytes).toEqual([1e9, 0.25e9, 0.25e9, 0.25e9, 0.25e9, 1e9]);
  });

  it("counts the capacity of a bucket through a bandwidth change inside it", () => {
    const profile = createBandwidthProfile({ kind: "steps", steps: [{ atS: 0.5, factor: 0.5 }] }, 1);
    const link = new Link(GBPS_8, profile, 1);
    expect(link.capacityBytesBetween(0, 1_000_000)).toBeCloseTo(0.75e9, 0);
    link.start(0, 1, 0.6e9, null);
    expect(link.nextEventUs(0)).toBe(500_000);
    link.advance(500_000);
    // The remaining 0.1e9 bytes go at the halved rate and end at 0.7 s.
    expect(link.nextEventUs(500_000)).toBe(700_000);
    link.advance(700_000);
    expect(link.transfers).toHaveLength(0);
    expect(link.timeline.capacityBytes[0]).toBeCloseTo(0.75e9, 0);
  });

  it("never assigns more than its capacity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 1, max: 2e9 }), fc.option(fc.double({ min: 0.1, max: 5, noNaN: true }))), {
          minLength: 1,
          maxLength: 30,
        }),
        (starts) => {
          const link = new Link(GBPS_8, createBandwidthProfile({ kind: "fluctuating", periodS: 0.5, sigma: 0.5 }, 3), 1);
          const sorted = [...starts].sort((a, b) => a[0] - b[0]);
          const pending = new Map<number, number>();
          sorted.forEach(([time, bytes, prefill], index) => {
            const transfer = link.start(time, index, bytes, prefill);
            if (prefill !== null) pending.set(index, time + prefill * 1e6);
            for (const active of link.transfers) {
              expect(active.sentBytes).toBeLessThanOrEqual(active.bytes + 1e-6);
            }
            void transfer;
          });
          let now = sorted[sorted.length - 1]![0];
          for (const [index, doneUs] of [...pending].sort((a, b) => a[1] - b[1])) {
            const transfer = link.transfers.find((candidate) => candidate.requestId === index);
            now = Math.max(now, Math.ceil(doneUs));
            if (transfer !== undefined) link.prefillDone(now, transfer);
          }
          for (let step = 0; step < 1000 && link.transfers.length > 0; step++) {
            now = link.nextEventUs(now);
            link.advance(now);
          }
          expect(link.transfers).toHaveLength(0);
          expect(link.maxUtilisation).toBeLessThanOrEqual(1 + 1e-9);
          // What the link carried in each second stays within what it could carry in that second.
          link.timeline.bytes.forEach((bytes, bucket) => expect(bytes).toBeLessThanOrEqual(link.timeline.capacityBytes[bucket]! * (1 + 1e-6)));
          const sent = link.timeline.bytes.reduce((sum, bytes) => sum + bytes, 0);
          // Each finished transfer may leave half a byte of rounding slack unsent.
          expect(Math.abs(sent - starts.reduce((sum, [, bytes]) => sum + bytes, 0))).toBeLessThanOrEqual(0.5 * starts.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("moves time forward for a long pipelined transfer", () => {
    // A 100-million-token request of the case-study model: about 1.7 TB of KV over 950,000 s of
    // prefill on a 100 Gbit/s link, advanced once per simulated second as the control loop does.
    // Near 583,000 s the transfer is a fraction of a byte behind its prefill, and its catch-up
    // time is smaller than the rounding step of the current time in µs.
    const link = new Link(100, constant, 1);
    const prefillSeconds = 950_000;
    const transfer = link.start(0, 1, 1.7e12, prefillSeconds);
    let nowUs = 0;
    for (let second = 1; second < prefillSeconds; second++) {
      const tickUs = second * 1_000_000;
      for (let wakeUs = link.nextEventUs(nowUs); wakeUs < tickUs; wakeUs = link.nextEventUs(nowUs)) {
        if (wakeUs <= nowUs) expect.fail(`wakeup at ${wakeUs} µs is not after ${nowUs} µs`);
        nowUs = wakeUs;
        link.advance(nowUs);
      }
      nowUs = tickUs;
      link.advance(nowUs);
    }
    expect(link.nextEventUs(nowUs)).toBeGreaterThan(nowUs);
    expect(transfer.sentBytes).toBeLessThan(transfer.bytes);
  });
});

describe("Link transfer sizes", () => {
  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("rejects %s bytes", (bytes) => {
    const link = new Link(GBPS_8, constant, 1);
    expect(() => link.start(0, 7, bytes, null)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "bytes", value: bytes }));
    expect(() => link.start(0, 7, bytes, null)).toThrow(/for request 7: expected a finite number of bytes of at least 0/);
    expect(link.transfers).toHaveLength(0);
  });

  it("accepted sizes finish", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e12, noNaN: true })), (bytes) => {
        const link = new Link(GBPS_8, constant, 1);
        link.start(0, 1, bytes, null);
        let now = 0;
        for (let step = 0; step < 10 && link.transfers.length > 0; step++) {
          now = link.nextEventUs(now);
          if (!Number.isFinite(now)) break;
          link.advance(now);
        }
        expect(link.transfers).toHaveLength(0);
      }),
    );
  });
});
