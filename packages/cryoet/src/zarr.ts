// Export of a volume to OME-Zarr 0.5 (Zarr v3) with zarrita, for web viewers.
import * as zarr from "zarrita";

import { MrcError } from "./errors.js";
import { checkOmeZarrOptions } from "./zarr-option-checks.js";
import type { Vec3 } from "./header.js";
import type { MrcDataInput } from "./voxels.js";

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

const DATA_TYPES = new Map<string, ZarrDataType>([
  ["Int8Array", "int8"],
  ["Uint8Array", "uint8"],
  ["Int16Array", "int16"],
  ["Uint16Array", "uint16"],
  ["Float32Array", "float32"],
]);

/**
 * A box of an X-fastest `[z][y][x]` volume for {@link writeOmeZarr}: `data` contains the voxels from
 * `start` (inclusive) over `shape`, z slowest. Boxes whose edges fall on chunk edges write each
 * chunk once; others are merged into the chunks already written.
 */
export interface OmeZarrBox {
  start: readonly [number, number, number];
  shape: readonly [number, number, number];
  data: MrcDataInput;
}

function invalidVolume(arrayType: string, shape: readonly number[]): MrcError {
  return new MrcError("INVALID_ARGUMENT", `Cannot export ${arrayType} of shape [${shape.join(", ")}] to OME-Zarr: expected a real [z, y, x] volume (modes 0, 1, 2, 6, 12 or 101).`, { field: "shape", value: shape });
}

function isBoxStream(volume: MrcDataInput | AsyncIterable<OmeZarrBox>): volume is AsyncIterable<OmeZarrBox> {
  return Symbol.asyncIterator in volume;
}

/** Throws `INVALID_ARGUMENT` unless `box` lies inside `shape` and contains one value per voxel of the array's type. */
function checkBox(box: OmeZarrBox, shape: readonly number[], dataType: string): void {
  const inside = box.start.every((start, axis) => Number.isSafeInteger(start) && start >= 0 && Number.isSafeInteger(box.shape[axis]) && box.shape[axis]! > 0 && start + box.shape[axis]! <= shape[axis]!);
  const voxels = box.shape[0] * box.shape[1] * box.shape[2];
  if (!inside || box.data.length !== voxels || DATA_TYPES.get(box.data.constructor.name) !== dataType) {
    throw new MrcError(
      "INVALID_ARGUMENT",
      `Cannot export a box of ${box.data.length} values (${box.data.constructor.name}) at [${box.start.join(", ")}] of shape [${box.shape.join(", ")}]: each box must lie inside the volume [${shape.join(", ")}], hold one value per voxel and share the first box's array type (${dataType}).`,
      { field: "box", value: { start: box.start, shape: box.shape } },
    );
  }
}

/**
 * Writes an X-fastest `[z][y][x]` volume (see {@link toXFastest}) to a Zarr v3 store as a
 * single-scale OME-Zarr 0.5 image: the group's `ome.multiscales` names axes z, y, x in
 * nanometres, and array `0` contains the voxels in uncompressed little-endian chunks (zarrita
 * 0.7.5 decodes gzip but cannot encode it). `store` is any {@link ZarrStore}, such as a Map in
 * memory or `FileSystemStore` from `@zarrita/storage/fs` in Node. `volume` is the whole array, or
 * boxes of it ({@link OmeZarrBox}) yielded one at a time, so that a volume larger than memory can
 * be written; voxels that no box covers read as 0.
 */
export async function writeOmeZarr(store: ZarrStore, volume: MrcDataInput | AsyncIterable<OmeZarrBox>, shape: readonly number[], options: OmeZarrOptions = {}): Promise<void> {
  if (shape.length !== 3 || !shape.every((size) => Number.isSafeInteger(size) && size > 0)) throw invalidVolume(isBoxStream(volume) ? "boxes" : volume.constructor.name, shape);
  if (!isBoxStream(volume)) {
    if (DATA_TYPES.get(volume.constructor.name) === undefined || shape.reduce((product, size) => product * size, 1) !== volume.length) throw invalidVolume(volume.constructor.name, shape);
  }
  checkOmeZarrOptions(options);
  const boxes: AsyncIterable<OmeZarrBox> = isBoxStream(volume) ? volume : wholeVolume(volume, shape);
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
  // Array 0 is created with the first box, whose array type gives the Zarr data type.
  const createArray = (dataType: ZarrDataType) =>
    zarr.create(root.resolve("0"), {
      shape: [...shape],
      chunkShape: chunks,
      dtype: dataType,
      dimensionNames: ["z", "y", "x"],
      // The Zarr v3 core specification (array metadata, fill_value) requires a value of the
      // array's data type; chunks never written then read as 0.
      fillValue: 0,
      codecs: [{ name: "bytes", configuration: { endian: "little" } }],
    });
  let array: Awaited<ReturnType<typeof createArray>> | undefined;
  let dataType = "";
  for await (const box of boxes) {
    if (array === undefined) {
      dataType = DATA_TYPES.get(box.data.constructor.name) ?? box.data.constructor.name;
      checkBox(box, shape, DATA_TYPES.has(box.data.constructor.name) ? dataType : "a real array type");
      array = await createArray(dataType as ZarrDataType);
    } else {
      checkBox(box, shape, dataType);
    }
    const [z, y, x] = box.start;
    const [nz, ny, nx] = box.shape;
    const selection = [zarr.slice(z, z + nz), zarr.slice(y, y + ny), zarr.slice(x, x + nx)];
    await zarr.set(array, selection, { data: box.data as never, shape: [nz, ny, nx], stride: [ny * nx, nx, 1] });
  }
  if (array === undefined) throw new MrcError("INVALID_ARGUMENT", "Cannot export an empty sequence of boxes to OME-Zarr: yield at least one box.", { field: "volume", value: 0 });
}

type ZarrDataType = "int8" | "uint8" | "int16" | "uint16" | "float32";

/** Yields a whole volume as one box. */
async function* wholeVolume(data: MrcDataInput, shape: readonly number[]): AsyncGenerator<OmeZarrBox> {
  yield { start: [0, 0, 0], shape: [shape[0]!, shape[1]!, shape[2]!], data };
}
