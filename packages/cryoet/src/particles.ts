// SHREC particle_locations.txt: one particle per line, `CLASS x y z a1 a2 a3`, with x, y, z
// voxel indices in the frame of occupancy_mask.mrc and a1-a3 the ZXZ rotation angles in degrees
// that PyTom uses (NaN for fiducials and vesicles).
import { ShrecError } from "./errors.js";
import { normaliseClassName, type ShrecClass } from "./shrec-classes.js";
import { splitLines } from "./text-lines.js";

/** One line of a particle list. */
export interface Particle {
  className: ShrecClass;
  /** 0-based voxel coordinates in x, y, z order. */
  x: number;
  y: number;
  z: number;
  /** ZXZ Euler angles in degrees; NaN for particles without an orientation. */
  angles: [number, number, number];
  /** 1-based index among the data lines, which is the particle's number in the occupancy mask. */
  number: number;
  /** 1-based line number in the text. */
  line: number;
}

/** Options of {@link parseParticleList}. */
export interface ParseParticlesOptions {
  /** File name used in messages. */
  file?: string;
  /** Ground truth requires integer x, y, z; submissions may use any finite numbers. Default false. */
  groundTruth?: boolean;
}

/**
 * A decimal number with an optional exponent. JavaScript's `Number` also reads `0x1F`, `0b101` and
 * `0o17`, which Python's `float`, used by the official evaluation script, rejects.
 */
const DECIMAL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a SHREC particle list. Lines end at `\r\n`, `\n` or a lone `\r`. Blank lines and lines
 * whose first non-space character is `#` are skipped and not numbered. A token such as `12NaN` is split into `12 NaN`. Fields after the
 * seventh are ignored; missing angles are NaN. Throws a {@link ShrecError} naming the line for
 * fewer than four fields, a non-finite coordinate, a fractional ground-truth coordinate, an angle
 * that is not a number or an unknown class.
 */
export function parseParticleList(text: string, options: ParseParticlesOptions = {}): Particle[] {
  const particles: Particle[] = [];
  const where = (line: number) => `${options.file ?? "particle list"} line ${line}`;
  splitLines(text).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const fields = trimmed.replace(/([0-9.])NaN/g, "$1 NaN").split(/\s+/);
    if (fields.length < 4) {
      throw new ShrecError("INVALID_PARTICLE_LINE", `${where(line)}: expected CLASS x y z [a1 a2 a3], got ${fields.length} field(s): ${JSON.stringify(trimmed)}.`, { file: options.file, line, field: "line", value: trimmed });
    }
    const className = normaliseClassName(fields[0]!);
    if (className === undefined) {
      throw new ShrecError("UNKNOWN_CLASS", `${where(line)}: unknown class ${JSON.stringify(fields[0])}; expected a SHREC 2021 PDB ID (such as 1S3X), vesicle or fiducial.`, { file: options.file, line, field: "class", value: fields[0] });
    }
    const [x, y, z] = [1, 2, 3].map((position) => {
      const value = Number(fields[position]);
      const name = "xyz"[position - 1]!;
      if (!Number.isFinite(value) || !DECIMAL_NUMBER.test(fields[position]!)) {
        throw new ShrecError("INVALID_PARTICLE_LINE", `${where(line)}: ${name} is ${JSON.stringify(fields[position])}; expected a finite decimal number.`, { file: options.file, line, field: name, value: fields[position] });
      }
      if (options.groundTruth && !Number.isInteger(value)) {
        throw new ShrecError("INVALID_PARTICLE_LINE", `${where(line)}: ground-truth ${name} is ${fields[position]}; expected an integer voxel index.`, { file: options.file, line, field: name, value });
      }
      return value;
    }) as [number, number, number];
    const angles = [4, 5, 6].map((position) => parseAngle(fields[position], position - 3, where(line), options.file, line)) as [number, number, number];
    particles.push({ className, x, y, z, angles, number: particles.length + 1, line });
  });
  return particles;
}

/** `nan`, `inf` and `infinity` in any case and with an optional sign, which Python's `float` also reads. */
const SPECIAL_NUMBER = /^[+-]?(nan|inf|infinity)$/i;

/**
 * Reads angle `index` (1 to 3) of a particle line: NaN when the line has no such field, else a
 * decimal number or a special value as Python's `float` reads it. Throws `INVALID_PARTICLE_LINE`
 * for any other text, which `Number` would read as NaN (`abc`) or as another value (`0x10`).
 */
function parseAngle(token: string | undefined, index: number, where: string, file: string | undefined, line: number): number {
  if (token === undefined) return Number.NaN;
  if (DECIMAL_NUMBER.test(token)) return Number(token);
  const special = SPECIAL_NUMBER.exec(token);
  if (special !== null) {
    if (special[1]!.toLowerCase() === "nan") return Number.NaN;
    return token.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  const field = `a${index}`;
  throw new ShrecError("INVALID_PARTICLE_LINE", `${where}: ${field} is ${JSON.stringify(token)}; expected an angle in degrees as a decimal number, or NaN.`, { file, line, field, value: token });
}

function checkFormattable(particle: Pick<Particle, "className" | "x" | "y" | "z">, index: number): void {
  if (typeof particle.className !== "string" || normaliseClassName(particle.className) === undefined) {
    throw new ShrecError("UNKNOWN_CLASS", `Particle ${index + 1}: unknown class ${JSON.stringify(particle.className) ?? String(particle.className)}; expected a SHREC 2021 PDB ID (such as 1S3X), vesicle or fiducial.`, { field: "class", value: particle.className });
  }
  for (const axis of ["x", "y", "z"] as const) {
    const value = particle[axis];
    if (typeof value === "number" && Number.isFinite(value)) continue;
    throw new ShrecError("INVALID_PARTICLE_LINE", `Particle ${index + 1}: ${axis} is ${String(value)}; expected a finite voxel coordinate, because a particle list cannot be read back with it.`, { field: axis, value });
  }
}

function formatAngle(value: number): string {
  return Number.isNaN(value) ? "NaN" : value.toFixed(4);
}

/**
 * Formats particles as SHREC text: `CLASS x y z a1 a2 a3` per line, angles with 4 decimals, NaN kept.
 * Throws `UNKNOWN_CLASS` for a class outside the 15 SHREC 2021 classes and `INVALID_PARTICLE_LINE`
 * for a coordinate that is not a finite number, naming the particle, because
 * {@link parseParticleList} would reject the line.
 */
export function formatParticleList(particles: readonly Pick<Particle, "className" | "x" | "y" | "z" | "angles">[]): string {
  particles.forEach(checkFormattable);
  return particles.map((particle) => [particle.className, particle.x, particle.y, particle.z, ...particle.angles.map(formatAngle)].join(" ")).join("\n") + (particles.length > 0 ? "\n" : "");
}
