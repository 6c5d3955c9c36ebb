import { FLOAT32_SAFE_MAGNITUDE } from "./overflow-rows.js";

/**
 * Returns the Euclidean norm of each of `rows` rows of `width` elements, in float64, or `∞` for a
 * row with a NaN or infinite element. Squares of float32 values stay below 2^256, so only such
 * an element makes the sum non-finite.
 */
function rowNorms(data: Float32Array, rows: number, width: number): Float64Array {
  const norms = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let squares = 0;
    for (let i = 0; i < width; i++) {
      const element = data[row * width + i]!;
      squares += element * element;
    }
    norms[row] = Number.isFinite(squares) ? Math.sqrt(squares) : Infinity;
  }
  return norms;
}

/**
 * Recomputes in float64, in the order of the reference `linear`, every element `y[t, o]` of a
 * float32 product `x·Wᵀ` (`x` `[rows, inputs]`, `weight` `[outputs, inputs]`) that a shader may
 * get wrong. By the Cauchy–Schwarz inequality, every partial sum of `y[t, o]` is at most
 * `‖x_t‖·‖W_o‖`, so elements where that exceeds 2^126 could overflow float32. Elements that
 * read NaN or ±∞ follow IEEE-754 only on the reference, because shaders need not propagate them.
 */
export function replaceUnsafeLinearElements(x: Float32Array, weight: Float32Array, rows: number, inputs: number, outputs: number, result: Float32Array): void {
  const inputNorms = rowNorms(x, rows, inputs);
  const weightNorms = rowNorms(weight, outputs, inputs);
  for (let t = 0; t < rows; t++) {
    for (let o = 0; o < outputs; o++) {
      if (!(inputNorms[t]! * weightNorms[o]! > FLOAT32_SAFE_MAGNITUDE)) continue;
      let sum = 0;
      for (let i = 0; i < inputs; i++) sum += weight[o * inputs + i]! * x[t * inputs + i]!;
      result[t * outputs + o] = sum;
    }
  }
}
