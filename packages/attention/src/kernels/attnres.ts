import { AttentionError } from "../errors.js";
import { checkOptions, describeValue } from "../options.js";
import { emptySoftmaxStates, finalizeSoftmaxStates, mergeSoftmaxStateRow, type SoftmaxStates } from "./softmax.js";
import { checkAxis, checkTensor, tensor, type Tensor } from "./tensor.js";

/**
 * Parameters of Attention Residuals (Kimi, arXiv:2603.15031): one learned pseudo-query `w_l`
 * and one key-norm gain `g_l` per consuming sublayer, both `[L, d]`. The pseudo-queries start
 * at zero, which makes the depth softmax uniform.
 */
export interface AttnResParameters {
  readonly pseudoQueries: Tensor;
  readonly keyNormGains: Tensor;
  /** eps of the key RMSNorm; the model's `rms_norm_eps` (1e-6 when the config states none). */
  readonly eps: number;
}

/**
 * One sublayer `l` of the network: it receives the mixed input `h_l` (`[T, d]`, before its own
 * PreNorm) and returns its output `v_{l+1}` (`[T, d]`). Outputs are copied on return, so the
 * callback may reuse its buffers.
 */
export type Sublayer = (layer: number, input: Tensor) => Tensor;

/** Result of running a residual network: the input each sublayer saw and the output it gave. */
export interface AttnResRun {
  /** `h_l` for `l = 0 … L − 1`, each `[T, d]`. */
  readonly inputs: Tensor[];
  /** `v_{l+1}` for `l = 0 … L − 1`, each `[T, d]`. */
  readonly outputs: Tensor[];
  /** Number of sources each sublayer mixed. */
  readonly sourceCounts: number[];
}

/** Throws `INVALID_ARGUMENT` unless `sublayer` is a function. */
function checkSublayer(sublayer: Sublayer): void {
  if (typeof sublayer === "function") return;
  throw new AttentionError("INVALID_ARGUMENT", `sublayer is ${describeValue(sublayer)}, but a function (layer, input) => output is expected.`, {
    field: "sublayer",
    value: sublayer,
  });
}

function checkParameters(parameters: AttnResParameters, width: number): number {
  checkOptions("the AttnRes parameters", parameters, ["pseudoQueries", "keyNormGains", "eps"], { required: true, field: "parameters" });
  const [layers] = checkTensor("pseudoQueries", parameters.pseudoQueries, 2) as [number, number];
  checkAxis("pseudoQueries", "width", parameters.pseudoQueries.shape[1]!, width);
  checkTensor("keyNormGains", parameters.keyNormGains, 2);
  checkAxis("keyNormGains", "row count", parameters.keyNormGains.shape[0]!, layers);
  checkAxis("keyNormGains", "width", parameters.keyNormGains.shape[1]!, width);
  if (typeof parameters.eps !== "number" || !(parameters.eps >= 0) || !Number.isFinite(parameters.eps)) {
    throw new AttentionError("INVALID_ARGUMENT", `eps = ${describeValue(parameters.eps)} is invalid: it must be a finite number of at least 0.`, { field: "eps", value: parameters.eps });
  }
  return layers;
}

/** Returns the folded query `w_l ⊙ g_l`, so that a score is `(w_l ⊙ g_l) · (v / rms(v))`. */
function foldedQuery(parameters: AttnResParameters, layer: number): Float64Array {
  const width = parameters.pseudoQueries.shape[1]!;
  const folded = new Float64Array(width);
  for (let c = 0; c < width; c++) {
    folded[c] = parameters.pseudoQueries.data[layer * width + c]! * parameters.keyNormGains.data[layer * width + c]!;
  }
  return folded;
}

/** Returns `w · (v_t / rms(v_t))` for token `t` of `source`, with `rms = sqrt(mean(v²) + eps)`. */
function sourceScore(query: Float64Array, source: Tensor, token: number, eps: number): number {
  const width = query.length;
  const base = token * width;
  let sumOfSquares = 0;
  let dot = 0;
  for (let c = 0; c < width; c++) {
    const element = source.data[base + c]!;
    sumOfSquares += element * element;
    dot += query[c]! * element;
  }
  return dot / Math.sqrt(sumOfSquares / width + eps);
}

