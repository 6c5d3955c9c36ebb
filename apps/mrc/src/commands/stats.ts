import type { Mode0Sign } from "@modelsys/cryoet";
import { openMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { formatJson } from "../json-output.js";
import { reportReadWarnings } from "../read-warnings.js";
import { EXIT_OK } from "../usage-error.js";

/** Options of `mrc stats`. */
export interface StatsOptions {
  file: string;
  json: boolean;
  permissive: boolean;
  /** Limit of the decompressed data of a gzip or bzip2 file, in bytes. */
  maxDataBytes: number;
  /** Sign of mode-0 bytes (--mode0-sign). */
  mode0Sign: Mode0Sign;
}

/** Notes on what the data statistics describe, for modes that are not one real value per voxel. */
const STATISTICS_NOTES = new Map<number | null, string>([
  [3, "complex data: min, max and mean are of the real parts; RMS is the deviation of the complex values (sqrt(mean |z - mean z|²))"],
  [4, "complex data: min, max and mean are of the real parts; RMS is the deviation of the complex values (sqrt(mean |z - mean z|²))"],
  [16, "RGB data: min, max, mean and RMS are over the red, green and blue values of every voxel"],
]);

/** Computes min, max, mean and RMS in float64, streaming the data section by section, and compares them with the header. */
export async function runStats(options: StatsOptions, io: CliIo): Promise<number> {
  const reader = await openMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes, mode0Sign: options.mode0Sign });
  reportReadWarnings(options.file, reader.warnings, io);
  try {
    const statistics = await reader.statistics();
    const { dmin, dmax, dmean, rms } = reader.header;
    const mode = reader.layout.mode;
    // RGB values count once per channel in the statistics, and a voxel has three.
    const voxels = mode === 16 ? statistics.count / 3 : statistics.count;
    const note = STATISTICS_NOTES.get(mode);
    const result = {
      file: options.file,
      voxels,
      min: statistics.min,
      max: statistics.max,
      mean: statistics.mean,
      rms: statistics.rms,
      nonFinite: statistics.nonFinite,
      ...(note === undefined ? {} : { note }),
      header: { dmin, dmax, dmean, rms },
    };
    if (options.json) io.stdout(formatJson(result));
    else {
      io.stdout(
        [
          `${options.file}: ${voxels} voxels${statistics.nonFinite > 0 ? `, ${statistics.nonFinite} NaN or infinite` : ""}`,
          `  data    min ${statistics.min}  max ${statistics.max}  mean ${statistics.mean}  RMS ${statistics.rms}`,
          `  header  DMIN ${dmin}  DMAX ${dmax}  DMEAN ${dmean}  RMS ${rms}`,
          ...(note === undefined ? [] : [`  note    ${note}`]),
        ].join("\n") + "\n",
      );
    }
    return EXIT_OK;
  } finally {
    await reader.close();
  }
}
