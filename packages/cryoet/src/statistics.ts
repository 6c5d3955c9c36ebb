// Voxel statistics in float64: min, max, mean and RMS (population standard deviation), computed
// block by block so that sections can stream through. Within a block the deviation sum uses two
// passes; blocks are merged with the pairwise update of Chan, Golub and LeVeque (1979).
import { MrcError } from "./errors.js";
import type { MrcDataInput } from "./voxels.js";

/** Statistics of the voxels seen so far. For complex data, min, max and mean are of the real parts. */
export interface VoxelStatistics {
  /** Number of voxels (complex values count once). */
  count: number;
  min: number;
  max: number;
  mean: number;
  /** Population standard deviation, sqrt(Σ(v - mean)² / N); for complex data sqrt(mean(|z - mean(z)|²)). */
  rms: number;
  /** Number of NaN or ±∞ values. When it is not zero, min, max, mean and RMS are all NaN. */
  nonFinite: number;
}

interface Moments {
  count: number;
  mean: number;
  m2: number;
}

function merge(a: Moments, b: Moments): Moments {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return { count, mean: a.mean + (delta * b.count) / count, m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count };
}

// Block length for the two passes: 16,384 values (64 KiB of float32) stay in cache between passes,
// so the deviation pass costs no second trip to memory.
const BLOCK = 16_384;

interface ChunkResult {
  moments: Moments;
  min: number;
  max: number;
  nonFinite: number;
}

/** Moments of every value from `start` to the end (step 1), block by block, merged pairwise. */
function denseMoments(values: MrcDataInput, start: number): ChunkResult {
  const length = values.length;
  let moments: Moments = { count: 0, mean: 0, m2: 0 };
  let min = Infinity;
  let max = -Infinity;
  let nonFinite = 0;
  for (let blockStart = start; blockStart < length; blockStart += BLOCK) {
    const blockEnd = Math.min(length, blockStart + BLOCK);
    // Two interleaved streams shorten the chains of dependent additions. Conditional expressions
    // (not if statements) keep min and max free of mispredicted branches. Together they measured
    // about twice as fast as one stream with branches (Node 20, 256³ float32).
    let sum0 = 0;
    let sum1 = 0;
    let min0 = Infinity;
    let min1 = Infinity;
    let max0 = -Infinity;
    let max1 = -Infinity;
    let index = blockStart;
    for (; index + 1 < blockEnd; index += 2) {
      const a = values[index]!;
      const b = values[index + 1]!;
      sum0 += a;
      sum1 += b;
      min0 = a < min0 ? a : min0;
      max0 = a > max0 ? a : max0;
      min1 = b < min1 ? b : min1;
      max1 = b > max1 ? b : max1;
    }
    if (index < blockEnd) {
      const a = values[index]!;
      sum0 += a;
      min0 = a < min0 ? a : min0;
      max0 = a > max0 ? a : max0;
    }
    min = Math.min(min, min0, min1);
    max = Math.max(max, max0, max1);
    const count = blockEnd - blockStart;
    const sum = sum0 + sum1;
    if (!Number.isFinite(sum)) {
      for (let scan = blockStart; scan < blockEnd; scan++) if (!Number.isFinite(values[scan]!)) nonFinite++;
    }
    const mean = sum / count;
    let m2 = 0;
    if (nonFinite === 0) {
      let square0 = 0;
      let square1 = 0;
      index = blockStart;
      for (; index + 1 < blockEnd; index += 2) {
        const a = values[index]! - mean;
        const b = values[index + 1]! - mean;
        square0 += a * a;
        square1 += b * b;
      }
      if (index < blockEnd) {
        const a = values[index]! - mean;
        square0 += a * a;
      }
      m2 = square0 + square1;
    }
    moments = merge(moments, { count, mean, m2 });
  }
  return { moments, min, max, nonFinite };
}

/**
 * Moments of a whole Float32Array, the common case of mode 2. The loop is the one of
 * {@link denseMoments}, written for one array type so that V8 compiles monomorphic float32 loads,
 * because the generic loop also receives Int8, Uint8, Int16 and Uint16 arrays and then ran 10 to
 * 30 % slower on float32 data. With four streams of sums (two of min and max), computeStatistics
 * on 512³ float32 went from about 570 to 290 ms (Node 20, shared 2-core machine).
 */
