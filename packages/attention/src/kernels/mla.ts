import { AttentionError } from "../errors.js";
import { checkChoice, checkFiniteNumber, checkOptions, describeValue } from "../options.js";
import { linearNamed, reshape, splitLastAxis } from "./linear.js";
import { defaultPositions } from "./mfa.js";
import { rmsNormNamed } from "./rmsnorm.js";
import { ROPE_STYLES, applyRope, type RopeStyle } from "./rope.js";
import { scaledDotProductAttention } from "./sdpa.js";
import { checkAxis, checkInteger, checkTensor, tensor, type Tensor } from "./tensor.js";

/**
 * Weights of multi-head latent attention (MLA) in `nn.Linear` layout, named after DeepSeek-V3's
 * `inference/model.py`. DeepSeek-V3's sizes: model width 7168, 128 heads, query latent 1536,
 * KV latent 512, `d_n = 128`, `d_r = 64`, `d_v = 128` (arXiv:2412.19437).
 */
export interface MlaWeights {
  /** `W_DQ`, `[q_rank, d_model]`; omit, with `queryNormGain`, for models without a query latent (Kimi Linear). */
  readonly queryDown?: Tensor;
  /** Gain of the RMSNorm on the query latent (length `q_rank`); required with `queryDown` and rejected without it. */
  readonly queryNormGain?: Float32Array;
  /** `W_UQ`, `[H·(d_n + d_r), q_rank]`, or `[H·(d_n + d_r), d_model]` without a query latent. */
  readonly queryUp: Tensor;
  /** `W_DKV`, `[d_c + d_r, d_model]`, giving `[c_kv_raw | k_pe_raw]`. */
  readonly kvDown: Tensor;
  /** Gain of the RMSNorm on `c_kv` (length `d_c`). */
  readonly kvNormGain: Float32Array;
  /** `kv_b_proj`, `[H·(d_n + d_v), d_c]`, head-major with each head's `d_n` key rows before its `d_v` value rows. */
  readonly kvUp: Tensor;
  /** `W_O`, `[d_model, H·d_v]`. */
  readonly output: Tensor;
}

/** Options of the MLA functions. */
export interface MlaOptions {
  readonly heads: number;
  /** `d_n`, the non-rotary query/key width per head. */
  readonly noRopeDim: number;
  /** `d_r`, the decoupled rotary width shared by all heads. */
  readonly ropeDim: number;
  /** `d_v`, the value width per head. */
  readonly valueDim: number;
  /** `d_c`, the KV latent width. */
  readonly kvRank: number;
  /** eps of both RMSNorms; DeepSeek-V3's `rms_norm_eps` is 1e-6. */
  readonly eps: number;
  /**
   * RoPE on `q_pe` and `k_pe`, or `false`. `style` defaults to `interleaved` (DeepSeek-V3, per
   * vLLM `deepseek_v2.py`) and `theta` to 10,000 (DeepSeek-V3's `rope_theta`);
   * `inverseFrequencies` replaces the table built from `theta`, for YaRN.
   */
  readonly rope: { readonly theta?: number; readonly style?: RopeStyle; readonly inverseFrequencies?: ArrayLike<number> } | false;
  /** Softmax scale; defaults to `1/sqrt(d_n + d_r)`. YaRN models pass it times `mscale²`. */
  readonly scale?: number;
  /** Absolute position of each token; defaults to `0 … T − 1`. */
  readonly positions?: ArrayLike<number>;
}

/** The keys of {@link MlaOptions}; any other key throws `UNKNOWN_OPTION`. */
const MLA_OPTION_KEYS = ["heads", "noRopeDim", "ropeDim", "valueDim", "kvRank", "eps", "rope", "scale", "positions"] as const;

/** The keys of {@link MlaWeights}; a misspelt optional `queryDown` would skip the query latent. */
const MLA_WEIGHT_KEYS = ["queryDown", "queryNormGain", "queryUp", "kvDown", "kvNormGain", "kvUp", "output"] as const;

/** The forms of {@link mlaAttention}. */
const MLA_FORMS = ["naive", "absorbed"] as const;

