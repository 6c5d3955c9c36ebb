import { AttentionError } from "../errors.js";

/** A row-major float32 tensor: element `(a, b, c)` of shape `[A, B, C]` sits at `(a·B + b)·C + c`. */
export interface Tensor {
  readonly data: Float32Array;
  readonly shape: readonly number[];
}

/** Wraps `data` as a tensor of `shape`, checking that the element count matches. */
export function tensor(data: Float32Array, shape: readonly number[]): Tensor {
  const shapeCopy = [...shape];
  for (const [axis, size] of shapeCopy.entries()) {
    if (!Number.isInteger(size) || size < 0) {
      throw new AttentionError("INVALID_SHAPE", `Shape [${shapeCopy.join(", ")}] has an invalid size ${size} on axis ${axis}; sizes must be non-negative integers.`, {
        field: "shape",
        value: shapeCopy,
      });
    }
  }
  const count = elementCount(shapeCopy);
  if (data.length !== count) {
    throw new AttentionError("INVALID_SHAPE", `A tensor of shape [${shapeCopy.join(", ")}] needs ${count} elements, but the array has ${data.length}.`, {
      field: "shape",
      value: shapeCopy,
    });
  }
  return { data, shape: shapeCopy };
}

/** Returns a zero-filled tensor of `shape`. */
export function zeros(shape: readonly number[]): Tensor {
  return tensor(new Float32Array(elementCount(shape)), shape);
}

/** Returns the number of elements of `shape` (1 for a scalar shape `[]`). */
export function elementCount(shape: readonly number[]): number {
  return shape.reduce((product, size) => product * size, 1);
}

/**
 * Checks that `value` is a tensor of `rank` axes whose data length matches its shape, and
 * returns its shape. `name` is the argument name used in the error message.
 */
export function checkTensor(name: string, value: Tensor, rank: number): number[] {
  if (value === null || typeof value !== "object" || !(value.data instanceof Float32Array) || !Array.isArray(value.shape)) {
    throw new AttentionError("INVALID_SHAPE", `${name} must be a tensor { data: Float32Array, shape: number[] }.`, { field: name });
  }
  if (value.shape.length !== rank) {
    throw new AttentionError("INVALID_SHAPE", `${name} must have ${rank} axes, but its shape is [${value.shape.join(", ")}].`, {
      field: name,
      value: value.shape,
    });
  }
  tensor(value.data, value.shape);
  return [...value.shape];
}

/** Throws an `INVALID_SHAPE` error unless `actual` equals `expected` on the named axis. */
export function checkAxis(name: string, axis: string, actual: number, expected: number): void {
  if (actual !== expected) {
    throw new AttentionError("INVALID_SHAPE", `${name} has ${axis} = ${actual}, but ${expected} is expected.`, {
      field: name,
      value: actual,
    });
  }
}

/** Throws an `INVALID_ARGUMENT` error unless `value` is an integer of at least `minimum`. */
export function checkInteger(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new AttentionError("INVALID_ARGUMENT", `${name} must be an integer of at least ${minimum}, but it is ${value}.`, {
      field: name,
      value,
    });
  }
}

/** Converts a flat offset into a multi-dimensional index of `shape`, for error messages. */
export function unravelIndex(offset: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length).fill(0);
  let rest = offset;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis]!;
    index[axis] = size === 0 ? 0 : rest % size;
    rest = size === 0 ? 0 : Math.floor(rest / size);
  }
  return index;
}

/**
 * Throws a `NON_FINITE_INPUT` error naming `name` and the multi-dimensional index of the first
 * NaN or infinite element of `data`, read as shape `shape`.
 */
export function checkFinite(name: string, data: Float32Array, shape: readonly number[]): void {
  for (let offset = 0; offset < data.length; offset++) {
    if (!Number.isFinite(data[offset]!)) {
      const index = unravelIndex(offset, shape);
      throw new AttentionError("NON_FINITE_INPUT", `${name}[${index.join(", ")}] is ${data[offset]}; the input check accepts finite values only.`, {
        field: name,
        value: index,
      });
    }
  }
}