/** Accumulates `sources` into the states of all `T` tokens: one online-softmax step per source. */
function accumulateSources(states: SoftmaxStates, query: Float64Array, sources: readonly Tensor[], eps: number): void {
  const width = states.width;
  for (const source of sources) {
    const single = emptySoftmaxStates(states.rows, width);
    for (let t = 0; t < states.rows; t++) {
      single.max[t] = sourceScore(query, source, t, eps);
      single.sum[t] = 1;
      for (let c = 0; c < width; c++) single.output[t * width + c] = source.data[t * width + c]!;
      mergeSoftmaxStateRow(states, single, t);
    }
  }
}

/**
 * Mixes `sources` (each `[T, d]`) for sublayer `layer`: `h = Σ_i α_i·v_i` with
 * `α = softmax_i(w_l · RMSNorm(v_i; g_l, eps))`, a softmax over depth with one head. `layer`
 * indexes the rows of the parameters, whose width must be `d`.
 */
export function attnResMix(sources: readonly Tensor[], parameters: AttnResParameters, layer: number): Tensor {
  if (!Array.isArray(sources) || sources.length === 0) {
    throw new AttentionError("INVALID_ARGUMENT", "attnResMix needs at least one source (the embedding).", { field: "sources" });
  }
  const [tokens, width] = checkTensor("sources[0]", sources[0]!, 2) as [number, number];
  for (const [index, source] of sources.entries()) {
    checkTensor(`sources[${index}]`, source, 2);
    checkAxis(`sources[${index}]`, "row count", source.shape[0]!, tokens);
    checkAxis(`sources[${index}]`, "width", source.shape[1]!, width);
  }
  const layers = checkParameters(parameters, width);
  if (!Number.isInteger(layer) || layer < 0 || layer >= layers) {
    throw new AttentionError("INVALID_ARGUMENT", `layer = ${describeValue(layer)} is invalid: the parameters have ${layers} sublayers, so pass an integer from 0 to ${layers - 1}.`, {
      field: "layer",
      value: layer,
    });
  }
  const states = emptySoftmaxStates(tokens, width);
  accumulateSources(states, foldedQuery(parameters, layer), sources, parameters.eps);
  return tensor(finalizeSoftmaxStates(states).output, [tokens, width]);
}

/** Copies a sublayer's output after checking that it has the input's shape `[T, d]`. */
function copyOutput(layer: number, output: Tensor, tokens: number, width: number): Tensor {
  const name = `output of sublayer ${layer}`;
  checkTensor(name, output, 2);
  if (output.shape[0] !== tokens || output.shape[1] !== width) {
    throw new AttentionError("INVALID_SHAPE", `The ${name} has shape [${output.shape.join(", ")}], but [${tokens}, ${width}] ([T, d], like its input) is expected.`, {
      field: name,
      value: [...output.shape],
    });
  }
  return tensor(Float32Array.from(output.data), [tokens, width]);
}

/**
 * Runs full AttnRes: sublayer `l` mixes the embedding and every earlier output,
 * `v_0 … v_l` (`l + 1` sources), in place of the residual sum.
 */
export function runFullAttnRes(embedding: Tensor, sublayer: Sublayer, parameters: AttnResParameters): AttnResRun {
  const [tokens, width] = checkTensor("embedding", embedding, 2) as [number, number];
  checkSublayer(sublayer);
  const layers = checkParameters(parameters, width);
  const sources: Tensor[] = [embedding];
  const run: AttnResRun = { inputs: [], outputs: [], sourceCounts: [] };

  for (let layer = 0; layer < layers; layer++) {
    const input = attnResMix(sources, parameters, layer);
    run.inputs.push(input);
    run.sourceCounts.push(sources.length);
    const output = copyOutput(layer, sublayer(layer, input), tokens, width);
    run.outputs.push(output);
    sources.push(output);
  }
  return run;
}

/** Options of the Block AttnRes runners. */
export interface BlockAttnResOptions {
  /** Sublayers per block, `S`; the sublayer count `L` must be a multiple of it. */
  readonly blockSize: number;
}

function checkBlockOptions(layers: number, options: BlockAttnResOptions): void {
  checkOptions("the Block AttnRes options", options, ["blockSize"], { required: true });
  checkBlockSize(layers, options.blockSize);
}

function checkBlockSize(layers: number, blockSize: number): void {
  // NOTE: the sources leave a remainder block unspecified (one summary says the last block
  // absorbs it), so L must be a multiple of S here rather than guessing.
  if (!Number.isInteger(blockSize) || blockSize < 1 || layers % blockSize !== 0) {
    throw new AttentionError("INVALID_ARGUMENT", `blockSize = ${describeValue(blockSize)} is invalid: it must be a positive integer that divides the sublayer count ${layers}.`, {
      field: "blockSize",
      value: blockSize,
    });
  }
}