/** Checks MLA weights and options whose keys are in `known`; `owner` names the function in messages. */
function checkMlaOptions(owner: string, weights: MlaWeights, options: MlaOptions, known: readonly string[]): void {
  checkOptions(`the weights of ${owner}`, weights, MLA_WEIGHT_KEYS, { required: true, field: "weights" });
  checkQueryLatentWeights(weights);
  checkOptions(`the options of ${owner}`, options, known, { required: true });
  checkInteger("heads", options.heads, 1);
  checkInteger("noRopeDim", options.noRopeDim, 0);
  checkInteger("ropeDim", options.ropeDim, 0);
  checkInteger("valueDim", options.valueDim, 1);
  checkInteger("kvRank", options.kvRank, 1);
  if (typeof options.eps !== "number" || !(options.eps >= 0) || !Number.isFinite(options.eps)) {
    throw new AttentionError("INVALID_ARGUMENT", `eps = ${describeValue(options.eps)} is invalid: it must be a finite number of at least 0 (DeepSeek-V3's rms_norm_eps is 1e-6).`, {
      field: "eps",
      value: options.eps,
    });
  }
  if (options.scale !== undefined) checkFiniteNumber("scale", options.scale);
  if (options.rope === false) return;
  checkOptions("the rope options of MLA", options.rope, ["theta", "style", "inverseFrequencies"], { required: true, field: "rope" });
  if (options.ropeDim % 2 !== 0) {
    throw new AttentionError("INVALID_ARGUMENT", `ropeDim = ${describeValue(options.ropeDim)} is invalid with RoPE, which rotates channel pairs: pass an even ropeDim, or rope: false.`, {
      field: "ropeDim",
      value: options.ropeDim,
    });
  }
  checkChoice("rope.style", options.rope.style, ROPE_STYLES);
  if (options.rope.inverseFrequencies !== undefined && options.rope.theta !== undefined) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      "rope.theta and rope.inverseFrequencies are both given: the explicit table replaces the one built from theta, so theta would be ignored. Pass one of them.",
      { field: "rope.theta", value: options.rope.theta },
    );
  }
}

/**
 * Throws unless `queryDown` and `queryNormGain` come together: the gain normalises the query
 * latent that `queryDown` produces, so a gain alone would be ignored, and a missing gain would
 * silently act as a unit gain.
 */
function checkQueryLatentWeights(weights: MlaWeights): void {
  if (weights.queryDown === undefined && weights.queryNormGain !== undefined) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      "queryNormGain is given without queryDown: it normalises the query latent, which only queryDown produces. Pass queryDown too, or leave queryNormGain out for a model without a query latent (Kimi Linear).",
      { field: "queryNormGain" },
    );
  }
  if (weights.queryDown !== undefined && weights.queryNormGain === undefined) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      "queryNormGain is missing: with queryDown, the query latent goes through an RMSNorm with a learned gain (q_norm in DeepSeek-V3). Pass that gain, or a Float32Array of ones for a unit gain.",
      { field: "queryNormGain" },
    );
  }
}

/**
 * Checks that the queries of an attend step have `heads` heads of `noRopeDim` and `ropeDim`
 * channels on the same rows, and returns the query row count.
 */
function checkQueries(projection: Pick<MlaProjection, "queryNope" | "queryPe">, options: MlaOptions): number {
  if (projection === null || typeof projection !== "object") {
    throw new AttentionError("INVALID_ARGUMENT", "projection must be { queryNope, queryPe }, as mlaProject returns it.", { field: "projection" });
  }
  const [queryRows, nopeHeads, nopeDim] = checkTensor("queryNope", projection.queryNope, 3) as [number, number, number];
  checkAxis("queryNope", "head count", nopeHeads, options.heads);
  checkAxis("queryNope", "width (noRopeDim)", nopeDim, options.noRopeDim);
  const [peRows, peHeads, peDim] = checkTensor("queryPe", projection.queryPe, 3) as [number, number, number];
  checkAxis("queryPe", "row count", peRows, queryRows);
  checkAxis("queryPe", "head count", peHeads, options.heads);
  checkAxis("queryPe", "width (ropeDim)", peDim, options.ropeDim);
  return queryRows;
}

