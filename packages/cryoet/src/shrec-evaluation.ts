// The SHREC 2021 particle-picking evaluation (Gubins et al. 2021): a port of the rules of the
// official misc/eval.py as corrected in the copy at GitHub paloha/faket (faket/shrec2021/eval.py).
import { ShrecError } from "./errors.js";
import type { Particle } from "./particles.js";
import { SHREC_CLASSES, SHREC_EXCLUDED_CLASSES, type ShrecClass } from "./shrec-classes.js";
import { dilatedOccupancyAt, footprintOffsets } from "./occupancy-lookup.js";
import { checkOccupancyValue, checkOccupancyValues, checkSubmissionCoordinates, indexGroundTruthByNumber, resolveExcludedClasses } from "./shrec-input-checks.js";

/** Neighbourhood of the one-voxel dilation: the voxel and its 6 face neighbours, 26 neighbours, or no dilation. */
export type DilationFootprint = "cross" | "cube" | "none";

/**
 * An occupancy mask: voxel → 1-based particle number (0 background), in file order `[z][y][x]`.
 * In SHREC 2021 the number is the particle's line position in particle_locations.txt, which
 * `parseParticleList` stores as `Particle.number`.
 */
export interface OccupancyMask {
  data: ArrayLike<number>;
  /** `[nz, ny, nx]`. */
  shape: [number, number, number];
}

/** Options of {@link evaluateShrec}. */
export interface ShrecEvaluationOptions {
  /** Default `cross`, the footprint of scikit-image's default grey dilation in 3-D. */
  dilationFootprint?: DilationFootprint;
  /**
   * Classes left out of scoring, matched like class names in particle lists (`4v94` is 4V94).
   * Default 4V94 and vesicle, as in the official evaluation.
   */
  excludedClasses?: readonly ShrecClass[];
  /**
   * Remove vesicles from the recall denominator N_gt. Default false, which reproduces the
   * official script, where N_gt subtracts 4V94 particles but still counts vesicles.
   */
  nGtExcludesVesicles?: boolean;
}

/**
 * Per-class metrics from the confusion matrix. NaN marks an undefined ratio. F1 is
 * 2·TP / (2·TP + FP + FN), which equals 2PR / (P + R) wherever both are defined. It is 0 for a
 * class with particles or predictions but no true positive, and NaN only for a class with
 * neither. This is pycm's F1 (F_calc in pycm/pycm_class_func.py of GitHub sepandhaghighi/pycm),
 * which the official evaluation reports.
 */
export interface ClassMetrics {
  recall: number;
  precision: number;
  f1: number;
  /** Ground-truth particles of the class that were scored. */
  particles: number;
}

/** Result of {@link evaluateShrec}. */
export interface ShrecEvaluation {
  /** Scored particles hit at least once. */
  truePositives: number;
  /** Submission lines that hit background. */
  falsePositives: number;
  /** Scored particles never hit. */
  falseNegatives: number;
  /**
   * Scored particles hit by more than one submission line, as the official evaluation reports
   * them ("particles that had more than one prediction"). The extra hits are not false positives.
   */
  duplicates: number;
  /** Submission lines whose rounded coordinates were clipped into the volume. */
  clipped: number;
  /** Recall denominator. */
  nGt: number;
  submissionLines: number;
  recall: number;
  precision: number;
  f1: number;
  missRate: number;
  /** Mean distance in voxels from each found particle's centre to its first hit; NaN with no hit. */
  meanDistance: number;
  /** Predicted class (first hit) per scored particle number, or `background`. */
  predictions: Map<number, ShrecClass | "background">;
  confusion: { rows: ShrecClass[]; columns: (ShrecClass | "background")[]; counts: number[][] };
  perClass: Record<string, ClassMetrics>;
  /** Deliberate deviations from the official script, in words. */
  deviations: string[];
}

