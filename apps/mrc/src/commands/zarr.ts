import { gridPosition, isMrcError, toXFastest, type Box, type Mode0Sign, type MrcFile, type MrcReader, type OmeZarrBox, type SliceAxis, type Vec3 } from "@modelsys/cryoet";
import { openMrcFile, writeOmeZarrDirectory } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { formatJson } from "../json-output.js";
import { rejectOutputOverInput } from "../output-path.js";
import { reportReadWarnings } from "../read-warnings.js";
import { EXIT_JOB_FAILED, EXIT_OK, UsageError } from "../usage-error.js";

/** Options of `mrc zarr`. */
export interface ZarrOptions {
  file: string;
  output: string;
  chunk: number;
  force: boolean;
  json: boolean;
  permissive: boolean;
  /** Largest data block read into memory, in bytes. */
  maxDataBytes: number;
  /** Sign of mode-0 bytes (--mode0-sign). */
  mode0Sign: Mode0Sign;
}

/**
 * Returns the position of voxel (0, 0, 0) in Å along X, Y, Z: ORIGIN when any of its values is
 * non-zero, and otherwise the start indices (NXSTART, NYSTART, NZSTART, mapped to X, Y, Z by
 * MAPC, MAPR, MAPS) times the voxel size. UCSF Chimera and ChimeraX are believed to follow this
 * rule (not confirmed against their source). EMDB maps leave ORIGIN zero and place the box with
 * the start indices.
 */
export function volumeOrigin(file: Pick<MrcFile, "header" | "axisMapping" | "voxelSize">): Vec3 {
  const { origin } = file.header;
  if (origin.every(Number.isFinite) && origin.some((value) => value !== 0)) return [...origin];
  const start = gridPosition(file, 0, 0, 0);
  return [start[0] * file.voxelSize[0], start[1] * file.voxelSize[1], start[2] * file.voxelSize[2]];
}

/** Shape of the X-fastest `[z][y][x]` volume and, for each of its axes, the file axis that runs along it. */
interface XFastestLayout {
  shape: [number, number, number];
  /** File axis (`x` columns, `y` rows, `z` sections) along output z, y and x. */
  fileAxes: [SliceAxis, SliceAxis, SliceAxis];
  axisMapping: [number, number, number];
}

/**
 * Returns where each axis of the X-fastest volume lies in the file: by MAPC/MAPR/MAPS for volumes,
 * and unchanged for images, which {@link toXFastest} leaves as they are.
 */
function xFastestLayout(reader: MrcReader, fileShape: readonly number[]): XFastestLayout {
  const [sections, rows, columns] = fileShape.length === 2 ? [1, fileShape[0]!, fileShape[1]!] : (fileShape as [number, number, number]);
  const axisMapping: [number, number, number] = fileShape.length === 2 ? [1, 2, 3] : reader.layout.axisMapping;
  const fileAxes: [SliceAxis, SliceAxis, SliceAxis] = ["z", "y", "x"];
  const shape: [number, number, number] = [0, 0, 0];
  const lengths = { x: columns, y: rows, z: sections };
  (["x", "y", "z"] as const).forEach((axis, index) => {
    // Cell axis 1 (X) is output axis 2, and cell axis 3 (Z) output axis 0.
    const output = 3 - axisMapping[index]!;
    fileAxes[output] = axis;
    shape[output] = lengths[axis];
  });
  return { shape, fileAxes, axisMapping };
}

/**
 * Yields the X-fastest volume in boxes of one chunk along z and y and the whole of x, each read
 * from the file as a sub-volume and reordered, so that at most one such box is in memory.
 */