/** MLA queries and cache rows of `T` tokens. */
export interface MlaProjection {
  /** `[T, H, d_n]`. */
  readonly queryNope: Tensor;
  /** `[T, H, d_r]`, after RoPE. */
  readonly queryPe: Tensor;
  /** Cache rows `[T, d_c + d_r]`: `c_kv` (after RMSNorm), then `k_pe` (after RoPE, in the model's channel order). */
  readonly cacheRows: Tensor;
}

/** Projects `x` (`[T, d_model]`) to MLA queries and the cache rows `[c_kv | k_pe]` (576 elements for DeepSeek-V3). */
export function mlaProject(x: Tensor, weights: MlaWeights, options: MlaOptions): MlaProjection {
  checkMlaOptions("mlaProject", weights, options, MLA_OPTION_KEYS);
  return projectMla(x, weights, options);
}

/** Runs {@link mlaProject} on options that the caller has checked. */
function projectMla(x: Tensor, weights: MlaWeights, options: MlaOptions): MlaProjection {
  const [tokens] = checkTensor("x", x, 2) as [number, number];
  const { heads, noRopeDim, ropeDim, kvRank } = options;
  const queryWidth = noRopeDim + ropeDim;
  checkTensor("queryUp", weights.queryUp, 2);
  checkAxis("queryUp", "output rows", weights.queryUp.shape[0]!, heads * queryWidth);
  checkTensor("kvDown", weights.kvDown, 2);
  checkAxis("kvDown", "output rows", weights.kvDown.shape[0]!, kvRank + ropeDim);

  const queryLatent =
    weights.queryDown === undefined ? x : rmsNormNamed(linearNamed(x, "x", weights.queryDown, "queryDown"), weights.queryNormGain!, "queryNormGain", { eps: options.eps });
  const query = linearNamed(queryLatent, weights.queryDown === undefined ? "x" : "the query latent (queryDown rows)", weights.queryUp, "queryUp").data;
  const queryNope = new Float32Array(tokens * heads * noRopeDim);
  const queryPeRaw = new Float32Array(tokens * heads * ropeDim);
  for (let row = 0; row < tokens * heads; row++) {
    queryNope.set(query.subarray(row * queryWidth, row * queryWidth + noRopeDim), row * noRopeDim);
    queryPeRaw.set(query.subarray(row * queryWidth + noRopeDim, (row + 1) * queryWidth), row * ropeDim);
  }

  const [latentRaw, keyPeRaw] = splitLastAxis(linearNamed(x, "x", weights.kvDown, "kvDown"), [kvRank, ropeDim]) as [Tensor, Tensor];
  const latent = rmsNormNamed(latentRaw, weights.kvNormGain, "kvNormGain", { eps: options.eps });
  let queryPe = tensor(queryPeRaw, [tokens, heads, ropeDim]);
  let keyPe = keyPeRaw;
  if (options.rope !== false) {
    const positions = options.positions ?? defaultPositions(tokens);
    const rope = {
      style: options.rope.style ?? "interleaved",
      ...(options.rope.inverseFrequencies === undefined ? { theta: options.rope.theta ?? 10_000 } : { inverseFrequencies: options.rope.inverseFrequencies }),
    } as const;
    queryPe = applyRope(queryPe, positions, rope);
    keyPe = applyRope(keyPe, positions, rope);
  }

  const cacheRows = new Float32Array(tokens * (kvRank + ropeDim));
  for (let t = 0; t < tokens; t++) {
    cacheRows.set(latent.data.subarray(t * kvRank, (t + 1) * kvRank), t * (kvRank + ropeDim));
    cacheRows.set(keyPe.data.subarray(t * ropeDim, (t + 1) * ropeDim), t * (kvRank + ropeDim) + kvRank);
  }
  return { queryNope: tensor(queryNope, [tokens, heads, noRopeDim]), queryPe, cacheRows: tensor(cacheRows, [tokens, kvRank + ropeDim]) };
}

/**
 * Options of the MLA attention step over cache rows. They extend {@link MlaOptions} so one object
 * serves projection and attention, but `rope` and `positions` act in the projection only: the
 * rows arrive rotated, and the causal mask follows `queryOffset`.
 */
export interface MlaAttendOptions extends MlaOptions {
  /** Position of the first query; defaults to `T_k − T_q` (the queries are the last cache rows). */
  readonly queryOffset?: number;
}

