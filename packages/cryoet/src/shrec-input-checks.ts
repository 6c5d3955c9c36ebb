// Checks of the inputs of the SHREC 2021 evaluation that parseParticleList cannot make: particles
// built in code and occupancy masks read from files.
import { ShrecError } from "./errors.js";
import type { Particle } from "./particles.js";
import { normaliseClassName, type ShrecClass } from "./shrec-classes.js";

/**
 * Throws `INVALID_PARTICLE_LINE` naming the particle when x, y or z is not a finite number. A NaN
 * coordinate would otherwise index no voxel, so the line would count as neither hit nor false positive.
 */
export function checkSubmissionCoordinates(particle: Particle, index: number): void {
  for (const axis of ["x", "y", "z"] as const) {
    const value = particle[axis];
    if (typeof value === "number" && Number.isFinite(value)) continue;
    throw new ShrecError("INVALID_PARTICLE_LINE", `Submission particle ${index + 1} (line ${particle.line}) has ${axis} = ${String(value)}; coordinates must be finite voxel positions. Drop the line or fix its coordinates.`, {
      line: particle.line,
      field: axis,
      value,
    });
  }
}

/**
 * Maps each ground-truth particle's `number`, its label in the occupancy mask, to the particle.
 * Throws `INVALID_ARGUMENT` naming the particle for a number that is not a whole number from 1
 * upward or that an earlier particle already has, because hits on that label would then belong
 * to no particle or to two.
 */
export function indexGroundTruthByNumber(groundTruth: readonly Particle[]): Map<number, Particle> {
  const byNumber = new Map<number, Particle>();
  groundTruth.forEach((particle, index) => {
    const { number } = particle;
    if (!(Number.isSafeInteger(number) && number >= 1)) {
      throw new ShrecError("INVALID_ARGUMENT", `Ground-truth particle ${index + 1} has number ${String(number)}; expected its label in the occupancy mask, a whole number from 1 upward. Read the list with parseParticleList, which numbers the particles.`, {
        field: "number",
        value: number,
      });
    }
    const earlier = byNumber.get(number);
    if (earlier !== undefined) {
      throw new ShrecError("INVALID_ARGUMENT", `Ground-truth particles ${groundTruth.indexOf(earlier) + 1} and ${index + 1} both have number ${number}; each occupancy mask label must belong to one particle. Give every particle its own number.`, {
        field: "number",
        value: number,
      });
    }
    byNumber.set(number, particle);
  });
  return byNumber;
}

/**
 * Throws `INVALID_OCCUPANCY` when an occupancy mask value is not a whole particle number from 0 to
 * 2³¹ − 1. A float mask value such as 2.5, a negative value or NaN would otherwise be truncated into a
 * wrong particle number.
 */
export function checkOccupancyValue(value: number, index: number, shape: readonly [number, number, number]): void {
  if (Number.isInteger(value) && value >= 0 && value <= 0x7fffffff) return;
  const [, ny, nx] = shape;
  const x = index % nx;
  const y = Math.floor(index / nx) % ny;
  const z = Math.floor(index / (nx * ny));
  throw new ShrecError("INVALID_OCCUPANCY", `Occupancy mask value ${value} at (x ${x}, y ${y}, z ${z}) is not a particle number; expected whole numbers from 0 (background) upward. Pass the occupancy mask, not the class mask or the tomogram.`, {
    field: "occupancy",
    value,
  });
}

/**
 * Runs {@link checkOccupancyValue} on every voxel of a mask. Uint8Array and Uint16Array masks hold
 * only whole numbers from 0 to 65535, so they are not scanned.
 */
export function checkOccupancyValues(data: ArrayLike<number>, shape: readonly [number, number, number]): void {
  if (data instanceof Uint8Array || data instanceof Uint16Array) return;
  for (let index = 0; index < data.length; index++) checkOccupancyValue(data[index]!, index, shape);
}

/**
 * Returns the excluded classes with their names normalised as in particle lists, so `4v94`
 * excludes 4V94. Throws `UNKNOWN_CLASS` for a name outside the 15 classes, which would otherwise
 * exclude nothing while the default exclusions no longer apply.
 */
export function resolveExcludedClasses(classes: readonly string[]): Set<ShrecClass> {
  const resolved = new Set<ShrecClass>();
  for (const name of classes) {
    const className = typeof name === "string" ? normaliseClassName(name) : undefined;
    if (className === undefined) {
      throw new ShrecError("UNKNOWN_CLASS", `Unknown excluded class ${JSON.stringify(name) ?? String(name)}: expected a SHREC 2021 PDB ID (such as 4V94), vesicle or fiducial.`, {
        field: "excludedClasses",
        value: name,
      });
    }
    resolved.add(className);
  }
  return resolved;
}
