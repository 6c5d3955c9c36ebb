// Grey-scale PNG images of slices and projections, with contrast set from percentiles.
import { encode } from "fast-png";

import { withArrayBuffer } from "./copy-bytes.js";
import { MrcError } from "./errors.js";
import type { MrcDataInput } from "./voxels.js";

/** Options of {@link imageToPng}. */
export interface PngOptions {
  /** Percentile mapped to black, 0-100. Default 1. */
  lowPercentile?: number;
  /** Percentile mapped to white, 0-100. Default 99. */
  highPercentile?: number;
}

/** A 2-D image: `height × width` values, row-major, first row at the top of the PNG. */
export interface Image2D {
  values: ArrayLike<number>;
  width: number;
  height: number;
}

/**
 * Returns the value at `percentile` (0-100) of the finite values, with linear interpolation as
 * NumPy's default, or NaN when there are none. Throws `INVALID_ARGUMENT` for a percentile outside
 * 0-100 or NaN, which would select a rank outside the values.
 */
export function percentile(values: ArrayLike<number>, percentileValue: number): number {
  if (!(typeof percentileValue === "number" && percentileValue >= 0 && percentileValue <= 100)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid percentile ${String(percentileValue)}: expected a number from 0 to 100.`, { field: "percentile", value: percentileValue });
  }
  return percentiles(values, [percentileValue])[0]!;
}

/**
 * Returns the value at each percentile (0-100) of the finite values, as {@link percentile} does.
 * 8- and 16-bit integers are counted in a histogram. Other values are copied into a typed array of
 * their own element type and the ranks are selected from it. A plain array cannot hold more than
 * about 10⁸ numbers in V8, and a full sort of that many takes tens of seconds.
 */
function percentiles(values: ArrayLike<number>, percentileValues: readonly number[]): number[] {
  const ordered = values instanceof Int8Array || values instanceof Uint8Array || values instanceof Int16Array || values instanceof Uint16Array ? new HistogramOrder(values) : new SelectionOrder(values);
  return percentileValues.map((percentileValue) => {
    if (ordered.length === 0) return Number.NaN;
    const position = (percentileValue / 100) * (ordered.length - 1);
    const lower = Math.floor(position);
    const upper = Math.min(ordered.length - 1, lower + 1);
    const lowerValue = ordered.valueAt(lower);
    return lowerValue + (ordered.valueAt(upper) - lowerValue) * (position - lower);
  });
}

/** The finite values of an array in a typed array of the input's element type, from which ranks are selected. */
class SelectionOrder {
  private readonly finite: Float32Array | Float64Array;

  constructor(values: ArrayLike<number>) {
    let count = 0;
    for (let index = 0; index < values.length; index++) if (Number.isFinite(values[index])) count++;
    // Float32 values keep their exact value in a Float32Array, at half the memory of float64.
    this.finite = values instanceof Float32Array ? new Float32Array(count) : new Float64Array(count);
    let at = 0;
    for (let index = 0; index < values.length; index++) {
      const value = values[index]!;
      if (Number.isFinite(value)) this.finite[at++] = value;
    }
  }

  get length(): number {
    return this.finite.length;
  }

  /**
   * Returns the value of 0-based `rank` in sorted order, by Hoare's selection with a median-of-three
   * pivot, which reorders the values but keeps every other rank selectable. A range that has not
   * shrunk to one element after 2 log₂ n + 16 partitions is sorted instead, so crafted values
   * cannot make the selection quadratic.
   */
  valueAt(rank: number): number {
    const values = this.finite;
    let left = 0;
    let right = values.length - 1;
    let partitionsLeft = 2 * Math.ceil(Math.log2(values.length + 1)) + 16;
    while (left < right) {
      if (partitionsLeft-- === 0) {
        values.subarray(left, right + 1).sort();
        break;
      }
      const pivot = medianOfThree(values[left]!, values[(left + right) >>> 1]!, values[right]!);
      let i = left;
      let j = right;
      while (i <= j) {
        while (values[i]! < pivot) i++;
        while (values[j]! > pivot) j--;
        if (i <= j) {
          const swap = values[i]!;
          values[i++] = values[j]!;
          values[j--] = swap;
        }
      }
      // Now values[left..j] ≤ pivot ≤ values[i..right], and values between j and i equal the pivot.
      if (rank <= j) right = j;
      else if (rank >= i) left = i;
      else break;
    }
    return values[rank]!;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return Math.max(low, Math.min(high, c));
}

/** 8- or 16-bit integers in sorted order, as counts per value, so that ordering them costs one pass. */
class HistogramOrder {
  private readonly counts: Float64Array;
  private readonly minimum: number;
  readonly length: number;

  constructor(values: Int8Array | Uint8Array | Int16Array | Uint16Array) {
    const eightBit = values instanceof Int8Array || values instanceof Uint8Array;
    const signed = values instanceof Int8Array || values instanceof Int16Array;
    const binCount = eightBit ? 256 : 65536;
    this.minimum = signed ? -binCount / 2 : 0;
    this.counts = new Float64Array(binCount);
    for (let index = 0; index < values.length; index++) this.counts[values[index]! - this.minimum]!++;
    this.length = values.length;
  }

  /** Returns the value of 0-based `rank` in sorted order. */
  valueAt(rank: number): number {
    let seen = 0;
    for (let bin = 0; bin < this.counts.length; bin++) {
      seen += this.counts[bin]!;
      if (seen > rank) return bin + this.minimum;
    }
    return Number.NaN;
  }
}

/**
 * Encodes an image as an 8-bit grey-scale PNG. Values at or below the low percentile become 0,
 * values at or above the high percentile 255, and NaN becomes 0.
 */
export function imageToPng(image: Image2D, options: PngOptions = {}): Uint8Array<ArrayBuffer> {
  const low = options.lowPercentile ?? 1;
  const high = options.highPercentile ?? 99;
  if (!(low >= 0 && high <= 100 && low < high)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid percentiles ${low} and ${high}: expected 0 ≤ low < high ≤ 100.`, { field: "percentile", value: [low, high] });
  }
  const { width, height, values } = image;
  if (width * height !== values.length || width === 0 || height === 0) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid image of ${width} × ${height} with ${values.length} values: expected a non-empty image with width × height values.`, { field: "image", value: [width, height] });
  }
  const [black, white] = percentiles(values, [low, high]) as [number, number];
  const scale = white > black ? 255 / (white - black) : 0;
  const pixels = new Uint8Array(width * height);
  for (let index = 0; index < pixels.length; index++) {
    const value = values[index]!;
    // Uint8Array assignment clamps nothing, so clamp explicitly; NaN compares false and stays 0.
    const level = (value - black) * scale;
    if (level >= 255) pixels[index] = 255;
    else if (level > 0) pixels[index] = Math.round(level);
    else pixels[index] = 0;
  }
  return withArrayBuffer(encode({ width, height, data: pixels, channels: 1, depth: 8 }));
}

/** Reduction that {@link projectVolume} applies to the voxels along the axis. */
export type Projection = "mean" | "max" | "min" | "sum";

const PROJECTIONS: readonly unknown[] = ["mean", "max", "min", "sum"];

/**
 * Throws `INVALID_ARGUMENT` for an axis other than x, y or z and a projection other than mean,
 * max, min or sum, which would otherwise give an image of NaN.
 */
export function checkProjection(axis: unknown, projection: unknown): void {
  if (axis !== "x" && axis !== "y" && axis !== "z") {
    throw new MrcError("INVALID_ARGUMENT", `Invalid axis ${JSON.stringify(axis) ?? String(axis)}: expected "x", "y" or "z", the file axis to project along.`, { field: "axis", value: axis });
  }
  if (!PROJECTIONS.includes(projection)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid projection ${JSON.stringify(projection) ?? String(projection)}: expected "mean", "max", "min" or "sum".`, { field: "projection", value: projection });
  }
}

