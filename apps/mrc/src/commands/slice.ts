import { stat } from "node:fs/promises";

import { imageToPng, projectMrc, type Mode0Sign, type SliceAxis } from "@modelsys/cryoet";
import { openMrcFile, writeFileAtomic } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { formatJson } from "../json-output.js";
import { nanPixelWarning } from "../nan-pixels.js";
import { rejectOutputOverInput } from "../output-path.js";
import { reportReadWarnings } from "../read-warnings.js";
import { EXIT_JOB_FAILED, EXIT_OK, UsageError } from "../usage-error.js";

/** Options of `mrc slice`. */
export interface SliceOptions {
  file: string;
  axis: SliceAxis;
  /** Slice index, or undefined with a projection. */
  index: number | undefined;
  projection: "mean" | "max" | "min" | "sum" | undefined;
  png: string;
  lowPercentile: number;
  highPercentile: number;
  /** Replace an existing PNG file. */
  force: boolean;
  json: boolean;
  permissive: boolean;
  /** Limit of the decompressed data of a gzip or bzip2 file, in bytes. */
  maxDataBytes: number;
  /** Sign of mode-0 bytes (--mode0-sign). */
  mode0Sign: Mode0Sign;
}

/**
 * Writes one slice, or a projection along an axis, as an 8-bit PNG with contrast from percentiles.
 * Both read the file section by section, so a volume of any size can be drawn.
 */
export async function runSlice(options: SliceOptions, io: CliIo): Promise<number> {
  await rejectOutputOverInput(options.file, options.png);
  const existing = await stat(options.png).catch(() => null);
  if (existing?.isDirectory()) {
    io.stderr(`mrc: Cannot write ${options.png}: it is a directory, which is left unchanged. Give a file path instead, such as a new name inside it.\n`);
    return EXIT_JOB_FAILED;
  }
  if (existing !== null && !existing.isFile()) {
    io.stderr(`mrc: Cannot write ${options.png}: it is a device, FIFO or socket, not a regular file, and it is left unchanged. Give the path of a regular file.\n`);
    return EXIT_JOB_FAILED;
  }
  if (!options.force && (await pathExists(options.png))) {
    io.stderr(`mrc: ${options.png} already exists: pass --force to replace it.\n`);
    return EXIT_JOB_FAILED;
  }
  const reader = await openMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes, mode0Sign: options.mode0Sign });
  reportReadWarnings(options.file, reader.warnings, io);
  try {
    // A permissive open accepts headers without readable data: report the file problem (exit 1)
    // before the index check, which would misreport a negative size as invalid usage.
    reader.checkDataReadable();
    const { nx, ny, nz, mode } = reader.header;
    if (nx === 0 || ny === 0 || nz === 0) {
      io.stderr(`mrc: ${options.file} has no voxels (NX ${nx}, NY ${ny}, NZ ${nz}), so there is nothing to draw.\n`);
      return EXIT_JOB_FAILED;
    }
    if (mode === 3 || mode === 4 || mode === 16) throw new UsageError(`Cannot draw mode ${mode} data as a grey-scale PNG: slice takes real modes 0, 1, 2, 6, 12 and 101.`);
    const size = { x: nx, y: ny, z: nz }[options.axis];
    let image;
    if (options.projection !== undefined) {
      image = await projectMrc(reader, options.axis, options.projection);
    } else {
      const index = options.index!;
      if (index >= size) throw new UsageError(`Invalid --index ${index}: the ${options.axis} axis of ${options.file} has ${size} slices (0 to ${size - 1}).`);
      const region = await reader.readSlice(options.axis, index);
      const [width, height] = options.axis === "z" ? [nx, ny] : options.axis === "y" ? [nx, nz] : [ny, nz];
      image = { values: region.data, width, height };
    }
    const png = imageToPng(image, { lowPercentile: options.lowPercentile, highPercentile: options.highPercentile });
    await writeFileAtomic(options.png, png, { overwrite: options.force });
    const what = options.projection === undefined ? `slice ${options.axis} = ${options.index}` : `${options.projection} projection along ${options.axis}`;
    const nanWarning = nanPixelWarning(image.values, options.projection !== undefined);
    const warnings = nanWarning === null ? [] : [nanWarning];
    if (options.json) io.stdout(formatJson({ file: options.file, axis: options.axis, index: options.index ?? null, projection: options.projection ?? null, width: image.width, height: image.height, png: options.png, warnings }));
    else io.stdout(`Wrote ${what} of ${options.file} (${image.width} × ${image.height}) to ${options.png}.\n${warnings.map((message) => `warning: ${message}\n`).join("")}`);
    return EXIT_OK;
  } finally {
    await reader.close();
  }
}

async function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
