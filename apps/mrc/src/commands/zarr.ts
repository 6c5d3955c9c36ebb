import { toXFastest } from "@modelsys/cryoet";
import { readMrcFile, writeOmeZarrDirectory } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { rejectOutputOverInput } from "../output-path.js";
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

/** Exports a volume as an OME-Zarr 0.5 directory in X-fastest [z][y][x] order, with the voxel size in nanometres. */
export async function runZarr(options: ZarrOptions, io: CliIo): Promise<number> {
  await rejectOutputOverInput(options.file, options.output, { directory: true });
  const file = await readMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes });
  if (file.data === null || file.shape === null) {
    io.stderr(`mrc: ${options.file} has no readable data, so it cannot be exported.\n`);
    return EXIT_JOB_FAILED;
  }
  if (file.mode === 3 || file.mode === 4 || file.mode === 16) throw new UsageError(`Cannot export mode ${file.mode} to OME-Zarr: zarr takes real modes 0, 1, 2, 6, 12 and 101.`);
  const volume = toXFastest(file);
  const shape = volume.shape.length === 2 ? [1, ...volume.shape] : volume.shape;
  if (shape.length !== 3) throw new UsageError(`Cannot export ${options.file} of shape [${volume.shape.join(", ")}]: zarr takes images and volumes, not volume stacks.`);
  const [vx, vy, vz] = file.voxelSize;
  const origin = file.header.origin;
  await writeOmeZarrDirectory(options.output, volume.data, shape, { chunks: [options.chunk, options.chunk, options.chunk], voxelSizeAngstrom: [vx, vy, vz], originAngstrom: origin, name: options.file, overwrite: options.force });
  if (options.json) io.stdout(`${JSON.stringify({ file: options.file, output: options.output, shape, chunk: options.chunk, voxelSizeAngstrom: file.voxelSize }, null, 2)}\n`);
  else io.stdout(`Wrote ${options.output} (OME-Zarr 0.5, shape [${shape.join(", ")}], chunks of ${options.chunk}).\n`);
  return EXIT_OK;
}