function float32Moments(values: Float32Array): ChunkResult {
  const length = values.length;
  let moments: Moments = { count: 0, mean: 0, m2: 0 };
  let min = Infinity;
  let max = -Infinity;
  let nonFinite = 0;
  for (let blockStart = 0; blockStart < length; blockStart += BLOCK) {
    const blockEnd = Math.min(length, blockStart + BLOCK);
    let sum0 = 0;
    let sum1 = 0;
    let sum2 = 0;
    let sum3 = 0;
    let min0 = Infinity;
    let min1 = Infinity;
    let max0 = -Infinity;
    let max1 = -Infinity;
    let index = blockStart;
    for (; index + 3 < blockEnd; index += 4) {
      const a = values[index]!;
      const b = values[index + 1]!;
      const c = values[index + 2]!;
      const d = values[index + 3]!;
      sum0 += a;
      sum1 += b;
      sum2 += c;
      sum3 += d;
      min0 = a < min0 ? a : min0;
      max0 = a > max0 ? a : max0;
      min1 = b < min1 ? b : min1;
      max1 = b > max1 ? b : max1;
      min0 = c < min0 ? c : min0;
      max0 = c > max0 ? c : max0;
      min1 = d < min1 ? d : min1;
      max1 = d > max1 ? d : max1;
    }
    for (; index < blockEnd; index++) {
      const a = values[index]!;
      sum0 += a;
      min0 = a < min0 ? a : min0;
      max0 = a > max0 ? a : max0;
    }
    min = Math.min(min, min0, min1);
    max = Math.max(max, max0, max1);
    const count = blockEnd - blockStart;
    const sum = sum0 + sum1 + sum2 + sum3;
    if (!Number.isFinite(sum)) {
      for (let scan = blockStart; scan < blockEnd; scan++) if (!Number.isFinite(values[scan]!)) nonFinite++;
    }
    const mean = sum / count;
    let m2 = 0;
    if (nonFinite === 0) {
      let square0 = 0;
      let square1 = 0;
      let square2 = 0;
      let square3 = 0;
      index = blockStart;
      for (; index + 3 < blockEnd; index += 4) {
        const a = values[index]! - mean;
        const b = values[index + 1]! - mean;
        const c = values[index + 2]! - mean;
        const d = values[index + 3]! - mean;
        square0 += a * a;
        square1 += b * b;
        square2 += c * c;
        square3 += d * d;
      }
      for (; index < blockEnd; index++) {
        const a = values[index]! - mean;
        square0 += a * a;
      }
      m2 = square0 + square1 + square2 + square3;
    }
    moments = merge(moments, { count, mean, m2 });
  }
  return { moments, min, max, nonFinite };
}

/** Moments of every `step`-th value from `start`, for the interleaved parts of complex data. */
function stridedMoments(values: MrcDataInput, start: number, step: number): ChunkResult {
  const length = values.length;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let count = 0;
  for (let index = start; index < length; index += step) {
    const value = values[index]!;
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
    count++;
  }
  let nonFinite = 0;
  if (!Number.isFinite(sum)) {
    for (let index = start; index < length; index += step) if (!Number.isFinite(values[index]!)) nonFinite++;
  }
  const mean = count === 0 ? 0 : sum / count;
  let m2 = 0;
  if (nonFinite === 0) {
    for (let index = start; index < length; index += step) {
      const deviation = values[index]! - mean;
      m2 += deviation * deviation;
    }
  }
  return { moments: { count, mean, m2 }, min, max, nonFinite };
}

function chunkMoments(values: MrcDataInput, start: number, step: number): ChunkResult {
  if (step !== 1) return stridedMoments(values, start, step);
  if (start === 0 && values instanceof Float32Array) return float32Moments(values);
  return denseMoments(values, start);
}

/** Accumulates {@link VoxelStatistics} over chunks of voxels, such as one section at a time. */
export class StatisticsAccumulator {
  private real: Moments = { count: 0, mean: 0, m2: 0 };
  private imaginary: Moments = { count: 0, mean: 0, m2: 0 };
  private min = Infinity;
  private max = -Infinity;
  private nonFinite = 0;

  /** @param complex the values interleave real and imaginary parts (modes 3 and 4). */
  constructor(private readonly complex = false) {}

  /**
   * Adds a chunk of voxel values. Complex chunks must contain both parts of every value, so an odd
   * length throws `INVALID_ARGUMENT`.
   */
  add(values: MrcDataInput): void {
    if (this.complex && values.length % 2 !== 0) {
      throw new MrcError(
        "INVALID_ARGUMENT",
        `Invalid complex data length ${values.length}: complex values interleave real and imaginary parts, so the length must be even. Pass both parts of every value, or pass complex = false for real data.`,
        { field: "values", value: values.length },
      );
    }
    const step = this.complex ? 2 : 1;
    const real = chunkMoments(values, 0, step);
    this.real = merge(this.real, real.moments);
    this.min = Math.min(this.min, real.min);
    this.max = Math.max(this.max, real.max);
    this.nonFinite += real.nonFinite;
    if (this.complex) {
      const imaginary = chunkMoments(values, 1, 2);
      this.imaginary = merge(this.imaginary, imaginary.moments);
      this.nonFinite += imaginary.nonFinite;
    }
  }

  /** Returns the statistics of everything added so far. An empty accumulator gives NaN values and count 0. */
  result(): VoxelStatistics {
    const { count } = this.real;
    if (count === 0) return { count, min: Number.NaN, max: Number.NaN, mean: Number.NaN, rms: Number.NaN, nonFinite: 0 };
    const m2 = this.complex ? this.real.m2 + this.imaginary.m2 : this.real.m2;
    const finite = this.nonFinite === 0;
    return {
      count,
      min: finite ? this.min : Number.NaN,
      max: finite ? this.max : Number.NaN,
      mean: finite ? this.real.mean : Number.NaN,
      rms: finite ? Math.sqrt(m2 / count) : Number.NaN,
      nonFinite: this.nonFinite,
    };
  }
}

/**
 * Computes {@link VoxelStatistics} of one array. Set `complex` for interleaved modes 3 and 4, whose
 * arrays must have an even length.
 */
export function computeStatistics(values: MrcDataInput, complex = false): VoxelStatistics {
  const accumulator = new StatisticsAccumulator(complex);
  accumulator.add(values);
  return accumulator.result();
}
