// Export of a volume to OME-Zarr 0.5 (Zarr v3) with zarrita, for web viewers.
import * as zarr from "zarrita";

import { MrcError } from "./errors.js";
import type { Vec3 } from "./header.js";
import type { MrcData } from "./voxels.js";

/**
 * A Zarr store that zarrita 0.7.5 can read and write, with keys such as `/zarr.json`: a `Map`,
 * `FileSystemStore` from `@zarrita/storage/fs`, or any object with these two methods. It is
 * declared here so that the package's types do not import zarrita's.
 */
export type ZarrStore = AsyncZarrStore | SyncZarrStore;

/** A {@link ZarrStore} whose methods return promises. */
export interface AsyncZarrStore {
  get(key: `/${string}`): Promise<Uint8Array | undefined>;
  set(key: `/${string}`, value: Uint8Array): Promise<void>;
}

/** A {@link ZarrStore} whose methods return at once, such as a `Map`. */
export interface SyncZarrStore {
  get(key: `/${string}`): Uint8Array | undefined;
  set(key: `/${string}`, value: Uint8Array): void;
}

/** Options of {@link writeOmeZarr}. */
export interface OmeZarrOptions {
  /** Chunk shape `[z, y, x]`. Default 64 voxels per axis, clipped to the volume. */
  chunks?: [number, number, number];
  /** Voxel size in Å along x, y, z, written as nanometres in the scale transform. */
  voxelSizeAngstrom?: Vec3;
  /** Position of voxel (0, 0, 0) in Å along x, y, z, written as a translation in nanometres. */
  originAngstrom?: Vec3;
  /** Name of the image in the multiscales metadata. */
  name?: string;
}

const DATA_TYPES = new Map<string, "int8" | "uint8" | "int16" | "uint16" | "float32">([
  ["Int8Array", "int8"],
  ["Uint8Array", "uint8"],
  ["Int16Array", "int16"],
  ["Uint16Array", "uint16"],
  ["Float32Array", "float32"],
]);

/**
 * Writes an X-fastest `[z][y][x]` volume (see {@link toXFastest}) to a Zarr v3 store as a
 * single-scale OME-Zarr 0.5 image: the group's `ome.multiscales` names axes z, y, x in
 * nanometres, and array `0` contains the voxels in uncompressed little-endian chunks (zarrita
 * 0.7.5 decodes gzip but cannot encode it). `store` is any {@link ZarrStore}, such as a Map in
 * memory or `FileSystemStore` from `@zarrita/storage/fs` in Node.
 */
export async function writeOmeZarr(store: ZarrStore, data: MrcData, shape: readonly number[], options: OmeZarrOptions = {}): Promise<void> {
  const dataType = DATA_TYPES.get(data.constructor.name);
  if (shape.length !== 3 || dataType === undefined || shape.reduce((product, size) => product * size, 1) !== data.length) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot export ${data.constructor.name} of shape [${shape.join(", ")}] to OME-Zarr: expected a real [z, y, x] volume (modes 0, 1, 2, 6, 12 or 101).`, { field: "shape", value: shape });
  }
  const chunks = (options.chunks ?? [64, 64, 64]).map((size, axis) => Math.max(1, Math.min(size, shape[axis]!))) as [number, number, number];
  const voxelNm = (options.voxelSizeAngstrom ?? [1, 1, 1]).map((size) => size / 10);
  const originNm = (options.originAngstrom ?? [0, 0, 0]).map((value) => value / 10);
  const root = zarr.root(store);
  await zarr.create(root, {
    attributes: {
      ome: {
        version: "0.5",
        multiscales: [
          {
            name: options.name ?? "volume",
            axes: [
              { name: "z", type: "space", unit: "nanometer" },
              { name: "y", type: "space", unit: "nanometer" },
              { name: "x", type: "space", unit: "nanometer" },
            ],
            datasets: [
              {
                path: "0",
                coordinateTransformations: [
                  { type: "scale", scale: [voxelNm[2], voxelNm[1], voxelNm[0]] },
                  { type: "translation", translation: [originNm[2], originNm[1], originNm[0]] },
                ],
              },
            ],
          },
        ],
      },
    },
  });
  const array = await zarr.create(root.resolve("0"), {
    shape: [...shape],
    chunkShape: chunks,
    dtype: dataType,
    dimensionNames: ["z", "y", "x"],
    // The Zarr v3 core specification (array metadata, fill_value) requires a value of the
    // array's data type; chunks never written then read as 0.
    fillValue: 0,
    codecs: [{ name: "bytes", configuration: { endian: "little" } }],
  });
  await zarr.set(array, null, { data: data as never, shape: [...shape], stride: [shape[1]! * shape[2]!, shape[2]!, 1] });
}