function addInto(target: Float32Array, source: Tensor): void {
  for (let i = 0; i < target.length; i++) target[i] = target[i]! + source.data[i]!;
}

/**
 * Runs Block AttnRes in one pass: sublayer `l` of block `n = floor(l/S)` mixes the summaries
 * `B_0 … B_n` (`B_0` the embedding, `B_{k+1}` the sum of block `k`'s outputs) plus, from the
 * block's second sublayer on, the partial sum of the block's earlier outputs. That is
 * `n + 1 + [l mod S ≥ 1]` sources, so sublayer 0 sees the embedding alone.
 */
export function runBlockAttnRes(embedding: Tensor, sublayer: Sublayer, parameters: AttnResParameters, options: BlockAttnResOptions): AttnResRun {
  const [tokens, width] = checkTensor("embedding", embedding, 2) as [number, number];
  checkSublayer(sublayer);
  const layers = checkParameters(parameters, width);
  checkBlockOptions(layers, options);
  const summaries: Tensor[] = [embedding];
  const run: AttnResRun = { inputs: [], outputs: [], sourceCounts: [] };
  let partial = new Float32Array(tokens * width);

  for (let layer = 0; layer < layers; layer++) {
    const indexInBlock = layer % options.blockSize;
    const sources = indexInBlock === 0 ? [...summaries] : [...summaries, tensor(partial, [tokens, width])];
    const input = attnResMix(sources, parameters, layer);
    run.inputs.push(input);
    run.sourceCounts.push(sources.length);

    const output = copyOutput(layer, sublayer(layer, input), tokens, width);
    run.outputs.push(output);
    if (indexInBlock === 0) partial = new Float32Array(tokens * width);
    addInto(partial, output);
    if (indexInBlock === options.blockSize - 1) summaries.push(tensor(partial, [tokens, width]));
  }
  return run;
}

/**
 * Runs Block AttnRes in two phases. Phase 1, when block `n` starts, scores the summaries
 * `B_0 … B_n` once for all `S` sublayers of the block and keeps an online-softmax state per
 * sublayer. Phase 2 runs the sublayers in order, merging only the partial-sum term into each
 * state. Equal to {@link runBlockAttnRes} up to rounding, because softmax states over disjoint
 * source sets merge exactly.
 */
export function runBlockAttnResTwoPhase(embedding: Tensor, sublayer: Sublayer, parameters: AttnResParameters, options: BlockAttnResOptions): AttnResRun {
  const [tokens, width] = checkTensor("embedding", embedding, 2) as [number, number];
  checkSublayer(sublayer);
  const layers = checkParameters(parameters, width);
  checkBlockOptions(layers, options);
  const summaries: Tensor[] = [embedding];
  const run: AttnResRun = { inputs: [], outputs: [], sourceCounts: [] };

  for (let blockStart = 0; blockStart < layers; blockStart += options.blockSize) {
    const blockStates: SoftmaxStates[] = [];
    for (let i = 0; i < options.blockSize; i++) {
      const states = emptySoftmaxStates(tokens, width);
      accumulateSources(states, foldedQuery(parameters, blockStart + i), summaries, parameters.eps);
      blockStates.push(states);
    }

    const partial = new Float32Array(tokens * width);
    for (let i = 0; i < options.blockSize; i++) {
      const layer = blockStart + i;
      const states = blockStates[i]!;
      if (i >= 1) accumulateSources(states, foldedQuery(parameters, layer), [tensor(partial, [tokens, width])], parameters.eps);
      const input = tensor(finalizeSoftmaxStates(states).output, [tokens, width]);
      run.inputs.push(input);
      run.sourceCounts.push(summaries.length + (i >= 1 ? 1 : 0));

      const output = copyOutput(layer, sublayer(layer, input), tokens, width);
      run.outputs.push(output);
      addInto(partial, output);
    }
    summaries.push(tensor(partial, [tokens, width]));
  }
  return run;
}

/**
 * Runs the standard PreNorm residual network for comparison: `h_l = Σ_{i ≤ l} v_i`.
 */
