import { gridPosition, toXFastest, type MrcFile, type Vec3 } from "@modelsys/cryoet";
import { readMrcFile, writeOmeZarrDirectory } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
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

/** Exports a volume as an OME-Zarr 0.5 directory in X-fastest [z][y][x] order, with the voxel size in nanometres. */
export async function runZarr(options: ZarrOptions, io: CliIo): Promise<number> {
  await rejectOutputOverInput(options.file, options.output, { directory: true });
  const file = await readMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes });
  reportReadWarnings(options.file, file.warnings, io);
  if (file.data === null || file.shape === null) {
    io.stderr(`mrc: ${options.file} has no readable data, so it cannot be exported.\n`);
    return EXIT_JOB_FAILED;
  }
  if (file.mode === 3 || file.mode === 4 || file.mode === 16) throw new UsageError(`Cannot export mode ${file.mode} to OME-Zarr: zarr takes real modes 0, 1, 2, 6, 12 and 101.`);
  const volume = toXFastest(file);
  const shape = volume.shape.length === 2 ? [1, ...volume.shape] : volume.shape;
  if (shape.length !== 3) throw new UsageError(`Cannot export ${options.file} of shape [${volume.shape.join(", ")}]: zarr takes images and volumes, not volume stacks.`);
  if (shape.some((length) => length === 0)) {
    io.stderr(`mrc: ${options.file} has no voxels (shape [${file.shape.join(", ")}]), so there is nothing to export.\n`);
    return EXIT_JOB_FAILED;
  }
  const [vx, vy, vz] = file.voxelSize;
  const origin = volumeOrigin(file);
  await writeOmeZarrDirectory(options.output, volume.data, shape, { chunks: [options.chunk, options.chunk, options.chunk], voxelSizeAngstrom: [vx, vy, vz], originAngstrom: origin, name: options.file, overwrite: options.force });
  if (options.json) io.stdout(`${JSON.stringify({ file: options.file, output: options.output, shape, chunk: options.chunk, voxelSizeAngstrom: file.voxelSize, originAngstrom: origin }, null, 2)}\n`);
  else io.stdout(`Wrote ${options.output} (OME-Zarr 0.5, shape [${shape.join(", ")}], chunks of ${options.chunk}).\n`);
  return EXIT_OK;
}
