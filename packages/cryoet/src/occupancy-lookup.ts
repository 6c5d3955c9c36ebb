// The dilated occupancy mask at single voxels: the maximum over the dilation footprint, computed
// only where a submission line lands, so scoring never allocates a dilated copy of the mask.
import { ShrecError } from "./errors.js";
import type { DilationFootprint, OccupancyMask } from "./shrec-evaluation.js";

const FOOTPRINTS: readonly DilationFootprint[] = ["cross", "cube", "none"];

/**
 * Returns the offsets `[dz, dy, dx]` of the neighbours in a footprint, without the voxel itself.
 * Throws `INVALID_ARGUMENT` for a footprint other than `cross`, `cube` and `none`, which would
 * otherwise score as `cube`.
 */
export function footprintOffsets(footprint: DilationFootprint): [number, number, number][] {
  if (!FOOTPRINTS.includes(footprint)) {
    throw new ShrecError("INVALID_ARGUMENT", `Invalid dilationFootprint ${JSON.stringify(footprint) ?? String(footprint)}: expected "cross", "cube" or "none".`, {
      field: "dilationFootprint",
      value: footprint,
    });
  }
  const offsets: [number, number, number][] = [];
  if (footprint === "none") return offsets;
  for (let dz = -1; dz <= 1; dz++) {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const distance = Math.abs(dx) + Math.abs(dy) + Math.abs(dz);
        if (distance === 0 || (footprint === "cross" && distance > 1)) continue;
        offsets.push([dz, dy, dx]);
      }
    }
  }
  return offsets;
}

/**
 * Returns the value that dilateOccupancy gives the voxel (x, y, z): the highest particle
 * number among the voxel and its neighbours in the footprint, ignoring neighbours outside the
 * volume. The coordinates must lie inside the mask.
 */
export function dilatedOccupancyAt(mask: OccupancyMask, offsets: readonly [number, number, number][], x: number, y: number, z: number): number {
  const [nz, ny, nx] = mask.shape;
  let value = mask.data[(z * ny + y) * nx + x]!;
  for (const [dz, dy, dx] of offsets) {
    const zz = z + dz;
    const yy = y + dy;
    const xx = x + dx;
    if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) continue;
    const neighbour = mask.data[(zz * ny + yy) * nx + xx]!;
    if (neighbour > value) value = neighbour;
  }
  return value;
}