export function runStandardResidual(embedding: Tensor, sublayer: Sublayer, layers: number): AttnResRun {
  const [tokens, width] = checkTensor("embedding", embedding, 2) as [number, number];
  checkSublayer(sublayer);
  if (!Number.isInteger(layers) || layers < 0) {
    throw new AttentionError("INVALID_ARGUMENT", `layers = ${describeValue(layers)} is invalid: it must be a non-negative integer number of sublayers.`, { field: "layers", value: layers });
  }
  const stream = Float32Array.from(embedding.data);
  const run: AttnResRun = { inputs: [], outputs: [], sourceCounts: [] };
  for (let layer = 0; layer < layers; layer++) {
    const input = tensor(Float32Array.from(stream), [tokens, width]);
    run.inputs.push(input);
    run.sourceCounts.push(layer + 1);
    const output = copyOutput(layer, sublayer(layer, input), tokens, width);
    run.outputs.push(output);
    addInto(stream, output);
  }
  return run;
}

/** Residual scheme of {@link residualActivationElementsPerToken}. */
export type ResidualScheme =
  | { readonly kind: "standard" }
  | { readonly kind: "full-attnres"; readonly sublayers: number }
  | { readonly kind: "block-attnres"; readonly blocks: number };

/**
 * Returns the live residual activations per token, in elements: `d` for a standard residual,
 * `(L + 1)·d` for full AttnRes and `(N + 1)·d` for Block AttnRes. Multiply by the element size
 * for bytes. AttnRes keeps nothing across time steps.
 */
export function residualActivationElementsPerToken(scheme: ResidualScheme, modelWidth: number): number {
  checkPositiveInteger("modelWidth", modelWidth);
  if (typeof scheme !== "object" || scheme === null) {
    throw new AttentionError("INVALID_ARGUMENT", `scheme must be an object such as { kind: "block-attnres", blocks: 8 }.`, { field: "scheme", value: scheme });
  }
  switch (scheme.kind) {
    case "standard":
      return modelWidth;
    case "full-attnres":
      checkPositiveInteger("sublayers", scheme.sublayers);
      return (scheme.sublayers + 1) * modelWidth;
    case "block-attnres":
      checkPositiveInteger("blocks", scheme.blocks);
      return (scheme.blocks + 1) * modelWidth;
    default:
      throw new AttentionError(
        "INVALID_ARGUMENT",
        `scheme.kind = ${JSON.stringify((scheme as { kind: unknown }).kind)} is invalid: expected "standard", "full-attnres" or "block-attnres".`,
        { field: "scheme.kind", value: (scheme as { kind: unknown }).kind },
      );
  }
}

/** Per-token pipeline traffic of Block AttnRes summaries, in elements. */
export interface AttnResPipelineTraffic {
  /** Every chunk boundary resends all summaries: `C(C−1)/2·N_p·d`. */
  readonly naiveElements: number;
  /** Each stage keeps what it received for earlier virtual stages: `P(P−1)/2·N_p·d + (V−1)·P²·N_p·d`. */
  readonly cachedElements: number;
  /** Largest single transfer without caching: `(C−1)·N_p·d`. */
  readonly naivePeakElements: number;
  /**
   * Largest single transfer with caching: `P·N_p·d` once a second virtual stage exists. With
   * `V = 1` caching changes nothing, so it equals the naive peak `(P − 1)·N_p·d`.
   */
  readonly cachedPeakElements: number;
}

/**
 * Returns the per-token communication of Block AttnRes summaries under interleaved pipeline
 * parallelism with `P` physical stages of `V` virtual stages (`C = P·V` chunks) and `N_p` summaries
 * per chunk. NOTE: these formulas come from a secondary summary of arXiv:2603.15031, not the paper.
 */
export function attnResPipelineTraffic(options: { physicalStages: number; virtualStages: number; summariesPerChunk: number; modelWidth: number }): AttnResPipelineTraffic {
  checkOptions("the options of attnResPipelineTraffic", options, ["physicalStages", "virtualStages", "summariesPerChunk", "modelWidth"], { required: true });
  const { physicalStages: p, virtualStages: v, summariesPerChunk: n, modelWidth: d } = options;
  checkPositiveInteger("physicalStages", p);
  checkPositiveInteger("virtualStages", v);
  checkPositiveInteger("summariesPerChunk", n);
  checkPositiveInteger("modelWidth", d);
  const chunks = p * v;
  return {
    naiveElements: ((chunks * (chunks - 1)) / 2) * n * d,
    cachedElements: ((p * (p - 1)) / 2) * n * d + (v - 1) * p * p * n * d,
    naivePeakElements: (chunks - 1) * n * d,
    cachedPeakElements: Math.min(p, chunks - 1) * n * d,
  };
}

function checkPositiveInteger(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new AttentionError("INVALID_ARGUMENT", `${field} = ${describeValue(value)} is invalid: it must be an integer of at least 1.`, { field, value });
  }
}