/** Rounds half to even, as Python's round does, with -0 counted as 0. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const difference = value - floor;
  let rounded: number;
  if (difference > 0.5) rounded = floor + 1;
  else if (difference < 0.5) rounded = floor;
  else rounded = floor % 2 === 0 ? floor : floor + 1;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Dilates an occupancy mask once with a maximum filter: each voxel takes the highest particle
 * number in its footprint. Neighbours outside the volume are ignored, so where two particles
 * touch, the higher number wins, also on the boundary voxels of the lower one. Throws
 * `INVALID_OCCUPANCY` for a value that is not a whole number from 0 to 2³¹ − 1.
 */
export function dilateOccupancy(mask: OccupancyMask, footprint: DilationFootprint = "cross"): Int32Array {
  const [nz, ny, nx] = mask.shape;
  const source = mask.data;
  const out = new Int32Array(nz * ny * nx);
  for (let index = 0; index < out.length; index++) {
    const value = source[index]!;
    checkOccupancyValue(value, index, mask.shape);
    out[index] = value;
  }
  if (footprint === "none") return out;
  const offsets = footprintOffsets(footprint);
  for (let z = 0; z < nz; z++) {
    for (let y = 0; y < ny; y++) {
      for (let x = 0; x < nx; x++) {
        const value = source[(z * ny + y) * nx + x]!;
        if (value === 0) continue;
        // Push each particle voxel's number into its neighbours (cheaper than a full max filter on sparse masks).
        for (const [dz, dy, dx] of offsets) {
          const zz = z + dz;
          const yy = y + dy;
          const xx = x + dx;
          if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) continue;
          const target = (zz * ny + yy) * nx + xx;
          if (value > out[target]!) out[target] = value;
        }
      }
    }
  }
  return out;
}

/**
 * Scores a submission against SHREC 2021 ground truth: dilated occupancy lookup of rounded and
 * clipped coordinates, hits grouped by particle, TP/FP/FN, recall, precision, F1, the mean
 * distance, and the confusion matrix of first-hit classes with per-class recall, precision and F1.
 * Throws `INVALID_PARTICLE_LINE` for a submission particle with a non-finite coordinate and
 * `INVALID_OCCUPANCY` for a mask that does not fit its shape or contains a value that is not a
 * particle number, or a hit on a label that no ground-truth particle's `number` has. Throws
 * `UNKNOWN_CLASS` for an excluded class outside the 15 classes and `INVALID_ARGUMENT` for an unknown
 * dilation footprint or a ground-truth number that is not a unique whole number from 1 upward.
 * Ground-truth particles match mask labels by `number`, so a filtered list scores its own particles.
 */