/** The keys of {@link MlaAttendOptions}. */
const MLA_ATTEND_OPTION_KEYS = [...MLA_OPTION_KEYS, "queryOffset"] as const;

/**
 * Attends MLA queries to cache rows in the naive form, which suits prefill: it expands each
 * head's keys `k_nope = W_UK,h·c_kv` and values `v = W_UV,h·c_kv`, then runs standard attention
 * with `H` KV heads. Returns `[T_q, d_model]` after `W_O`.
 */
export function mlaAttendNaive(projection: Pick<MlaProjection, "queryNope" | "queryPe">, cacheRows: Tensor, weights: MlaWeights, options: MlaAttendOptions): Tensor {
  checkMlaOptions("mlaAttendNaive", weights, options, MLA_ATTEND_OPTION_KEYS);
  return attendNaive(projection, cacheRows, weights, options);
}

function attendNaive(projection: Pick<MlaProjection, "queryNope" | "queryPe">, cacheRows: Tensor, weights: MlaWeights, options: MlaAttendOptions): Tensor {
  const { heads, noRopeDim, ropeDim, valueDim, kvRank } = options;
  const queryRows = checkQueries(projection, options);
  const [keyRows] = checkTensor("cacheRows", cacheRows, 2) as [number, number];
  checkAxis("cacheRows", "width", cacheRows.shape[1]!, kvRank + ropeDim);
  checkKvUp(weights.kvUp, options);
  const keyWidth = noRopeDim + ropeDim;
  const up = weights.kvUp.data;

  const query = new Float32Array(queryRows * heads * keyWidth);
  for (let row = 0; row < queryRows * heads; row++) {
    query.set(projection.queryNope.data.subarray(row * noRopeDim, (row + 1) * noRopeDim), row * keyWidth);
    query.set(projection.queryPe.data.subarray(row * ropeDim, (row + 1) * ropeDim), row * keyWidth + noRopeDim);
  }

  const key = new Float32Array(keyRows * heads * keyWidth);
  const value = new Float32Array(keyRows * heads * valueDim);
  for (let j = 0; j < keyRows; j++) {
    const latentBase = j * (kvRank + ropeDim);
    for (let h = 0; h < heads; h++) {
      const headRows = h * (noRopeDim + valueDim);
      for (let c = 0; c < noRopeDim + valueDim; c++) {
        let sum = 0;
        for (let i = 0; i < kvRank; i++) sum += up[(headRows + c) * kvRank + i]! * cacheRows.data[latentBase + i]!;
        if (c < noRopeDim) key[(j * heads + h) * keyWidth + c] = sum;
        else value[(j * heads + h) * valueDim + c - noRopeDim] = sum;
      }
      key.set(cacheRows.data.subarray(latentBase + kvRank, latentBase + kvRank + ropeDim), (j * heads + h) * keyWidth + noRopeDim);
    }
  }

  const attended = scaledDotProductAttention(tensor(query, [queryRows, heads, keyWidth]), tensor(key, [keyRows, heads, keyWidth]), tensor(value, [keyRows, heads, valueDim]), {
    scale: options.scale ?? 1 / Math.sqrt(keyWidth),
    ...(options.queryOffset === undefined ? {} : { queryOffset: options.queryOffset }),
  }).output;
  return linearNamed(reshape(attended, [queryRows, heads * valueDim]), "the concatenated head output (heads · valueDim)", weights.output, "output");
}

/**
 * Attends MLA queries to cache rows in the absorbed form, which suits decode: `q̃_h = W_UK,hᵀ·q_nope_h`
 * joins `q_pe_h` as a `d_c + d_r` query, and attention becomes MQA over the cache (key: the whole
 * row; value: its first `d_c` elements), followed by `o_h = W_UV,h·õ_h`. The scale stays
 * `1/sqrt(d_n + d_r)`. Equals {@link mlaAttendNaive} in real arithmetic.
 */
export function mlaAttendAbsorbed(projection: Pick<MlaProjection, "queryNope" | "queryPe">, cacheRows: Tensor, weights: MlaWeights, options: MlaAttendOptions): Tensor {
  checkMlaOptions("mlaAttendAbsorbed", weights, options, MLA_ATTEND_OPTION_KEYS);
  return attendAbsorbed(projection, cacheRows, weights, options);
}

