// Checks of the options of writeOmeZarr, so that a value the Zarr or OME metadata cannot hold is an
// error naming the option instead of a JSON null, a fractional chunk shape or an error from zarrita.
import { MrcError } from "./errors.js";
import type { OmeZarrOptions } from "./zarr.js";

function isTriple(value: unknown, valid: (entry: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length === 3 && value.every(valid);
}

const isFiniteNumber = (entry: unknown) => typeof entry === "number" && Number.isFinite(entry);

/**
 * Throws `INVALID_ARGUMENT` for `chunks` that are not 3 whole numbers of at least 1, a
 * `voxelSizeAngstrom` that is not 3 finite numbers above 0, and an `originAngstrom` that is not 3
 * finite numbers. JSON writes NaN as null, so such a scale or translation would be invalid
 * OME-Zarr metadata.
 */
export function checkOmeZarrOptions(options: OmeZarrOptions): void {
  const { chunks, voxelSizeAngstrom, originAngstrom } = options;
  if (chunks !== undefined && !isTriple(chunks, (entry) => Number.isSafeInteger(entry) && (entry as number) >= 1)) {
    throw invalid("chunks", chunks, "3 whole numbers of voxels of at least 1, [z, y, x], such as [64, 64, 64]");
  }
  if (voxelSizeAngstrom !== undefined && !isTriple(voxelSizeAngstrom, (entry) => isFiniteNumber(entry) && (entry as number) > 0)) {
    throw invalid("voxelSizeAngstrom", voxelSizeAngstrom, "3 finite voxel sizes in Å above 0, [x, y, z]");
  }
  if (originAngstrom !== undefined && !isTriple(originAngstrom, isFiniteNumber)) {
    throw invalid("originAngstrom", originAngstrom, "3 finite positions in Å, [x, y, z]");
  }
}

function invalid(field: string, value: unknown, expected: string): MrcError {
  const printed = Array.isArray(value) ? `[${value.map(String).join(", ")}]` : String(value);
  return new MrcError("INVALID_ARGUMENT", `Invalid ${field} ${printed}: expected ${expected}.`, { field, value });
}
