// RELION STAR particle coordinates: the data_particles block, or the only block with a loop.
import { ShrecError } from "./errors.js";
import { coordinatePixelSize } from "./star-pixel-size.js";
import { splitLines } from "./text-lines.js";

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
  /**
   * Pixel size in Å of the frame the pixel coordinates are in, when the file names one (in the
   * particle or optics block): rlnTomoTiltSeriesPixelSize first, then rlnMicrographPixelSize,
   * then rlnDetectorPixelSize (µm) × 10⁴ / rlnMagnification, then rlnImagePixelSize.
   */
  pixelSizeAngstrom: number | undefined;
  /** The column, or the two columns, that `pixelSizeAngstrom` came from. */
  pixelSizeColumn: string | undefined;
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

interface StarRow {
  tokens: string[];
  /** 1-based line number in the file. */
  line: number;
}

interface StarLoop {
  block: string;
  columns: string[];
  rows: StarRow[];
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
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    // RELION ends a loop at an empty line. A comment line, which may stand anywhere in a data
    // block, is skipped and leaves the loop open (RELION documentation, "The STAR format").
    if (line.startsWith("#")) continue;
    if (line === "") {
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
    current.rows.push({ tokens: tokenize(line), line: index + 1 });
  }
  return loops;
}

/** A decimal number as STAR files write them: optional sign, digits with an optional point, optional exponent. */
const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Throws `INVALID_STAR` naming the line and the columns when a row has more or fewer values than the loop has columns. */
function checkRowLength(row: StarRow, loop: StarLoop, file: string): void {
  const count = row.tokens.length;
  if (count === loop.columns.length) return;
  const detail = count < loop.columns.length ? `so _${loop.columns[count]} and any columns after it have no value` : `${count - loop.columns.length} more than the columns`;
  throw new ShrecError("INVALID_STAR", `${file}: line ${row.line} of data_${loop.block} has ${count} values but the loop declares ${loop.columns.length} columns, ${detail}. Give every row one value per column.`, {
    file,
    line: row.line,
    field: loop.columns[Math.min(count, loop.columns.length - 1)],
    value: row.tokens,
  });
}

/**
 * Parses the value of column `index` as a finite number, or as a whole number when `expected` names
 * a class number. Throws `INVALID_STAR` with the line and the column for text, an empty `""` value or NaN.
 */
function parseField(row: StarRow, index: number, loop: StarLoop, file: string, expected: "a number" | "a whole class number"): number {
  const token = row.tokens[index]!;
  const value = NUMBER_PATTERN.test(token) ? Number(token) : Number.NaN;
  if (!Number.isFinite(value) || (expected === "a whole class number" && !Number.isInteger(value))) {
    throw new ShrecError("INVALID_STAR", `${file}: line ${row.line} of data_${loop.block} has ${loop.columns[index]} = ${JSON.stringify(token)}; expected ${expected}. Correct the value or remove the row.`, {
      file,
      line: row.line,
      field: loop.columns[index],
      value: token,
    });
  }
  return value;
}

/**
 * Throws `INVALID_ARGUMENT` unless `tomogram` has three sizes and a voxel size that are finite
 * numbers above 0. A voxel size of 0 or NaN would turn every centred coordinate into ±∞ or NaN,
 * and a negative one would mirror it.
 */
function checkTomogramGeometry(tomogram: TomogramGeometry): void {
  const { size, voxelSizeAngstrom } = tomogram;
  if (!Array.isArray(size) || size.length !== 3 || !size.every((value) => typeof value === "number" && Number.isFinite(value) && value > 0)) {
    throw new ShrecError("INVALID_ARGUMENT", `Invalid tomogram size ${JSON.stringify(size) ?? String(size)}: expected [x, y, z] in voxels, three finite numbers above 0.`, { field: "tomogram.size", value: size });
  }
  if (typeof voxelSizeAngstrom !== "number" || !Number.isFinite(voxelSizeAngstrom) || voxelSizeAngstrom <= 0) {
    throw new ShrecError("INVALID_ARGUMENT", `Invalid tomogram voxelSizeAngstrom ${String(voxelSizeAngstrom)}: expected a finite voxel size in Å above 0, such as 10.`, {
      field: "tomogram.voxelSizeAngstrom",
      value: voxelSizeAngstrom,
    });
  }
}

/**
 * Reads particle coordinates from a RELION STAR file. Pixel coordinates (`rlnCoordinateX/Y/Z`) are
 * returned unchanged, never rescaled; RELION 5 centred coordinates in Å are converted to voxels
 * only when `tomogram` is given. Lines end at `\r\n`, `\n` or a lone `\r`, as in particle lists.
 * Throws a {@link ShrecError} naming the column and file when the coordinates are missing, and naming the line and column for a row with a missing value, a
 * coordinate that is not a number (including an empty `""`), a class number that is not whole, or
 * a pixel size that is not a positive number. Throws `INVALID_ARGUMENT` for a `tomogram` whose
 * sizes or voxel size are not finite numbers above 0.
 */
export function parseStarParticles(text: string, options: { file?: string; tomogram?: TomogramGeometry } = {}): StarParticles {
  const file = options.file ?? "STAR file";
  if (options.tomogram !== undefined) checkTomogramGeometry(options.tomogram);
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
  const classColumn = column("rlnClassNumber");
  const particles = loop.rows.map((row) => {
    checkRowLength(row, loop, file);
    const [x, y, z] = indices.map((index, axis) => {
      const value = parseField(row, index, loop, file, "a number");
      if (coordinateSource === "rlnCenteredCoordinateAngst") {
        const { size, voxelSizeAngstrom } = options.tomogram!;
        // RELION 5 puts the centre at size / 2 pixels, also for odd sizes (src/jaz/tomography/tomogram_set.cpp).
        return value / voxelSizeAngstrom + size[axis]! / 2;
      }
      return value;
    }) as [number, number, number];
    const columns = Object.fromEntries(loop.columns.map((name, index) => [name, row.tokens[index]!]));
    const particle: StarParticle = { x, y, z, columns };
    if (classColumn >= 0) particle.classNumber = parseField(row, classColumn, loop, file, "a whole class number");
    return particle;
  });
  const pixelSize = coordinatePixelSize(loop, loops, file);
  return { particles, pixelSizeAngstrom: pixelSize?.angstrom, pixelSizeColumn: pixelSize?.column, coordinateSource };
}