export function evaluateShrec(groundTruth: readonly Particle[], occupancy: OccupancyMask, submission: readonly Particle[], options: ShrecEvaluationOptions = {}): ShrecEvaluation {
  const [nz, ny, nx] = occupancy.shape;
  if (occupancy.data.length !== nz * ny * nx) {
    throw new ShrecError("INVALID_OCCUPANCY", `Occupancy mask has ${occupancy.data.length} voxels but shape [${occupancy.shape.join(", ")}] needs ${nz * ny * nx}.`, { field: "shape", value: occupancy.shape });
  }
  if (occupancy.data.length === 0) {
    throw new ShrecError("INVALID_OCCUPANCY", `Occupancy mask of shape [${occupancy.shape.join(", ")}] has no voxels; pass the occupancy mask of the tomogram the particles are in.`, { field: "shape", value: occupancy.shape });
  }
  const excluded = resolveExcludedClasses(options.excludedClasses ?? SHREC_EXCLUDED_CLASSES);
  checkOccupancyValues(occupancy.data, occupancy.shape);
  const groundTruthByNumber = indexGroundTruthByNumber(groundTruth);
  // The dilated mask is needed only where submission lines land, so it is computed there.
  const offsets = footprintOffsets(options.dilationFootprint ?? "cross");
  const deviations: string[] = [];

  // Hits per particle number, in file order; line indices are 0-based positions in `submission`.
  const hits = new Map<number, number[]>();
  const rounded: [number, number, number][] = [];
  let clipped = 0;
  let background = 0;
  submission.forEach((line, index) => {
    checkSubmissionCoordinates(line, index);
    const position = [line.x, line.y, line.z].map(roundHalfEven);
    const limits = [nx, ny, nz];
    const clippedPosition = position.map((value, axis) => Math.min(Math.max(value, 0), limits[axis]! - 1)) as [number, number, number];
    if (clippedPosition.some((value, axis) => value !== position[axis])) clipped++;
    rounded.push(clippedPosition);
    const [x, y, z] = clippedPosition;
    const particle = dilatedOccupancyAt(occupancy, offsets, x, y, z);
    if (particle !== 0 && !groundTruthByNumber.has(particle)) {
      throw new ShrecError(
        "INVALID_OCCUPANCY",
        `Occupancy value ${particle} at (x ${x}, y ${y}, z ${z}) matches no ground-truth particle number. SHREC 2021 masks label each particle with its line position in particle_locations.txt, so pass the whole parsed list and leave classes out with excludedClasses. If the list is whole, the mask belongs to another tomogram.`,
        { field: "occupancy", value: particle },
      );
    }
    if (particle === 0) background++;
    else if (hits.has(particle)) hits.get(particle)!.push(index);
    else hits.set(particle, [index]);
  });

  // Scored particles: ground truth minus the excluded classes, each with its first hit.
  let truePositives = 0;
  let falseNegatives = 0;
  let duplicates = 0;
  let distanceSum = 0;
  const predictions = new Map<number, ShrecClass | "background">();
  for (const particle of groundTruth) {
    if (excluded.has(particle.className)) continue;
    const particleHits = hits.get(particle.number) ?? [];
    if (particleHits.length === 0) {
      falseNegatives++;
      predictions.set(particle.number, "background");
      continue;
    }
    truePositives++;
    if (particleHits.length > 1) duplicates++;
    const first = particleHits[0]!;
    const [x, y, z] = rounded[first]!;
    distanceSum += Math.hypot(x - particle.x, y - particle.y, z - particle.z);
    const predicted = submission[first]!.className;
    predictions.set(particle.number, excluded.has(predicted) ? "background" : predicted);
  }

  const count = (className: ShrecClass) => groundTruth.filter((particle) => particle.className === className).length;
  let nGt = groundTruth.filter((particle) => !excluded.has(particle.className)).length;
  if (excluded.has("vesicle")) {
    if (options.nGtExcludesVesicles) deviations.push("vesicles removed from N_gt (the official script counts them)");
    else nGt += count("vesicle");
  }
  const recall = nGt === 0 ? Number.NaN : truePositives / nGt;
  const precision = submission.length === 0 ? Number.NaN : truePositives / submission.length;
  const f1 = truePositives === 0 ? 0 : (2 * precision * recall) / (precision + recall);

  const rows = SHREC_CLASSES.filter((className) => !excluded.has(className));
  const columns: (ShrecClass | "background")[] = [...rows, "background"];
  const counts = rows.map(() => columns.map(() => 0));
  for (const particle of groundTruth) {
    if (excluded.has(particle.className)) continue;
    const row = rows.indexOf(particle.className);
    counts[row]![columns.indexOf(predictions.get(particle.number)!)]!++;
  }
  const perClass: Record<string, ClassMetrics> = {};
  rows.forEach((className, row) => {
    const diagonal = counts[row]![row]!;
    const rowSum = counts[row]!.reduce((sum, value) => sum + value, 0);
    const columnSum = counts.reduce((sum, values) => sum + values[row]!, 0);
    const classRecall = rowSum === 0 ? Number.NaN : diagonal / rowSum;
    const classPrecision = columnSum === 0 ? Number.NaN : diagonal / columnSum;
    // 2·TP + FP + FN = row sum + column sum, because the diagonal cell counts in both.
    const f1Denominator = rowSum + columnSum;
    perClass[className] = { recall: classRecall, precision: classPrecision, f1: f1Denominator === 0 ? Number.NaN : (2 * diagonal) / f1Denominator, particles: rowSum };
  });

  return {
    truePositives,
    falsePositives: background,
    falseNegatives,
    duplicates,
    clipped,
    nGt,
    submissionLines: submission.length,
    recall,
    precision,
    f1,
    missRate: 1 - recall,
    meanDistance: truePositives === 0 ? Number.NaN : distanceSum / truePositives,
    predictions,
    confusion: { rows, columns, counts },
    perClass,
    deviations,
  };
}
