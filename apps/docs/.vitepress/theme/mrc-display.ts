// Turns a read MRC file into grey-scale sections for the MRC viewer. Complex voxels (modes 3 and
// 4) are shown as their magnitude and RGB voxels (mode 16) as their luminance, so each voxel is
// one value and the trailing component axis is never read as x.
import { modeInfo, toXFastest, type MrcFile } from "@modelsys/cryoet";

/** The reduction of a complex or RGB voxel to one value. */
export type VoxelReduction = "magnitude" | "luminance";

/** A file's voxels as sections of `nx × ny` values, X fastest. */
export interface DisplayVolume {
  nx: number;
  ny: number;
  /** Sections along z, over all volumes of a volume stack. */
  sections: number;
  /** Sections per volume: `sections` for one volume, NZ of each volume in a volume stack. */
  sectionsPerVolume: number;
  /** Voxel values in `[section][y][x][component]` order. */
  data: ArrayLike<number>;
  /** Values per voxel: 1, 2 (complex) or 3 (RGB). */
  components: number;
  reduction: VoxelReduction | undefined;
}

/**
 * Returns the sections of `mrc`, read with its axis mapping so that each section is a z-section.
 * Throws an Error naming `fileName` when the file has no voxel data or no voxels, with the first
 * read warning when there is one.
 */
export function displayVolume(mrc: MrcFile, fileName: string): DisplayVolume {
  if (mrc.data === null || mrc.shape === null || mrc.mode === null) {
    // Warnings come in the order the reader found them, so the first usually names the cause,
    // such as a map ID other than "MAP " in a file that is not MRC. The viewer lists the rest.
    const first = mrc.warnings[0];
    const cause = first === undefined ? "" : ` First of ${mrc.warnings.length} read ${mrc.warnings.length === 1 ? "warning" : "warnings"}: ${first.message}`;
    throw new Error(`${fileName} has no voxel data that can be read, so there is no section to show.${cause}`);
  }
  const components = modeInfo(mrc.mode).components;
  const shaped = toXFastest(mrc);
  const spatial = components === 1 ? shaped.shape : shaped.shape.slice(0, -1);
  const nx = spatial[spatial.length - 1] ?? 0;
  const ny = spatial.length >= 2 ? spatial[spatial.length - 2]! : 1;
  const leading = spatial.slice(0, -2);
  const sections = leading.reduce((product, length) => product * length, 1);
  if (nx * ny * sections === 0) {
    const [nz] = leading.length === 0 ? [1] : leading.slice(-1);
    throw new Error(`${fileName} has no voxels to show: its header gives ${nx} × ${ny} × ${nz} voxels.`);
  }

  let reduction: VoxelReduction | undefined;
  if (components === 2) reduction = "magnitude";
  if (components === 3) reduction = "luminance";
  const sectionsPerVolume = mrc.kind === "volumeStack" && leading.length === 2 ? leading[1]! : sections;
  return { nx, ny, sections, sectionsPerVolume, data: shaped.data as ArrayLike<number>, components, reduction };
}

/**
 * Returns the size of `volume` for the viewer's summary, such as "4 × 3 × 2 voxels" for one volume
 * or "4 × 3 × 2 voxels, 2 volumes" for a volume stack, where the depth is that of each volume.
 */
export function voxelCountLabel(volume: DisplayVolume): string {
  const size = `${volume.nx} × ${volume.ny} × ${volume.sectionsPerVolume} voxels`;
  const volumes = volume.sections / volume.sectionsPerVolume;
  return volumes > 1 ? `${size}, ${volumes} volumes` : size;
}

/** Returns the `nx × ny` values of section `index`, with complex and RGB voxels reduced to one value. */
export function sectionValues(volume: DisplayVolume, index: number): Float64Array {
  const { nx, ny, data, components } = volume;
  const plane = nx * ny;
  const values = new Float64Array(plane);
  const start = index * plane * components;
  for (let voxel = 0; voxel < plane; voxel += 1) {
    const offset = start + voxel * components;
    if (components === 2) {
      values[voxel] = Math.hypot(Number(data[offset]), Number(data[offset + 1]));
    } else if (components === 3) {
      // Luminance with the ITU-R BT.601 weights.
      values[voxel] = 0.299 * Number(data[offset]) + 0.587 * Number(data[offset + 1]) + 0.114 * Number(data[offset + 2]);
    } else {
      values[voxel] = Number(data[offset]);
    }
  }
  return values;
}

/** Returns the label of section `index` (from 0), such as "Section 11 of 20 (z = 10)". */
export function sectionLabel(volume: DisplayVolume, index: number): string {
  const position = volume.sectionsPerVolume < volume.sections
    ? `volume ${Math.floor(index / volume.sectionsPerVolume) + 1}, z = ${index % volume.sectionsPerVolume}`
    : `z = ${index}`;
  return `Section ${index + 1} of ${volume.sections} (${position})`;
}
