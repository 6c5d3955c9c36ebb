import { AttentionError } from "../errors.js";
import { checkAxis, checkTensor, tensor, type Tensor } from "./tensor.js";

/**
 * Applies a bias-free linear layer in the PyTorch `nn.Linear` layout: `x` is `[T, in]`, `weight`
 * is `[out, in]`, and `y[t, o] = Σ_i weight[o, i]·x[t, i]`, accumulated in float64.
 */
export function linear(x: Tensor, weight: Tensor): Tensor {
  const [rows, inputs] = checkTensor("x", x, 2) as [number, number];
  const [outputs, weightInputs] = checkTensor("weight", weight, 2) as [number, number];
  checkAxis("weight", "input size", weightInputs, inputs);

  const output = new Float32Array(rows * outputs);
  for (let t = 0; t < rows; t++) {
    const inputBase = t * inputs;
    for (let o = 0; o < outputs; o++) {
      const weightBase = o * inputs;
      let sum = 0;
      for (let i = 0; i < inputs; i++) sum += weight.data[weightBase + i]! * x.data[inputBase + i]!;
      output[t * outputs + o] = sum;
    }
  }
  return tensor(output, [rows, outputs]);
}

/**
 * Applies {@link linear} after checking that `weight` (`[out, in]`) takes as many input channels
 * as `x` has. The message names both, as the caller calls them: `weightName` is the weight
 * field ("qkv") and `inputName` describes `x` ("x", "the query latent").
 */
export function linearNamed(x: Tensor, inputName: string, weight: Tensor, weightName: string): Tensor {
  const [, width] = checkTensor(inputName, x, 2) as [number, number];
  const [outputs, inputs] = checkTensor(weightName, weight, 2) as [number, number];
  if (inputs !== width) {
    throw new AttentionError(
      "INVALID_SHAPE",
      `${weightName} has shape [${outputs}, ${inputs}], so it takes ${inputs} input channels, but ${inputName} has ${width}.`,
      { field: weightName, value: [outputs, inputs] },
    );
  }
  return linear(x, weight);
}

/** Returns a view of `x` with a new shape of the same element count (no copy). */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  return tensor(x.data, shape);
}

/** Splits the last axis of a `[T, A + B + …]` tensor into new tensors of the given widths. */
export function splitLastAxis(x: Tensor, widths: readonly number[]): Tensor[] {
  const [rows, width] = checkTensor("x", x, 2) as [number, number];
  checkAxis("x", "last-axis width", width, widths.reduce((sum, part) => sum + part, 0));
  const parts: Tensor[] = [];
  let start = 0;
  for (const part of widths) {
    const data = new Float32Array(rows * part);
    for (let t = 0; t < rows; t++) data.set(x.data.subarray(t * width + start, t * width + start + part), t * part);
    parts.push(tensor(data, [rows, part]));
    start += part;
  }
  return parts;
}