function attendAbsorbed(projection: Pick<MlaProjection, "queryNope" | "queryPe">, cacheRows: Tensor, weights: MlaWeights, options: MlaAttendOptions): Tensor {
  const { heads, noRopeDim, ropeDim, valueDim, kvRank } = options;
  const queryRows = checkQueries(projection, options);
  const [keyRows] = checkTensor("cacheRows", cacheRows, 2) as [number, number];
  checkAxis("cacheRows", "width", cacheRows.shape[1]!, kvRank + ropeDim);
  checkKvUp(weights.kvUp, options);
  const rowWidth = kvRank + ropeDim;
  const up = weights.kvUp.data;

  const query = new Float32Array(queryRows * heads * rowWidth);
  for (let r = 0; r < queryRows; r++) {
    for (let h = 0; h < heads; h++) {
      const nopeBase = (r * heads + h) * noRopeDim;
      const queryBase = (r * heads + h) * rowWidth;
      const headRows = h * (noRopeDim + valueDim);
      for (let i = 0; i < kvRank; i++) {
        let sum = 0;
        for (let c = 0; c < noRopeDim; c++) sum += up[(headRows + c) * kvRank + i]! * projection.queryNope.data[nopeBase + c]!;
        query[queryBase + i] = sum;
      }
      query.set(projection.queryPe.data.subarray((r * heads + h) * ropeDim, (r * heads + h + 1) * ropeDim), queryBase + kvRank);
    }
  }

  const latentValues = new Float32Array(keyRows * kvRank);
  for (let j = 0; j < keyRows; j++) latentValues.set(cacheRows.data.subarray(j * rowWidth, j * rowWidth + kvRank), j * kvRank);
  const attended = scaledDotProductAttention(tensor(query, [queryRows, heads, rowWidth]), reshape(cacheRows, [keyRows, 1, rowWidth]), tensor(latentValues, [keyRows, 1, kvRank]), {
    scale: options.scale ?? 1 / Math.sqrt(noRopeDim + ropeDim),
    ...(options.queryOffset === undefined ? {} : { queryOffset: options.queryOffset }),
  }).output.data;

  const headOutputs = new Float32Array(queryRows * heads * valueDim);
  for (let r = 0; r < queryRows; r++) {
    for (let h = 0; h < heads; h++) {
      const latentBase = (r * heads + h) * kvRank;
      const headRows = h * (noRopeDim + valueDim) + noRopeDim;
      for (let c = 0; c < valueDim; c++) {
        let sum = 0;
        for (let i = 0; i < kvRank; i++) sum += up[(headRows + c) * kvRank + i]! * attended[latentBase + i]!;
        headOutputs[(r * heads + h) * valueDim + c] = sum;
      }
    }
  }
  return linearNamed(tensor(headOutputs, [queryRows, heads * valueDim]), "the concatenated head output (heads · valueDim)", weights.output, "output");
}

/**
 * Runs MLA over `T` causal tokens in the required `form` (`naive` or `absorbed`, equal up to
 * rounding): {@link mlaProject}, then the attend step. Returns `[T, d_model]`.
 */
export function mlaAttention(x: Tensor, weights: MlaWeights, options: MlaOptions & { readonly form: "naive" | "absorbed" }): Tensor {
  checkMlaOptions("mlaAttention", weights, options, [...MLA_OPTION_KEYS, "form"]);
  checkChoice("form", options.form, MLA_FORMS, { required: true });
  const projection = projectMla(x, weights, options);
  return options.form === "naive"
    ? attendNaive(projection, projection.cacheRows, weights, options)
    : attendAbsorbed(projection, projection.cacheRows, weights, options);
}

function checkKvUp(kvUp: Tensor, options: MlaOptions): void {
  checkTensor("kvUp", kvUp, 2);
  checkAxis("kvUp", "output rows", kvUp.shape[0]!, options.heads * (options.noRopeDim + options.valueDim));
  checkAxis("kvUp", "input size", kvUp.shape[1]!, options.kvRank);
}
