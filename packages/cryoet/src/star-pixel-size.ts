// The pixel size of the frame that RELION STAR coordinates (rlnCoordinateX/Y/Z) are given in.
// Column meanings: the label table of RELION (src/metadata_label.h) and its tomography code
// (src/jaz/tomography/particle_set.cpp), which reads coordinates in tilt-series pixels.
import { ShrecError } from "./errors.js";

/** The parts of a STAR loop that the pixel-size lookup reads. */
export interface StarTable {
  block: string;
  columns: string[];
  rows: { tokens: string[]; line: number }[];
}

/** The pixel size of the coordinate frame and the column or columns it came from. */
export interface CoordinatePixelSize {
  /** Å per pixel. */
  angstrom: number;
  /** The column that gave it, such as `rlnTomoTiltSeriesPixelSize`, or `rlnDetectorPixelSize × 10⁴ / rlnMagnification`. */
  column: string;
}

/**
 * Columns in Å that describe the coordinate frame itself, best first. RELION 4 and 5 tomography
 * give coordinates in pixels of the unbinned tilt series (rlnTomoTiltSeriesPixelSize), and
 * single-particle picks are in pixels of the binned micrographs (rlnMicrographPixelSize).
 */
const DIRECT_COLUMNS = ["rlnTomoTiltSeriesPixelSize", "rlnMicrographPixelSize"] as const;
/**
 * The pixel size of the extracted particle images, in Å. It equals the coordinate frame's only
 * when extraction did not rescale. In RELION 4 tomography it is the binned subtomograms' pixel
 * size, beside rlnTomoTiltSeriesPixelSize in the same optics block, so it is the last choice.
 */
const PARTICLE_IMAGE_COLUMN = "rlnImagePixelSize";

/** RELION 3.0 and earlier: the detector pixel in µm and the magnification, so Å = µm × 10⁴ / magnification. */
const DETECTOR_COLUMN = "rlnDetectorPixelSize";
const MAGNIFICATION_COLUMN = "rlnMagnification";

/**
 * Parses column `name` of the first row of `table` as a positive number, or throws `INVALID_STAR`
 * naming the line and the column.
 */
function positiveValue(table: StarTable, name: string, file: string): number {
  const row = table.rows[0]!;
  const token = row.tokens[table.columns.indexOf(name)];
  const value = token === undefined || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(token) ? Number.NaN : Number(token);
  if (!(Number.isFinite(value) && value > 0)) {
    throw new ShrecError("INVALID_STAR", `${file}: line ${row.line} of data_${table.block} has ${name} = ${JSON.stringify(token ?? "")}; expected a positive number. Correct the value or remove the column.`, {
      file,
      line: row.line,
      field: name,
      value: token,
    });
  }
  return value;
}

/**
 * Finds the pixel size, in Å, of the frame that the coordinates of `particles` are in: from the
 * particle loop first, then from another loop that has the column, such as RELION 3.1's
 * data_optics. The first row of that loop decides. Returns undefined when no loop names a usable
 * pixel size, including rlnDetectorPixelSize without rlnMagnification, whose unit is µm on the
 * detector. Throws `INVALID_STAR` for a pixel size that is not a positive number.
 * NOTE: files with several optics groups of different pixel sizes get the first group's.
 */
export function coordinatePixelSize(particles: StarTable, tables: readonly StarTable[], file: string): CoordinatePixelSize | undefined {
  const candidates = [particles, ...tables.filter((table) => table !== particles)].filter((table) => table.rows.length > 0);
  const withColumns = (...names: string[]) => candidates.find((table) => names.every((name) => table.columns.includes(name)));

  for (const column of DIRECT_COLUMNS) {
    const table = withColumns(column);
    if (table !== undefined) return { angstrom: positiveValue(table, column, file), column };
  }
  const detector = withColumns(DETECTOR_COLUMN, MAGNIFICATION_COLUMN);
  if (detector !== undefined) {
    const micrometres = positiveValue(detector, DETECTOR_COLUMN, file);
    const magnification = positiveValue(detector, MAGNIFICATION_COLUMN, file);
    return { angstrom: (micrometres * 1e4) / magnification, column: `${DETECTOR_COLUMN} × 10⁴ / ${MAGNIFICATION_COLUMN}` };
  }
  const images = withColumns(PARTICLE_IMAGE_COLUMN);
  if (images !== undefined) return { angstrom: positiveValue(images, PARTICLE_IMAGE_COLUMN, file), column: PARTICLE_IMAGE_COLUMN };
  return undefined;
}
