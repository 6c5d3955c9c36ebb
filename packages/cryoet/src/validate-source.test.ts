// The validator over a byte source reads the data in bounded chunks and reports exactly what
// validateMrc reports for the same bytes. Streamed statistics equal whole-array statistics for
// any chunk size.
import { readdirSync } from "node:fs";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { BytesSource, computeStatistics, encodeMrc, openMrc, readMrc, validateMrc, validateMrcSource, type MrcMode, type MrcWarning } from "./index.js";
import { fixtureBytes, fixturePath } from "./testing/fixtures.js";

const summary = (problems: MrcWarning[]) => problems.map(({ check, code, field, severity, message }) => ({ check, code, field, severity, message }));

/** A source that records the length of every read, to show that reads stay within the chunk size. */
class RecordingSource extends BytesSource {
  readonly lengths: number[] = [];

  override async read(offset: number, length: number): Promise<Uint8Array> {
    this.lengths.push(length);
    return super.read(offset, length);
  }
}

const parityFiles = readdirSync(fixturePath("parity")).filter((name) => /\.(mrc|gz|bz2|png)$/.test(name));

describe("validateMrcSource", () => {
  it.each(parityFiles)("%s matches validateMrc", async (name) => {
    const bytes = fixtureBytes(`parity/${name}`);
    const whole = validateMrc(bytes, { fileName: name });
    const streamed = await validateMrcSource(new BytesSource(bytes, name), { fileName: name });
    expect(summary(streamed.problems)).toEqual(summary(whole.problems));
    expect(streamed.valid).toBe(whole.valid);
  });

  it("reads the data in chunks", async () => {
    const source = new RecordingSource(fixtureBytes("EMD-3197.map"));
    const report = await validateMrcSource(source, { chunkBytes: 1000 });
    // 1000 bytes round down to 250 float32 voxels; the header and label reads are 1024 bytes.
    const dataReads = source.lengths.filter((length) => length !== 1024);
    expect(dataReads).toEqual(Array.from({ length: 32 }, () => 1000));
    expect(report.statistics!.count).toBe(8000);
    expect(report.problems.map((problem) => problem.check)).toEqual([13]);
  });

  it("skips the data when no statistic is determined", async () => {
    const { bytes } = encodeMrc({ data: Float32Array.from({ length: 60 }, (_, index) => index), shape: [3, 4, 5], computeStats: false, stampLabel: false });
    const source = new RecordingSource(bytes);
    const report = await validateMrcSource(source);
    expect(report.valid).toBe(true);
    expect(report.statistics).toBeNull();
    expect(source.lengths).toEqual([1024]);
  });

  it("rejects an invalid chunk size", async () => {
    const reader = await openMrc(new BytesSource(fixtureBytes("EMD-3197.map")));
    await expect(reader.statistics({ chunkBytes: 0 })).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "chunkBytes" });
    await expect(reader.statistics({ chunkBytes: 1.5 })).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});

const MODES: MrcMode[] = [0, 1, 2, 3, 4, 6, 12, 101];

/** Data of `mode` for `voxels` voxels, exactly representable in that mode. */
function modeData(mode: MrcMode, voxels: number, seed: number) {
  const value = (index: number) => Math.imul(index + seed, 2654435761) >>> 0;
  switch (mode) {
    case 0:
      return Int8Array.from({ length: voxels }, (_, i) => (value(i) % 256) - 128);
    case 1:
      return Int16Array.from({ length: voxels }, (_, i) => (value(i) % 65536) - 32768);
    case 3:
      return Int16Array.from({ length: voxels * 2 }, (_, i) => (value(i) % 65536) - 32768);
    case 4:
      return Float32Array.from({ length: voxels * 2 }, (_, i) => (value(i) % 1000) / 8);
    case 6:
      return Uint16Array.from({ length: voxels }, (_, i) => value(i) % 65536);
    case 101:
      return Uint8Array.from({ length: voxels }, (_, i) => value(i) % 16);
    default:
      return Float32Array.from({ length: voxels }, (_, i) => ((value(i) % 4096) - 2048) / 8);
  }
}

describe("streamed statistics", () => {
  it("equal whole-array statistics for any chunk size", async () => {
    const cases = fc.record({
      mode: fc.constantFrom(...MODES),
      littleEndian: fc.boolean(),
      nsymbt: fc.integer({ min: 0, max: 5 }),
      shape: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 9 })),
      seed: fc.nat(),
      chunkBytes: fc.integer({ min: 1, max: 300 }),
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ mode, littleEndian, nsymbt, shape, seed, chunkBytes }) => {
        const [nz, ny, nx] = shape;
        const complex = mode === 3 || mode === 4;
        const data = modeData(mode, nz * ny * nx, seed);
        const extended = nsymbt > 0 ? { extendedHeader: new Uint8Array(nsymbt), exttyp: "MRCO" } : {};
        const { bytes } = encodeMrc({ data, shape: complex ? [nz, ny, nx, 2] : [nz, ny, nx], mode, littleEndian, stampLabel: false, ...extended });
        const whole = computeStatistics(readMrc(bytes).data!, complex);
        const reader = await openMrc(new BytesSource(bytes));
        const streamed = await reader.statistics({ chunkBytes });
        expect(streamed.count).toBe(whole.count);
        expect(streamed.min).toBe(whole.min);
        expect(streamed.max).toBe(whole.max);
        expect(Math.abs(streamed.mean - whole.mean)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(whole.mean)));
        expect(Math.abs(streamed.rms - whole.rms)).toBeLessThanOrEqual(1e-9 * Math.max(1, whole.rms));
      }),
      { numRuns: 200 },
    );
  });
});
