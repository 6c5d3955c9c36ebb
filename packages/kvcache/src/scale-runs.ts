/**
 * Walks a row-major array in runs of consecutive elements that share one scale, for scales that
 * vary along some axes (`scaleAxes`, in the scale array's order) and optionally along
 * `groupAxis` in groups of `groupSize` (innermost in the scale array).
 */
export interface ScaleLayout {
  dims: readonly number[];
  /** Axes (chunk indices) the scale array keeps, in ascending order; excludes `groupAxis`. */
  scaleAxes: readonly number[];
  groupAxis: number;
  groupSize: number;
}

/** Returns the number of scales a {@link ScaleLayout} needs. */
export function scaleCount(layout: ScaleLayout): number {
  let count = 1;
  for (const axis of layout.scaleAxes) count *= layout.dims[axis]!;
  if (layout.groupAxis >= 0) count *= Math.ceil(layout.dims[layout.groupAxis]! / layout.groupSize);
  return count;
}

/** Calls `visit(start, length, scaleIndex)` for every run of elements that share a scale, in order. */
export function forEachScaleRun(layout: ScaleLayout, visit: (start: number, length: number, scaleIndex: number) => void): void {
  const { dims, scaleAxes, groupAxis, groupSize } = layout;
  const total = dims.reduce((product, length) => product * length, 1);
  if (total === 0) return;
  const lastAxis = Math.max(groupAxis, ...scaleAxes, -1);
  if (lastAxis < 0) {
    visit(0, total, 0);
    return;
  }

  // Element strides of the data and of the scale array, per axis.
  const strides = dims.map((_, axis) => dims.slice(axis + 1).reduce((p, l) => p * l, 1));
  const groupsAlong = groupAxis >= 0 ? Math.ceil(dims[groupAxis]! / groupSize) : 1;
  const scaleStrides = dims.map(() => 0);
  let stride = groupsAlong;
  for (let k = scaleAxes.length - 1; k >= 0; k--) {
    scaleStrides[scaleAxes[k]!] = stride;
    stride *= dims[scaleAxes[k]!]!;
  }

  // Odometer over axes 0..lastAxis. When the group axis is the last one it steps by groupSize
  // and a run covers the whole group; otherwise it steps by one like the others.
  const index = new Array<number>(lastAxis + 1).fill(0);
  const inner = strides[lastAxis]!;
  for (;;) {
    let start = 0;
    let scaleIndex = 0;
    for (let axis = 0; axis <= lastAxis; axis++) {
      start += index[axis]! * strides[axis]!;
      scaleIndex += axis === groupAxis ? Math.floor(index[axis]! / groupSize) : index[axis]! * scaleStrides[axis]!;
    }
    const span = lastAxis === groupAxis ? Math.min(groupSize, dims[groupAxis]! - index[lastAxis]!) : 1;
    visit(start, span * inner, scaleIndex);

    let axis = lastAxis;
    for (; axis >= 0; axis--) {
      index[axis]! += axis === groupAxis && axis === lastAxis ? groupSize : 1;
      if (index[axis]! < dims[axis]!) break;
      index[axis] = 0;
    }
    if (axis < 0) return;
  }
}
