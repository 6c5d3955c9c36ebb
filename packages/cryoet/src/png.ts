// Grey-scale PNG images of slices and projections, with contrast set from percentiles.
import { encode } from "fast-png";

import { MrcError } from "./errors.js";
import type { MrcData } from "./voxels.js";

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

/** Returns the value at `percentile` (0-100) of the finite values, with linear interpolation as NumPy's default. */
export function percentile(values: ArrayLike<number>, percentileValue: number): number {
  const finite = Float64Array.from(Array.prototype.filter.call(values, Number.isFinite) as number[]).sort();
  if (finite.length === 0) return Number.NaN;
  const position = (percentileValue / 100) * (finite.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(finite.length - 1, lower + 1);
  return finite[lower]! + (finite[upper]! - finite[lower]!) * (position - lower);
}

/**
 * Encodes an image as an 8-bit grey-scale PNG. Values at or below the low percentile become 0,
 * values at or above the high percentile 255, and NaN becomes 0.
 */
export function imageToPng(image: Image2D, options: PngOptions = {}): Uint8Array {
  const low = options.lowPercentile ?? 1;
  const high = options.highPercentile ?? 99;
  if (!(low >= 0 && high <= 100 && low < high)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid percentiles ${low} and ${high}: expected 0 ≤ low < high ≤ 100.`, { field: "percentile", value: [low, high] });
  }
  const { width, height, values } = image;
  if (width * height !== values.length || width === 0 || height === 0) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid image of ${width} × ${height} with ${values.length} values: expected a non-empty image with width × height values.`, { field: "image", value: [width, height] });
  }
  const black = percentile(values, low);
  const white = percentile(values, high);
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
  return encode({ width, height, data: pixels, channels: 1, depth: 8 });
}

/** Reduction that {@link projectVolume} applies to the voxels along the axis. */
export type Projection = "mean" | "max" | "min" | "sum";

/**
 * Projects a `[nz][ny][nx]` volume along a file axis (`z` gives a `ny × nx` image, `y` an
 * `nz × nx` image, `x` an `nz × ny` image), in float64.
 */
export function projectVolume(data: MrcData, shape: readonly number[], axis: "x" | "y" | "z", projection: Projection = "mean"): Image2D {
  if (shape.length !== 3) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot project data of shape [${shape.join(", ")}]: expected a real [nz, ny, nx] volume.`, { field: "shape", value: shape });
  }
  const [nz, ny, nx] = shape as [number, number, number];
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
export function sliceToImage(slice: { data: MrcData; shape: readonly number[] }, axis: "x" | "y" | "z"): Image2D {
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