async function* xFastestBoxes(reader: MrcReader, layout: XFastestLayout, chunks: [number, number, number]): AsyncGenerator<OmeZarrBox> {
  const [sizeZ, sizeY, sizeX] = layout.shape;
  const mode = reader.layout.mode;
  for (let z = 0; z < sizeZ; z += chunks[0]) {
    for (let y = 0; y < sizeY; y += chunks[1]) {
      const depth = Math.min(chunks[0], sizeZ - z);
      const height = Math.min(chunks[1], sizeY - y);
      const box: Box = { [layout.fileAxes[0]]: [z, z + depth], [layout.fileAxes[1]]: [y, y + height], [layout.fileAxes[2]]: [0, sizeX] };
      const region = await reader.readSubvolume(box);
      const { data } = toXFastest({ axisMapping: layout.axisMapping, mode, data: region.data, shape: region.shape });
      yield { start: [z, y, 0], shape: [depth, height, sizeX], data };
    }
  }
}

/**
 * Exports a volume as an OME-Zarr 0.5 directory in X-fastest [z][y][x] order, with the voxel size
 * in nanometres. The data are read one row of chunks at a time, so volumes of any size export in
 * bounded memory, and the extended header is never read.
 */
export async function runZarr(options: ZarrOptions, io: CliIo): Promise<number> {
  await rejectOutputOverInput(options.file, options.output, { directory: true });
  const reader = await openMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes, mode0Sign: options.mode0Sign });
  try {
    return await exportOpened(reader, options, io);
  } finally {
    await reader.close();
  }
}

async function exportOpened(reader: MrcReader, options: ZarrOptions, io: CliIo): Promise<number> {
  reportReadWarnings(options.file, reader.warnings, io);
  const fileShape = reader.shape;
  const mode = reader.layout.mode;
  if (fileShape === null || mode === null || !dataReadable(reader)) {
    io.stderr(`mrc: ${options.file} has no readable data, so it cannot be exported.\n`);
    return EXIT_JOB_FAILED;
  }
  if (mode === 3 || mode === 4 || mode === 16) throw new UsageError(`Cannot export mode ${mode} to OME-Zarr: zarr takes real modes 0, 1, 2, 6, 12 and 101.`);
  if (fileShape.length === 4) {
    throw new UsageError(`Cannot export ${options.file} of shape [${fileShape.join(", ")}]: zarr takes images and volumes, not volume stacks.`);
  }
  const layout = xFastestLayout(reader, fileShape);
  const { shape } = layout;
  if (shape.some((length) => length === 0)) {
    io.stderr(`mrc: ${options.file} has no voxels (shape [${fileShape.join(", ")}]), so there is nothing to export.\n`);
    return EXIT_JOB_FAILED;
  }
  const chunks = shape.map((size) => Math.min(size, options.chunk)) as [number, number, number];
  const file = { header: reader.header, axisMapping: reader.layout.axisMapping, voxelSize: reader.layout.voxelSize };
  const [vx, vy, vz] = file.voxelSize;
  const origin = volumeOrigin(file);
  await writeOmeZarrDirectory(options.output, xFastestBoxes(reader, layout, chunks), shape, {
    chunks: [options.chunk, options.chunk, options.chunk],
    voxelSizeAngstrom: [vx, vy, vz],
    originAngstrom: origin,
    name: options.file,
    overwrite: options.force,
  });
  // The chunk shape written: --chunk on each axis, cut to the volume's length where that is shorter.
  const report = { file: options.file, output: options.output, shape, chunk: options.chunk, chunkShape: chunks, voxelSizeAngstrom: file.voxelSize, originAngstrom: origin };
  if (options.json) io.stdout(formatJson(report));
  else io.stdout(`Wrote ${options.output} (OME-Zarr 0.5, shape [${shape.join(", ")}], chunk shape [${chunks.join(", ")}]).\n`);
  return EXIT_OK;
}

/** Returns true when the data block can be read, and false when a permissive open found none. */
function dataReadable(reader: MrcReader): boolean {
  try {
    reader.checkDataReadable();
    return true;
  } catch (error) {
    if (!isMrcError(error)) throw error;
    return false;
  }
}
