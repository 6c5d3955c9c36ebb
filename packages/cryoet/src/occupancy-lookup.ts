// The dilated occupancy mask at single voxels: the maximum over the dilation footprint, computed
// only where a submission line lands, so scoring never allocates a dilated copy of the mask.
import type { DilationFootprint, OccupancyMask } from "./shrec-evaluation.js";

/** Offsets `[dz, dy, dx]` of the neighbours in a footprint, without the voxel itself. */
export function footprintOffsets(footprint: DilationFootprint): [number, number, number][] {
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