/**
 * Projects a `[nz][ny][nx]` volume along a file axis (`z` gives a `ny × nx` image, `y` an
 * `nz × nx` image, `x` an `nz × ny` image), in float64. Throws `INVALID_ARGUMENT` for another
 * shape, axis or projection, and for data of another length than the shape gives.
 */
export function projectVolume(data: MrcDataInput, shape: readonly number[], axis: "x" | "y" | "z", projection: Projection = "mean"): Image2D {
  if (shape.length !== 3) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot project data of shape [${shape.join(", ")}]: expected a real [nz, ny, nx] volume.`, { field: "shape", value: shape });
  }
  checkProjection(axis, projection);
  const [nz, ny, nx] = shape as [number, number, number];
  if (data.length !== nz * ny * nx) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot project data of shape [${shape.join(", ")}]: it needs ${nz * ny * nx} values, and the data has ${data.length}.`, { field: "data", value: data.length });
  }
  const width = axis === "x" ? ny : nx;
  const height = axis === "z" ? ny : nz;
  const depth = { x: nx, y: ny, z: nz }[axis];
  const initial = { max: -Infinity, min: Infinity, mean: 0, sum: 0 }[projection];
  const out = new Float64Array(width * height).fill(initial);
  for (let z = 0; z < nz; z++) {
    for (let y = 0; y < ny; y++) {
      for (let x = 0; x < nx; x++) {
        const value = data[(z * ny + y) * nx + x]!;
        let target = z * ny + y;
        if (axis === "z") target = y * nx + x;
        else if (axis === "y") target = z * nx + x;
        if (projection === "max") out[target] = Math.max(out[target]!, value);
        else if (projection === "min") out[target] = Math.min(out[target]!, value);
        else out[target]! += value;
      }
    }
  }
  if (projection === "mean") for (let index = 0; index < out.length; index++) out[index]! /= depth;
  return { values: out, width, height };
}

