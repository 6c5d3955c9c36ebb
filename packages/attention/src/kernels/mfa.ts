import { AttentionError } from "../errors.js";
import { checkChoice, checkFiniteNumber, checkOptions, describeValue } from "../options.js";
import { linear, linearNamed, reshape, splitLastAxis } from "./linear.js";
import { rmsNormNamed } from "./rmsnorm.js";
import { ROPE_STYLES, applyRope, type RopeStyle } from "./rope.js";
import { scaledDotProductAttention } from "./sdpa.js";
import { checkAxis, checkFloat32Data, checkInteger, checkTensor, tensor, type Tensor } from "./tensor.js";

/**
 * Weights of multi-matrix factorization attention (MFA) as Step-3 runs it, in `nn.Linear`
 * layout (vLLM `step3_text.py`). Step-3's sizes: model width 7168, 64 heads of 256, query rank
 * 2048 (arXiv:2507.19427).
 */
export interface MfaWeights {
  /** Fused down-projection `[r + d_h + d_h, d_model]` giving `[q_lat | k | v]`. */
  readonly qkv: Tensor;
  /** Gain of the RMSNorm on the query latent (`inter_norm`, length `r`); omit for the paper-level form without that norm. */
  readonly queryNormGain?: Float32Array;
  /** Per-head query up-projection `[H·d_h, r]`. */
  readonly queryUp: Tensor;
  /** Output projection `[d_model, H·d_h]`. */
  readonly output: Tensor;
}

/** RoPE settings of MFA; Step-3 uses rotate-half with theta 500,000 on all 256 channels (vLLM `get_rope` default). */
export interface MfaRope {
  /** The RoPE base. Required, because MFA models differ and none is a safe default. */
  readonly theta: number;
  /** Defaults to `rotate-half`, as Step-3 runs it. */
  readonly style?: RopeStyle;
}

/** Options of {@link mfaProject} and {@link mfaAttention}. */
export interface MfaOptions {
  readonly heads: number;
  readonly headDim: number;
  /** eps of the query-latent RMSNorm; Step-3's `rms_norm_eps` is 1e-5. */
  readonly eps: number;
  /** RoPE on queries and the key, or `false` to switch it off (for tests). */
  readonly rope: MfaRope | false;
  /** Absolute position of each token; defaults to `0 … T − 1`. */
  readonly positions?: ArrayLike<number>;
  /** Softmax scale; defaults to `1/sqrt(d_h)`. */
  readonly scale?: number;
}

/** The keys of {@link MfaOptions}; any other key throws `UNKNOWN_OPTION`. */
const MFA_OPTION_KEYS = ["heads", "headDim", "eps", "rope", "positions", "scale"] as const;

/** The keys of {@link MfaWeights}; a misspelt optional `queryNormGain` would skip the norm. */
const MFA_WEIGHT_KEYS = ["qkv", "queryNormGain", "queryUp", "output"] as const;

/** The keys of {@link MfaKeyReuseWeights}. */
const MFA_KEY_REUSE_WEIGHT_KEYS = ["queryKey", "queryNormGain", "queryUp", "output", "reuseMatrix", "reuseGate"] as const;

/** The keys of {@link MfaKeyReuseOptions}. */
const MFA_KEY_REUSE_OPTION_KEYS = [...MFA_OPTION_KEYS, "order", "valueFromKey"] as const;

/** The MFA-KR value-map orders, in the order messages list them. */
const KEY_REUSE_ORDERS: readonly KeyReuseOrder[] = ["diag-alpha-left", "diag-alpha-right"];
const ORDER_REASON = "Secondary descriptions of MFA-KR write M both ways, so the order has no default.";

/** The choices of `valueFromKey`: values derive from the key before or after RoPE. */
const VALUE_FROM_KEY: readonly MfaKeyReuseOptions["valueFromKey"][] = ["before-rope", "after-rope"];

/** Checks the fields that {@link MfaOptions} shares with MFA-KR, after the caller checked the keys. */
function checkMfaFields(options: MfaOptions): void {
  checkInteger("heads", options.heads, 1);
  checkInteger("headDim", options.headDim, 1);
  if (typeof options.eps !== "number" || !(options.eps >= 0) || !Number.isFinite(options.eps)) {
    throw new AttentionError("INVALID_ARGUMENT", `eps = ${describeValue(options.eps)} is invalid: it must be a finite number of at least 0 (Step-3's rms_norm_eps is 1e-5).`, {
      field: "eps",
      value: options.eps,
    });
  }
  if (options.scale !== undefined) checkFiniteNumber("scale", options.scale);
  if (options.rope === false) return;
  checkOptions("the rope options of MFA", options.rope, ["theta", "style"], { required: true, field: "rope" });
  if (options.headDim % 2 !== 0) {
    throw new AttentionError("INVALID_ARGUMENT", `headDim = ${describeValue(options.headDim)} is invalid with RoPE, which rotates channel pairs of the whole head: pass an even headDim, or rope: false.`, {
      field: "headDim",
      value: options.headDim,
    });
  }
  if (options.rope.theta === undefined) {
    throw new AttentionError("INVALID_ARGUMENT", "rope.theta is missing: MFA has no default RoPE base, so pass it (Step-3 uses 500,000), or pass rope: false.", {
      field: "rope.theta",
    });
  }
  checkChoice("rope.style", options.rope.style, ROPE_STYLES);
}

