// Projections of a lazily opened volume, computed a few sections at a time.
import { MrcError } from "./errors.js";
import type { MrcReader, SliceAxis } from "./lazy-reader.js";
import { modeInfo } from "./modes.js";
import { checkProjection, projectVolume, type Image2D, type Projection } from "./png.js";

/** Options of {@link projectMrc}. */
export interface ProjectMrcOptions {
  /** Bytes of sections read at a time. Default 16 MiB; at least one section is read at a time. */
  chunkBytes?: number;
}

const DEFAULT_CHUNK_BYTES = 16 * 2 ** 20;

/**
 * Projects the volume of `reader` along a file axis as {@link projectVolume} does, reading about
 * `chunkBytes` of whole sections at a time, so the volume never needs to be in memory whole and
 * `maxDataBytes` does not apply. Takes real data (not modes 3, 4 and 16) of images and volumes.
 * Throws `INVALID_ARGUMENT` for an unknown axis or projection and a `chunkBytes` that is not a
 * number above 0.
 */
export async function projectMrc(reader: MrcReader, axis: SliceAxis, projection: Projection = "mean", options: ProjectMrcOptions = {}): Promise<Image2D> {
  checkProjection(axis, projection);
  const chunkBytes: unknown = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (typeof chunkBytes !== "number" || !(chunkBytes > 0)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid chunkBytes ${String(chunkBytes)}: expected a number of bytes above 0, such as 16777216 (16 MiB).`, { field: "chunkBytes", value: chunkBytes });
  }
  reader.checkDataReadable();
  const { nx, ny, nz } = reader.header;
  const mode = reader.layout.mode!;
  if (modeInfo(mode).components !== 1 || reader.layout.kind === "volumeStack") {
    throw new MrcError("INVALID_ARGUMENT", `Cannot project mode ${mode} ${reader.layout.kind} data: projections take real images and volumes (modes 0, 1, 2, 6, 12 and 101).`, { field: "mode", value: mode, file: reader.source.name });
  }
  const sectionBytes = Math.max(1, Math.ceil(nx * ny * modeInfo(mode).bytesPerVoxel));
  const sectionsPerChunk = Math.max(1, Math.floor(chunkBytes / sectionBytes));
  // Along z the chunks are combined voxel by voxel (sum, max or min). Along x and y each chunk
  // gives its own rows of the image, one row per section.
  const combined = projection === "mean" ? "sum" : projection;
  let result: Image2D | undefined;
  for (let first = 0; first < nz; first += sectionsPerChunk) {
    const last = Math.min(nz, first + sectionsPerChunk);
    const { data } = await reader.readSubvolume({ z: [first, last] });
    const part = projectVolume(data, [last - first, ny, nx], axis, axis === "z" ? combined : projection);
    if (result === undefined) {
      result = axis === "z" ? part : { values: new Float64Array(part.width * nz), width: part.width, height: nz };
    } else if (axis === "z") {
      combine(result.values as Float64Array, part.values, combined);
    }
    if (axis !== "z") (result.values as Float64Array).set(part.values as Float64Array, first * part.width);
  }
  if (result === undefined) throw new MrcError("INVALID_ARGUMENT", "Cannot project an empty volume: NZ is 0.", { field: "NZ", value: nz, file: reader.source.name });
  if (axis === "z" && projection === "mean") {
    const values = result.values as Float64Array;
    for (let index = 0; index < values.length; index++) values[index]! /= nz;
  }
  return result;
}

function combine(target: Float64Array, part: ArrayLike<number>, projection: "sum" | "max" | "min"): void {
  for (let index = 0; index < target.length; index++) {
    const value = part[index]!;
    if (projection === "sum") target[index]! += value;
    else if (projection === "max") target[index] = Math.max(target[index]!, value);
    else target[index] = Math.min(target[index]!, value);
  }
}
