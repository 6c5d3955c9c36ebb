// Header fuzzing: 50,000 seeded mutations of the headers of real files. Every read must end in
// data, a warning or an MrcError (never another exception), and no array may exceed maxDataBytes.
import { describe, expect, it } from "vitest";

import { BytesSource, encodeMrc, isMrcError, openMrc, readMrc, validateMrc } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

const CASES = 50_000;
const SEED = 0x5eed2021;
const MAX_DATA_BYTES = 64 * 1024;

/** mulberry32: a small seeded generator, so that every run mutates the same way. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const BASES = [
  fixtureBytes("EMD-3197.map"),
  fixtureBytes("parity/mode0-le.mrc"),
  fixtureBytes("parity/mode4-be.mrc"),
  fixtureBytes("parity/mode12-le.mrc"),
  fixtureBytes("parity/fei1.mrc"),
  fixtureBytes("parity/fei2-padded.mrc"),
  fixtureBytes("parity/volume-stack.mrc"),
  encodeMrc({ data: Uint8Array.from({ length: 35 }, (_, i) => i % 16), shape: [1, 5, 7], mode: 101, stampLabel: false }).bytes,
  encodeMrc({ data: Int16Array.from({ length: 24 }, (_, i) => i * 3), shape: [1, 3, 4, 2], mode: 3, littleEndian: false, stampLabel: false }).bytes,
];

// Header words worth hitting with extreme values: dimensions, mode, start, sampling, axes, ISPG, NSYMBT, IMOD fields, NLABL.
const WORD_OFFSETS = [0, 4, 8, 12, 16, 28, 32, 36, 64, 68, 72, 88, 92, 104, 108, 152, 156, 212, 220];
const EXTREMES = [0, -1, 1, 2, 3, 4, 6, 12, 16, 101, 401, 2 ** 31 - 1, -(2 ** 31), 2 ** 30, 768, 888, 1146047817, 0x7f800000, 0x7fc00000];

function mutate(base: Uint8Array, random: () => number): Uint8Array {
  const bytes = base.slice();
  const view = new DataView(bytes.buffer);
  const edits = 1 + Math.floor(random() * 6);
  for (let edit = 0; edit < edits; edit++) {
    const kind = random();
    if (kind < 0.4) {
      bytes[Math.floor(random() * 1024)] = Math.floor(random() * 256);
    } else if (kind < 0.8) {
      const offset = WORD_OFFSETS[Math.floor(random() * WORD_OFFSETS.length)]!;
      const value = random() < 0.7 ? EXTREMES[Math.floor(random() * EXTREMES.length)]! : Math.floor(random() * 2 ** 32) | 0;
      view.setInt32(offset, value, random() < 0.5);
    } else if (kind < 0.9) {
      // Float fields: cell, statistics, origin, RMS.
      const offset = [40, 44, 48, 76, 80, 84, 196, 216][Math.floor(random() * 8)]!;
      view.setFloat32(offset, [Number.NaN, Infinity, -Infinity, 0, -1, 1e30, -1e-30][Math.floor(random() * 7)]!, true);
    } else {
      // Truncate or extend the file.
      const length = Math.floor(random() * (bytes.length + 64));
      const resized = new Uint8Array(length);
      resized.set(bytes.subarray(0, Math.min(length, bytes.length)));
      return resized;
    }
  }
  return bytes;
}

function expectOnlyMrcErrors(action: () => unknown, context: string): unknown {
  try {
    return action();
  } catch (error) {
    if (!isMrcError(error)) throw new Error(`${context}: ${String(error)}`, { cause: error });
    expect(error.message.length, context).toBeGreaterThan(10);
    return undefined;
  }
}

describe("header fuzzing", () => {
  it(`${CASES} mutations of real headers`, async () => {
    const random = generator(SEED);
    const started = performance.now();
    const outcomes = { strictOk: 0, strictError: 0, permissiveWithData: 0, invalid: 0 };
    for (let index = 0; index < CASES; index++) {
      const bytes = mutate(BASES[index % BASES.length]!, random);
      const context = `case ${index}`;
      const options = { maxDataBytes: MAX_DATA_BYTES };

      const strict = expectOnlyMrcErrors(() => readMrc(bytes, options), context);
      if (strict === undefined) outcomes.strictError++;
      else outcomes.strictOk++;

      const permissive = expectOnlyMrcErrors(() => readMrc(bytes, { ...options, permissive: true }), context) as ReturnType<typeof readMrc> | undefined;
      if (permissive !== undefined) {
        if (permissive.data !== null) {
          outcomes.permissiveWithData++;
          expect(permissive.data.byteLength, context).toBeLessThanOrEqual(MAX_DATA_BYTES);
        }
        expect(permissive.extendedHeader?.length ?? 0, context).toBeLessThanOrEqual(bytes.length);
      } else {
        // Only check 1 (a file shorter than its header) may stop a permissive read.
        expect(bytes.length, context).toBeLessThan(1024);
      }

      const report = validateMrc(bytes, options);
      if (!report.valid) outcomes.invalid++;

      if (index % 20 === 0) {
        const reader = (await openMrc(new BytesSource(bytes), { ...options, permissive: true }).catch((error: unknown) => {
          if (!isMrcError(error)) throw error;
          return undefined;
        }));
        if (reader?.layout.dataReadable) {
          const slice = await reader.readSlice("x", 0).catch((error: unknown) => {
            if (!isMrcError(error)) throw error;
            return undefined;
          });
          if (slice !== undefined) expect(slice.data.length, context).toBe(reader.header.ny * reader.header.nz * (slice.shape[3] ?? 1));
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`header fuzzing: ${CASES} cases in ${seconds.toFixed(1)} s, ${JSON.stringify(outcomes)}\n`);
    // Every kind of outcome occurs, so the mutations reach both the error and the data paths.
    expect(outcomes.strictOk).toBeGreaterThan(1000);
    expect(outcomes.strictError).toBeGreaterThan(1000);
    expect(outcomes.permissiveWithData).toBeGreaterThan(1000);
  }, 180_000);
});
