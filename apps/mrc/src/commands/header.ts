import { formatStamp, formatWarning, getLabels, type Mode0Rule, type Mode0Sign, type MrcLayout, type MrcWarning } from "@modelsys/cryoet";
import { openMrcFile } from "@modelsys/cryoet/node";

import type { CliIo } from "../io.js";
import { formatJson } from "../json-output.js";
import { printableText } from "../printable-text.js";
import { EXIT_OK } from "../usage-error.js";

/** Options of `mrc header`. */
export interface HeaderOptions {
  file: string;
  json: boolean;
  permissive: boolean;
  /**
   * Limit of the extended header of a gzip or bzip2 file, in bytes, which is decompressed into
   * memory. A header read allocates no data, so the data block is not limited.
   */
  maxDataBytes: number;
  /** Sign of mode-0 bytes (--mode0-sign). */
  mode0Sign: Mode0Sign;
}

/** JSON form of a header: every field by its MRC2014 name, plus what the reader derived from it. */
export function headerJson(layout: MrcLayout, extras: { file: string; compression: string; warnings: MrcWarning[]; extendedHeaderBytes: number | null }) {
  const { header } = layout;
  return {
    file: extras.file,
    compression: extras.compression,
    byteOrder: layout.littleEndian ? "little-endian" : "big-endian",
    machineStamp: formatStamp(header.machst),
    mode: header.mode,
    kind: layout.kind,
    shape: layout.shape,
    voxelSizeAngstrom: layout.voxelSize,
    voxelSizeDefined: layout.voxelSizeDefined,
    mode0Sign: layout.mode0,
    dataOffset: layout.dataOffset,
    dataBytes: Number(layout.dataBytes),
    extendedHeaderBytes: extras.extendedHeaderBytes,
    header: {
      nx: header.nx, ny: header.ny, nz: header.nz, mode: header.mode,
      nxstart: header.nxstart, nystart: header.nystart, nzstart: header.nzstart,
      mx: header.mx, my: header.my, mz: header.mz, cella: header.cella, cellb: header.cellb,
      mapc: header.mapc, mapr: header.mapr, maps: header.maps,
      dmin: header.dmin, dmax: header.dmax, dmean: header.dmean, rms: header.rms,
      ispg: header.ispg, nsymbt: header.nsymbt, exttyp: header.exttyp.replace(/\0/g, ""), nversion: header.nversion,
      imodStamp: header.imodStamp, imodFlags: header.imodFlags,
      origin: header.origin, map: header.map, nlabl: header.nlabl,
    },
    labels: getLabels(header),
    /** Labels that contain text but lie beyond NLABL (check 11), by index; mrcfile's get_labels leaves them out too. */
    uncountedLabels: header.labels.flatMap((label, index) => (label !== "" && index >= Math.max(0, header.nlabl) ? [{ index, label }] : [])),
    warnings: extras.warnings.map((warning) => ({ check: warning.check, code: warning.code, severity: warning.severity, message: formatWarning(warning) })),
  };
}

/** Text-output descriptions of the rules that decide the sign of mode-0 bytes. */
const MODE0_RULES: Record<Mode0Rule, string> = {
  option: "as --mode0-sign sets",
  imodFlag: "from IMOD's signed-bytes flag",
  statistics: "from the header's DMIN and DMAX (no IMOD flag)",
  default: "the MRC2014 default (no IMOD flag, and DMIN and DMAX do not mark unsigned bytes)",
};

/**
 * Prints the header of an MRC file without reading its data. A gzip or bzip2 file is decompressed
 * only up to its data block, so a compressed tomogram of any size works. The extended header of
 * an uncompressed file is not read, so a large NSYMBT costs nothing.
 */
export async function runHeader(options: HeaderOptions, io: CliIo): Promise<number> {
  const reader = await openMrcFile(options.file, { permissive: options.permissive, headerOnly: true, maxDataBytes: options.maxDataBytes, mode0Sign: options.mode0Sign });
  await reader.close();
  const { layout } = reader;
  const extendedHeaderBytes = layout.extendedHeaderReadable ? layout.header.nsymbt : null;
  const json = headerJson(layout, { file: options.file, compression: reader.compression, warnings: reader.warnings, extendedHeaderBytes });
  if (options.json) {
    io.stdout(formatJson(json));
    return EXIT_OK;
  }
  const h = json.header;
  const lines = [
    `${options.file} (${json.compression === "none" ? "uncompressed" : json.compression}, ${json.byteOrder}, stamp ${json.machineStamp})`,
    `  dimensions   NX ${h.nx}  NY ${h.ny}  NZ ${h.nz}   mode ${h.mode}   ${json.kind}, shape [${json.shape?.join(", ") ?? "none"}]`,
    ...(json.mode0Sign === null ? [] : [`  bytes        ${json.mode0Sign.signed ? "signed" : "unsigned"}, ${MODE0_RULES[json.mode0Sign.rule]}`]),
    `  start        NXSTART ${h.nxstart}  NYSTART ${h.nystart}  NZSTART ${h.nzstart}`,
    `  sampling     MX ${h.mx}  MY ${h.my}  MZ ${h.mz}`,
    `  cell         ${h.cella.join(" × ")} Å, angles ${h.cellb.join(", ")}°`,
    `  voxel size   ${json.voxelSizeAngstrom.map((size, axis) => `${size}${json.voxelSizeDefined[axis] ? "" : " (undefined)"}`).join(" × ")} Å`,
    `  axes         MAPC ${h.mapc}  MAPR ${h.mapr}  MAPS ${h.maps}`,
    `  statistics   DMIN ${h.dmin}  DMAX ${h.dmax}  DMEAN ${h.dmean}  RMS ${h.rms}`,
    `  origin       ${h.origin.join(", ")} Å`,
    `  ISPG ${h.ispg}   NSYMBT ${h.nsymbt}   EXTTYP ${JSON.stringify(h.exttyp)}   NVERSION ${h.nversion}   MAP ${JSON.stringify(h.map)}`,
    `  labels (${h.nlabl})`,
    ...json.labels.map((label, index) => `    ${index}: ${printableText(label)}`),
    ...json.uncountedLabels.map(({ index, label }) => `    ${index}: ${printableText(label)}   (not counted by NLABL)`),
    ...json.warnings.map((warning) => `warning (check ${warning.check}): ${warning.message}`),
  ];
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT_OK;
}