/**
 * Turns a slice from `MrcReader.readSlice(axis, index)`, of shape `[nz, ny, nx]` with a length of
 * 1 on `axis`, into an image with the axes {@link projectVolume} uses: `z` gives `ny × nx`, `y`
 * gives `nz × nx`, `x` gives `nz × ny`. The values are shared, not copied. Throws
 * `INVALID_ARGUMENT` for an axis other than x, y or z, complex or RGB data (a component axis), a
 * shape that is not one slice along `axis`, or data of another length than the shape gives.
 */
export function sliceToImage(slice: { data: MrcDataInput; shape: readonly number[] }, axis: "x" | "y" | "z"): Image2D {
  const axisIndex = ({ z: 0, y: 1, x: 2 } as Record<string, number | undefined>)[axis];
  if (axisIndex === undefined) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid axis ${JSON.stringify(axis)}: expected "x", "y" or "z", the axis the slice was read along.`, { field: "axis", value: axis });
  }
  const shape = slice.shape;
  const text = `[${shape.join(", ")}]`;
  if (shape.length === 4) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot make an image of shape ${text}: the last axis contains ${shape[3]} components per voxel (complex or RGB modes). Take one component, or the magnitude, into a [nz, ny, nx] array first.`, { field: "shape", value: shape });
  }
  if (shape.length !== 3 || !shape.every((size) => Number.isSafeInteger(size) && size >= 0)) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot make an image of shape ${text}: expected three whole sizes [nz, ny, nx].`, { field: "shape", value: shape });
  }
  if (shape[axisIndex] !== 1) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot make an image of shape ${text} along ${axis}: a slice has a length of 1 on that axis. Pass the axis given to readSlice.`, { field: "shape", value: shape });
  }
  const [height, width] = shape.filter((_, index) => index !== axisIndex) as [number, number];
  if (slice.data.length !== height * width) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot make an image of shape ${text}: it needs ${height * width} values, and the data has ${slice.data.length}.`, { field: "data", value: slice.data.length });
  }
  return { values: slice.data, width, height };
}
