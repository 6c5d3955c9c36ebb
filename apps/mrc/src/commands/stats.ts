import { openMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { EXIT_OK } from "../usage-error.js";

/** Options of `mrc stats`. */
export interface StatsOptions {
  file: string;
  json: boolean;
  permissive: boolean;
  /** Limit of the decompressed data of a gzip or bzip2 file, in bytes. */
  maxDataBytes: number;
}

/** Computes min, max, mean and RMS in float64, streaming the data section by section, and compares them with the header. */
export async function runStats(options: StatsOptions, io: CliIo): Promise<number> {
  const reader = await openMrcFile(options.file, { permissive: options.permissive, maxDataBytes: options.maxDataBytes });
  try {
    const statistics = await reader.statistics();
    const { dmin, dmax, dmean, rms } = reader.header;
    const result = { file: options.file, voxels: statistics.count, min: statistics.min, max: statistics.max, mean: statistics.mean, rms: statistics.rms, nonFinite: statistics.nonFinite, header: { dmin, dmax, dmean, rms } };
    if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout(
        [
          `${options.file}: ${statistics.count} voxels${statistics.nonFinite > 0 ? `, ${statistics.nonFinite} NaN or infinite` : ""}`,
          `  data    min ${statistics.min}  max ${statistics.max}  mean ${statistics.mean}  RMS ${statistics.rms}`,
          `  header  DMIN ${dmin}  DMAX ${dmax}  DMEAN ${dmean}  RMS ${rms}`,
        ].join("\n") + "\n",
      );
    }
    return EXIT_OK;
  } finally {
    await reader.close();
  }
}