/** Projected MFA tensors of `T` tokens: `query` `[T, H, d_h]`, and the one KV head `key`, `value` `[T, 1, d_h]`. */
export interface MfaProjection {
  readonly query: Tensor;
  readonly key: Tensor;
  readonly value: Tensor;
}

/**
 * Projects PreNorm outputs `x` (`[T, d_model]`) to MFA queries, key and value: the fused
 * down-projection, RMSNorm on the query latent, the per-head up-projection, then RoPE on every
 * query head and on the key. The key is returned after RoPE, as vLLM caches it.
 */
export function mfaProject(x: Tensor, weights: MfaWeights, options: MfaOptions): MfaProjection {
  checkOptions("the weights of mfaProject", weights, MFA_WEIGHT_KEYS, { required: true, field: "weights" });
  checkOptions("the options of mfaProject", options, MFA_OPTION_KEYS, { required: true });
  checkMfaFields(options);
  return projectMfa(x, weights, options);
}

/** Runs {@link mfaProject} on options that the caller has checked. */
function projectMfa(x: Tensor, weights: MfaWeights, options: MfaOptions): MfaProjection {
  const [tokens] = checkTensor("x", x, 2) as [number, number];
  const { heads, headDim } = options;
  const [fusedWidth] = checkTensor("qkv", weights.qkv, 2) as [number, number];
  const queryRank = fusedWidth - 2 * headDim;
  if (queryRank <= 0) {
    throw new AttentionError("INVALID_SHAPE", `qkv has ${fusedWidth} output rows, which leaves no query latent after 2·headDim = ${2 * headDim}.`, {
      field: "qkv",
      value: fusedWidth,
    });
  }
  checkTensor("queryUp", weights.queryUp, 2);
  checkAxis("queryUp", "output rows", weights.queryUp.shape[0]!, heads * headDim);
  checkAxis("queryUp", "input size", weights.queryUp.shape[1]!, queryRank);

  const [latentRaw, keyRaw, valueRaw] = splitLastAxis(linearNamed(x, "x", weights.qkv, "qkv"), [queryRank, headDim, headDim]) as [Tensor, Tensor, Tensor];
  const latent = weights.queryNormGain === undefined ? latentRaw : rmsNormNamed(latentRaw, weights.queryNormGain, "queryNormGain", { eps: options.eps });
  let query = reshape(linear(latent, weights.queryUp), [tokens, heads, headDim]);
  let key = reshape(keyRaw, [tokens, 1, headDim]);
  const value = reshape(valueRaw, [tokens, 1, headDim]);

  if (options.rope !== false) {
    const positions = options.positions ?? defaultPositions(tokens);
    const rope = { style: options.rope.style ?? "rotate-half", theta: options.rope.theta } as const;
    query = applyRope(query, positions, rope);
    key = applyRope(key, positions, rope);
  }
  return { query, key, value };
}

/**
 * Runs MFA over `T` tokens that attend causally to each other: {@link mfaProject}, attention with
 * `H` query heads and one shared KV head, and the output projection. Returns `[T, d_model]`.
 */
export function mfaAttention(x: Tensor, weights: MfaWeights, options: MfaOptions): Tensor {
  checkOptions("the weights of mfaAttention", weights, MFA_WEIGHT_KEYS, { required: true, field: "weights" });
  checkOptions("the options of mfaAttention", options, MFA_OPTION_KEYS, { required: true });
  checkMfaFields(options);
  const { query, key, value } = projectMfa(x, weights, options);
  const scale = options.scale ?? 1 / Math.sqrt(options.headDim);
  const attended = scaledDotProductAttention(query, key, value, { scale }).output;
  return linearNamed(reshape(attended, [x.shape[0]!, options.heads * options.headDim]), "the concatenated head output (heads · headDim)", weights.output, "output");
}

/**
 * Where `α` sits in the MFA-KR value map `M`: `diag-alpha-left` is `I + diag(α)·N` and
 * `diag-alpha-right` is `I + N·diag(α)`. Secondary descriptions of arXiv:2412.19255 write it both ways.
 */
export type KeyReuseOrder = "diag-alpha-left" | "diag-alpha-right";

/** Weights of MFA with key reuse (MFA-KR): values are `v_j = k_j·M`, so only keys are cached. */
export interface MfaKeyReuseWeights {
  /** Fused down-projection `[r + d_h, d_model]` giving `[q_lat | k]`. */
  readonly queryKey: Tensor;
  readonly queryNormGain?: Float32Array;
  readonly queryUp: Tensor;
  readonly output: Tensor;
  /** `N`, `[d_h, d_h]`. */
  readonly reuseMatrix: Tensor;
  /** `α`, length `d_h`, initialised to 0 so that `M = I`. */
  readonly reuseGate: Float32Array;
}

