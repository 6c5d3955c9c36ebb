import { AttentionError } from "../errors.js";
import { describeValue } from "../options.js";

/** A row-major float32 tensor: element `(a, b, c)` of shape `[A, B, C]` sits at `(a·B + b)·C + c`. */
export interface Tensor {
  readonly data: Float32Array;
  readonly shape: readonly number[];
}

/**
 * Wraps `data` as a tensor of `shape`, checking that the element count matches. Throws
 * `UNKNOWN_ELEMENT_TYPE` when `data` is not a `Float32Array` and `INVALID_SHAPE` for a bad
 * shape. `name` labels the messages.
 */
export function tensor(data: Float32Array, shape: readonly number[], name = "tensor"): Tensor {
  checkFloat32Data(`${name}.data`, data);
  const shapeCopy = checkShape(`${name}.shape`, shape);
  const count = elementCount(shapeCopy);
  if (data.length !== count) {
    throw new AttentionError("INVALID_SHAPE", `A tensor of shape [${shapeCopy.join(", ")}] needs ${count} elements, but the array has ${data.length}.`, {
      field: "shape",
      value: shapeCopy,
    });
  }
  return { data, shape: shapeCopy };
}

/** Returns a copy of `shape` after checking that it is an array of non-negative integer sizes. */
function checkShape(name: string, shape: unknown): number[] {
  if (!Array.isArray(shape)) {
    throw new AttentionError("INVALID_SHAPE", `${name} is ${describeValue(shape)}, but an array of axis sizes such as [T, H, d] is expected.`, {
      field: "shape",
      value: shape,
    });
  }
  const shapeCopy = [...(shape as unknown[])];
  for (const [axis, size] of shapeCopy.entries()) {
    if (!Number.isInteger(size) || (size as number) < 0) {
      throw new AttentionError("INVALID_SHAPE", `Shape [${shapeCopy.join(", ")}] has an invalid size ${String(size)} on axis ${axis}; sizes must be non-negative integers.`, {
        field: "shape",
        value: shapeCopy,
      });
    }
  }
  return shapeCopy as number[];
}

/**
 * Throws `UNKNOWN_ELEMENT_TYPE` unless `data` is a `Float32Array`: the kernels read and write
 * float32 storage, so a `Float64Array` or a plain array must be converted first.
 */
export function checkFloat32Data(name: string, data: unknown): asserts data is Float32Array {
  // The tag test also accepts a Float32Array from another realm (a worker or an iframe).
  if (Object.prototype.toString.call(data) === "[object Float32Array]") return;
  throw new AttentionError("UNKNOWN_ELEMENT_TYPE", `${name} is ${describeValue(data)}, but the kernels take float32 data: convert it with Float32Array.from(...).`, {
    field: name,
    value: data,
  });
}

/** Returns a zero-filled tensor of `shape`. */
export function zeros(shape: readonly number[]): Tensor {
  const checked = checkShape("shape", shape);
  return tensor(allocate(Float32Array, elementCount(checked), "shape"), checked);
}

/**
 * Returns a zero-filled typed array of `length` elements. Throws `INVALID_ARGUMENT` naming
 * `field` when the engine cannot allocate it, instead of the engine's bare `RangeError`.
 */
export function allocate<T extends Float32Array | Float64Array | Int32Array>(
  kind: new (length: number) => T,
  length: number,
  field: string,
): T {
  try {
    return new kind(length);
  } catch (error) {
    throw new AttentionError("INVALID_ARGUMENT", `${field} needs ${length} elements of ${kind.name}, more than this engine can allocate. Use a smaller size.`, {
      field,
      value: length,
      cause: error,
    });
  }
}

/**
 * Returns the number of elements of `shape` (1 for a scalar shape `[]`). Throws `INVALID_SHAPE`
 * unless `shape` is an array of non-negative integer sizes.
 */
export function elementCount(shape: readonly number[]): number {
  return checkShape("shape", shape).reduce((product, size) => product * size, 1);
}

/**
 * Checks that `value` is a tensor of `rank` axes (any rank of at least 1 when `rank` is
 * undefined) whose data length matches its shape, and returns its shape. `name` is the
 * argument name used in the error message.
 */
export function checkTensor(name: string, value: Tensor, rank?: number): number[] {
  if (value === null || typeof value !== "object") {
    throw new AttentionError("INVALID_SHAPE", `${name} is ${describeValue(value)}, but a tensor { data: Float32Array, shape: number[] } is expected.`, { field: name, value });
  }
  checkFloat32Data(`${name}.data`, value.data);
  if (!Array.isArray(value.shape)) {
    throw new AttentionError("INVALID_SHAPE", `${name}.shape is ${describeValue(value.shape)}, but an array of axis sizes is expected.`, { field: name, value: value.shape });
  }
  if (rank === undefined ? value.shape.length === 0 : value.shape.length !== rank) {
    const expected = rank === undefined ? "at least one axis" : `${rank} axes`;
    throw new AttentionError("INVALID_SHAPE", `${name} must have ${expected}, but its shape is [${value.shape.join(", ")}].`, {
      field: name,
      value: value.shape,
    });
  }
  tensor(value.data, value.shape, name);
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
  if (!ArrayBuffer.isView(data) && !Array.isArray(data)) {
    throw new AttentionError("UNKNOWN_ELEMENT_TYPE", `${name} is ${describeValue(data)}, but an array of numbers is expected.`, { field: name, value: data });
  }
  const count = elementCount(shape);
  if (count !== data.length) {
    throw new AttentionError("INVALID_SHAPE", `${name} has ${data.length} elements, but its shape [${shape.join(", ")}] needs ${count}.`, { field: name, value: [...shape] });
  }
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
