// Axis mapping: which cell axis (1 = X, 2 = Y, 3 = Z) runs along columns, rows and sections.
import { MrcError } from "./errors.js";
import type { MrcHeader } from "./header.js";
import type { MrcLayout } from "./layout.js";
import { modeInfo } from "./modes.js";
import type { MrcData, MrcDataInput } from "./voxels.js";

/**
 * Returns the grid position (X, Y, Z) of the voxel at column `c`, row `r` and section `s`:
 * p[MAPC] = c + NXSTART, p[MAPR] = r + NYSTART, p[MAPS] = s + NZSTART.
 */
export function gridPosition(layout: Pick<MrcLayout, "header" | "axisMapping">, column: number, row: number, section: number): [number, number, number] {
  const { header, axisMapping } = layout;
  const position: [number, number, number] = [0, 0, 0];
  position[axisMapping[0] - 1] = column + header.nxstart;
  position[axisMapping[1] - 1] = row + header.nystart;
  position[axisMapping[2] - 1] = section + header.nzstart;
  return position;
}

/** An array with its shape, in file order or X-fastest order. */
export interface ShapedData<Data extends MrcDataInput = MrcData> {
  data: Data;
  shape: number[];
}

/** The parts of a file or region that {@link toXFastest} reads. */
type XFastestInput<Data extends MrcDataInput> = Pick<MrcLayout, "axisMapping" | "mode"> & { data: Data | null; shape: number[] | null };

/**
 * Returns the data as an X-fastest `[z][y][x]` array, permuting the last three spatial axes by
 * MAPC/MAPR/MAPS (for volume stacks, each volume). Returns the same array when the mapping is
 * 1, 2, 3 and a copy otherwise. A trailing component axis (complex, RGB) stays last. The result
 * is `ArrayBuffer`-backed when the input is, as every array that the package returns is.
 */
export function toXFastest(file: XFastestInput<MrcData>): ShapedData;
export function toXFastest(file: XFastestInput<MrcDataInput>): ShapedData<MrcDataInput>;
export function toXFastest(file: XFastestInput<MrcDataInput>): ShapedData<MrcDataInput> {
  const { data, shape } = file;
  if (data === null || shape === null) {
    throw new MrcError("INVALID_ARGUMENT", "toXFastest needs data: the file was read header-only or its data is null.", { field: "data", value: null });
  }
  const [mapc, mapr, maps] = file.axisMapping;
  if (mapc === 1 && mapr === 2 && maps === 3) return { data, shape };
  const components = file.mode === null ? 1 : modeInfo(file.mode).components;
  const spatial = components === 1 ? shape : shape.slice(0, -1);
  if (spatial.length === 2) return { data, shape };
  const [sections, rows, columns] = spatial.slice(-3) as [number, number, number];
  const volumes = spatial.length === 4 ? spatial[0]! : 1;
  // File axis lengths indexed by cell axis: size along X, Y, Z.
  const size = [0, 0, 0];
  size[mapc - 1] = columns;
  size[mapr - 1] = rows;
  size[maps - 1] = sections;
  const [sizeX, sizeY, sizeZ] = size as [number, number, number];
  // Strides of the output [z][y][x] for each file axis (column, row, section).
  const outStride = [components, sizeX * components, sizeX * sizeY * components];
  const columnStride = outStride[mapc - 1]!;
  const rowStride = outStride[mapr - 1]!;
  const sectionStride = outStride[maps - 1]!;
  const volumeLength = columns * rows * sections * components;
  const out = new (data.constructor as new (length: number) => MrcData)(data.length);
  for (let volume = 0; volume < volumes; volume++) {
    const base = volume * volumeLength;
    let source = base;
    for (let s = 0; s < sections; s++) {
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < columns; c++) {
          const target = base + s * sectionStride + r * rowStride + c * columnStride;
          for (let k = 0; k < components; k++) out[target + k] = data[source++]!;
        }
      }
    }
  }
  const outShape = [...(spatial.length === 4 ? [volumes] : []), sizeZ, sizeY, sizeX, ...(components === 1 ? [] : [components])];
  return { data: out, shape: outShape };
}

/** Returns NXSTART, NYSTART, NZSTART. */
export function nstartOf(header: MrcHeader): [number, number, number] {
  return [header.nxstart, header.nystart, header.nzstart];
}