/** Options of {@link mfaKeyReuseAttention}. */
export interface MfaKeyReuseOptions extends MfaOptions {
  /** The place of `α` in `M`. Required, because the sources disagree. */
  readonly order: KeyReuseOrder;
  /** Whether values derive from the key before or after RoPE; unconfirmed in the sources, so it is required. */
  readonly valueFromKey: "before-rope" | "after-rope";
}

/** Returns the MFA-KR value map `M` (`[d_h, d_h]`, row-vector convention `v = k·M`). */
export function keyReuseMatrix(reuseMatrix: Tensor, reuseGate: Float32Array, order: KeyReuseOrder): Tensor {
  checkChoice("order", order, KEY_REUSE_ORDERS, { required: true, reason: ORDER_REASON });
  const [size] = checkTensor("reuseMatrix", reuseMatrix, 2) as [number, number];
  checkFloat32Data("reuseGate", reuseGate);
  checkAxis("reuseMatrix", "column count", reuseMatrix.shape[1]!, size);
  checkAxis("reuseGate", "length", reuseGate.length, size);
  const map = new Float32Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let c = 0; c < size; c++) {
      const gate = order === "diag-alpha-left" ? reuseGate[i]! : reuseGate[c]!;
      map[i * size + c] = (i === c ? 1 : 0) + gate * reuseMatrix.data[i * size + c]!;
    }
  }
  return tensor(map, [size, size]);
}

/**
 * Runs MFA-KR over `T` causal tokens: the MFA query path, one shared key head, and values
 * `v_j = k_j·M` derived from the keys. With `α = 0` it equals MFA with `v = k`.
 */
export function mfaKeyReuseAttention(x: Tensor, weights: MfaKeyReuseWeights, options: MfaKeyReuseOptions): Tensor {
  checkOptions("the weights of mfaKeyReuseAttention", weights, MFA_KEY_REUSE_WEIGHT_KEYS, { required: true, field: "weights" });
  checkOptions("the options of mfaKeyReuseAttention", options, MFA_KEY_REUSE_OPTION_KEYS, { required: true });
  checkMfaFields(options);
  checkChoice("order", options.order, KEY_REUSE_ORDERS, { required: true, reason: ORDER_REASON });
  checkChoice("valueFromKey", options.valueFromKey, VALUE_FROM_KEY, {
    required: true,
    reason: "The sources do not say whether values derive from the key before or after RoPE, so there is no default.",
  });
  const [tokens] = checkTensor("x", x, 2) as [number, number];
  const { heads, headDim } = options;
  const [fusedWidth] = checkTensor("queryKey", weights.queryKey, 2) as [number, number];
  const mfaWeights: MfaWeights = {
    qkv: appendKeyRows(weights.queryKey, fusedWidth - headDim, headDim),
    queryUp: weights.queryUp,
    output: weights.output,
    ...(weights.queryNormGain === undefined ? {} : { queryNormGain: weights.queryNormGain }),
  };
  const { query, key } = projectMfa(x, mfaWeights, options);
  const rawKey = options.valueFromKey === "after-rope" ? key : projectMfa(x, mfaWeights, { ...options, rope: false }).key;

  const map = keyReuseMatrix(weights.reuseMatrix, weights.reuseGate, options.order);
  checkAxis("reuseMatrix", "row count (headDim)", map.shape[0]!, headDim);
  const value = reshape(matmulRows(reshape(rawKey, [tokens, headDim]), map), [tokens, 1, headDim]);
  const scale = options.scale ?? 1 / Math.sqrt(headDim);
  const attended = scaledDotProductAttention(query, key, value, { scale }).output;
  return linearNamed(reshape(attended, [tokens, heads * headDim]), "the concatenated head output (heads · headDim)", weights.output, "output");
}

/** Duplicates the key rows of `[q_lat | k]` as value rows, so MFA's projection code can run KR weights. */
function appendKeyRows(queryKey: Tensor, queryRank: number, headDim: number): Tensor {
  const inputs = queryKey.shape[1]!;
  const fused = new Float32Array((queryRank + 2 * headDim) * inputs);
  fused.set(queryKey.data);
  fused.set(queryKey.data.subarray(queryRank * inputs), (queryRank + headDim) * inputs);
  return tensor(fused, [queryRank + 2 * headDim, inputs]);
}

/** Returns `a·b` for `a` `[T, n]` and `b` `[n, m]` (row vectors times a matrix), in float64. */
function matmulRows(a: Tensor, b: Tensor): Tensor {
  const [rows, inner] = a.shape as [number, number];
  const columns = b.shape[1]!;
  const output = new Float32Array(rows * columns);
  for (let t = 0; t < rows; t++) {
    for (let c = 0; c < columns; c++) {
      let sum = 0;
      for (let i = 0; i < inner; i++) sum += a.data[t * inner + i]! * b.data[i * columns + c]!;
      output[t * columns + c] = sum;
    }
  }
  return tensor(output, [rows, columns]);
}

/** Returns positions `0 … count − 1`. */
export function defaultPositions(count: number): Float64Array {
  const positions = new Float64Array(count);
  for (let i = 0; i < count; i++) positions[i] = i;
  return positions;
}
