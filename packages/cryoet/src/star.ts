// RELION STAR particle coordinates: the data_particles block, or the only block with a loop.
import { ShrecError } from "./errors.js";

/** One particle from a STAR file: coordinates in pixels of the writing program's frame. */
export interface StarParticle {
  x: number;
  y: number;
  z: number;
  /** `rlnClassNumber` when present. */
  classNumber?: number;
  /** Every column of the row, by name without the leading underscore. */
  columns: Record<string, string>;
}

/** Result of {@link parseStarParticles}. */
export interface StarParticles {
  particles: StarParticle[];
  /** Pixel size in Å from rlnDetectorPixelSize, rlnImagePixelSize or rlnTomoTiltSeriesPixelSize (in the particle or optics block), when present. */
  pixelSizeAngstrom: number | undefined;
  /** Source of the coordinates: the pixel columns, or the centred Å columns converted with the given tomogram. */
  coordinateSource: "rlnCoordinate" | "rlnCenteredCoordinateAngst";
}

/** Tomogram geometry needed to convert RELION 5 centred Å coordinates to voxels. */
export interface TomogramGeometry {
  /** Size in voxels along x, y, z. */
  size: [number, number, number];
  /** Voxel size in Å. */
  voxelSizeAngstrom: number;
}

interface StarLoop {
  block: string;
  columns: string[];
  rows: string[][];
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) tokens.push(match[1] ?? match[2] ?? match[3]!);
  return tokens;
}

function parseLoops(text: string): StarLoop[] {
  const loops: StarLoop[] = [];
  let block = "";
  let current: StarLoop | undefined;
  let inHeader = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) {
      if (current !== undefined && current.rows.length > 0) current = undefined;
      continue;
    }
    if (line.startsWith("data_")) {
      block = line.slice(5);
      current = undefined;
      continue;
    }
    if (line === "loop_") {
      current = { block, columns: [], rows: [] };
      loops.push(current);
      inHeader = true;
      continue;
    }
    if (current === undefined) continue;
    if (line.startsWith("_")) {
      if (!inHeader) {
        current = undefined;
        continue;
      }
      current.columns.push(line.split(/\s+/)[0]!.slice(1));
      continue;
    }
    inHeader = false;
    current.rows.push(tokenize(line));
  }
  return loops;
}

/**
 * Reads particle coordinates from a RELION STAR file. Pixel coordinates (`rlnCoordinateX/Y/Z`) are
 * returned unchanged, never rescaled; RELION 5 centred coordinates in Å are converted to voxels
 * only when `tomogram` is given. Throws a {@link ShrecError} naming the column and file when the
 * coordinates are missing.
 */
export function parseStarParticles(text: string, options: { file?: string; tomogram?: TomogramGeometry } = {}): StarParticles {
  const file = options.file ?? "STAR file";
  const loops = parseLoops(text);
  const loop = loops.find((candidate) => candidate.block === "particles") ?? (loops.length === 1 ? loops[0] : undefined);
  if (loop === undefined) {
    throw new ShrecError("INVALID_STAR", `${file}: no data_particles block, and ${loops.length} loop blocks (${loops.map((item) => `data_${item.block}`).join(", ")}); expected data_particles or a single loop.`, { file, field: "block", value: loops.map((item) => item.block) });
  }
  const column = (name: string) => loop.columns.indexOf(name);
  const pixelNames = ["rlnCoordinateX", "rlnCoordinateY", "rlnCoordinateZ"];
  const centredNames = ["rlnCenteredCoordinateXAngst", "rlnCenteredCoordinateYAngst", "rlnCenteredCoordinateZAngst"];
  let coordinateSource: StarParticles["coordinateSource"] = "rlnCoordinate";
  let indices = pixelNames.map(column);
  if (indices.some((index) => index < 0) && centredNames.every((name) => column(name) >= 0) && options.tomogram !== undefined) {
    coordinateSource = "rlnCenteredCoordinateAngst";
    indices = centredNames.map(column);
  }
  const missing = indices.findIndex((index) => index < 0);
  if (missing >= 0) {
    const hint = centredNames.every((name) => column(name) >= 0) ? " It has RELION 5 centred Å coordinates: pass the tomogram's size and voxel size to convert them." : "";
    throw new ShrecError("MISSING_COLUMN", `${file}: column _${pixelNames[missing]} is missing from data_${loop.block}.${hint}`, { file, field: pixelNames[missing], value: loop.columns });
  }
  const pixelSizeNames = ["rlnDetectorPixelSize", "rlnImagePixelSize", "rlnTomoTiltSeriesPixelSize"];
  const pixelColumn = pixelSizeNames.map(column).find((index) => index >= 0);
  // RELION 3.1 and later keep the pixel size in the data_optics block instead.
  const optics = loops.find((candidate) => candidate !== loop && pixelSizeNames.some((name) => candidate.columns.includes(name)) && candidate.rows.length > 0);
  const opticsPixelSize = optics === undefined ? undefined : Number(optics.rows[0]![optics.columns.indexOf(pixelSizeNames.find((name) => optics.columns.includes(name))!)]);
  const classColumn = column("rlnClassNumber");
  const particles = loop.rows.map((row, rowIndex) => {
    const [x, y, z] = indices.map((index, axis) => {
      const value = Number(row[index]);
      if (!Number.isFinite(value)) {
        throw new ShrecError("INVALID_STAR", `${file}: row ${rowIndex + 1} of data_${loop.block} has ${loop.columns[index]} = ${JSON.stringify(row[index])}; expected a number.`, { file, line: rowIndex + 1, field: loop.columns[index], value: row[index] });
      }
      if (coordinateSource === "rlnCenteredCoordinateAngst") {
        const { size, voxelSizeAngstrom } = options.tomogram!;
        // NOTE: the centre is taken as size / 2 voxels; check against RELION 5's definition for odd sizes.
        return value / voxelSizeAngstrom + size[axis]! / 2;
      }
      return value;
    }) as [number, number, number];
    const columns = Object.fromEntries(loop.columns.map((name, index) => [name, row[index] ?? ""]));
    const particle: StarParticle = { x, y, z, columns };
    if (classColumn >= 0) particle.classNumber = Number(row[classColumn]);
    return particle;
  });
  const pixelSize = pixelColumn === undefined || loop.rows.length === 0 ? opticsPixelSize : Number(loop.rows[0]![pixelColumn]);
  return { particles, pixelSizeAngstrom: pixelSize, coordinateSource };
}
