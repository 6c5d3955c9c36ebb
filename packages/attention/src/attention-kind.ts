import { AttentionError } from "./errors.js";
import { describeValue, unsafeIntegerNote } from "./options.js";

/**
 * A local attention span. `sliding`: the current token sees at most `sizeTokens` keys, itself
 * included (the Hugging Face `masking_utils`, vLLM and SGLang convention). `chunked`: the
 * sequence is cut into chunks of `sizeTokens` and a token sees only keys of its own chunk
 * (Llama 4). Either way the layer's cache holds at most `sizeTokens` entries.
 */
export interface AttentionWindow {
  kind: "sliding" | "chunked";
  sizeTokens: number;
}

/**
 * Softmax attention with grouped KV heads. MHA has `numKvHeads = numQueryHeads`, MQA has
 * `numKvHeads = 1`. `headDim` is explicit because `hiddenSize / numQueryHeads` is often wrong
 * (Qwen3-32B: 5120 / 64 = 80, but the head is 128 wide).
 */
export interface GroupedQueryAttention {
  kind: "gqa";
  numQueryHeads: number;
  numKvHeads: number;
  /** Width of each query and key head. */
  headDim: number;
  /** Width of each value head when it differs from `headDim`. */
  valueHeadDim?: number;
  window?: AttentionWindow;
  /** A sigmoid gate with one scalar per query head on the attention output (Step-3.5-Flash). */
  headwiseGate?: boolean;
  /**
   * A sigmoid gate with one scalar per query channel on the attention output, projected from the
   * hidden state alongside the queries (Qwen3-Next and Qwen3.5 gated attention, `attn_output_gate`).
   */
  elementwiseGate?: boolean;
}

/**
 * Multi-matrix Factorization Attention (arXiv 2412.19255) as Step-3 runs it: a low-rank query
 * path (`hidden → queryRank`, RMSNorm, `queryRank → numQueryHeads·headDim`) and one shared KV
 * head of width `headDim`. With `keyReuse` (MFA-KR) values derive from keys, so only keys are
 * cached.
 */
export interface MultiMatrixFactorizationAttention {
  kind: "mfa";
  numQueryHeads: number;
  headDim: number;
  queryRank: number;
  keyReuse: boolean;
  window?: AttentionWindow;
}

/**
 * Multi-head Latent Attention (DeepSeek-V2/V3): one cached vector per token per layer, the
 * `kvLoraRank`-wide latent plus a `qkRopeHeadDim`-wide shared RoPE key. `qLoraRank` is null
 * when queries are projected directly from the hidden state (Kimi Linear).
 */
export interface MultiHeadLatentAttention {
  kind: "mla";
  numQueryHeads: number;
  kvLoraRank: number;
  qkRopeHeadDim: number;
  qkNopeHeadDim: number;
  vHeadDim: number;
  qLoraRank: number | null;
  window?: AttentionWindow;
}

/**
 * Linear attention with a fixed-size recurrent state of `numHeads × keyHeadDim × valueHeadDim`
 * per layer: MiniMax's lightning attention, Kimi Delta Attention (KDA) or Gated DeltaNet (GDN,
 * arXiv 2412.06464, as Qwen3-Next runs it). KDA and GDN also keep short-convolution states of
 * `convKernelSize - 1` tokens for q, k and v.
 */
export interface LinearAttention {
  kind: "linear";
  variant: LinearAttentionVariant;
  /** Heads that each keep one `keyHeadDim × valueHeadDim` state: the value heads of GDN. */
  numHeads: number;
  keyHeadDim: number;
  valueHeadDim: number;
  /** Short-convolution kernel size of KDA and GDN layers; lightning layers reject it. */
  convKernelSize?: number;
  /**
   * Query and key heads of GDN when fewer than `numHeads` (`linear_num_key_heads` in Qwen3-Next),
   * each shared by `numHeads / numKeyHeads` value heads. Only the `gdn` variant takes it, and it
   * must divide `numHeads`. Default `numHeads`.
   */
  numKeyHeads?: number;
}

/** The linear-attention designs: MiniMax lightning, Kimi Delta Attention and Gated DeltaNet. */
export type LinearAttentionVariant = "lightning" | "kda" | "gdn";

const LINEAR_VARIANTS: readonly LinearAttentionVariant[] = ["lightning", "kda", "gdn"];

/** Any attention design a layer can use. */
export type AttentionKind =
  | GroupedQueryAttention
  | MultiMatrixFactorizationAttention
  | MultiHeadLatentAttention
  | LinearAttention;

function requirePositiveInteger(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid ${field} ${describeValue(value)}: expected a positive integer${unsafeIntegerNote(value)}.`,
      { field, value },
    );
  }
}

/** The fields each descriptor kind may carry, `kind` included, so that a misspelt one is rejected. */
const DESCRIPTOR_FIELDS: Readonly<Record<AttentionKind["kind"] | "window", readonly string[]>> = {
  gqa: ["kind", "numQueryHeads", "numKvHeads", "headDim", "valueHeadDim", "window", "headwiseGate", "elementwiseGate"],
  mfa: ["kind", "numQueryHeads", "headDim", "queryRank", "keyReuse", "window"],
  mla: ["kind", "numQueryHeads", "kvLoraRank", "qkRopeHeadDim", "qkNopeHeadDim", "vHeadDim", "qLoraRank", "window"],
  linear: ["kind", "variant", "numHeads", "keyHeadDim", "valueHeadDim", "convKernelSize", "numKeyHeads"],
  window: ["kind", "sizeTokens"],
};

/**
 * Throws `INVALID_DESCRIPTOR` naming the first field of `spec` that `kind` does not define: a
 * misspelt optional field, such as `outputGate` for `elementwiseGate`, would otherwise be dropped
 * and the layer priced without it.
 */
function rejectUnknownFields(spec: object, kind: keyof typeof DESCRIPTOR_FIELDS, prefix = ""): void {
  const known = DESCRIPTOR_FIELDS[kind];
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    const fields = known.filter((name) => name !== "kind").join(", ");
    throw new AttentionError("INVALID_DESCRIPTOR", `Invalid ${kind} descriptor ${describeValue(spec)}: pass an object with ${fields}.`, {
      field: "spec",
      value: spec,
    });
  }
  for (const field of Object.keys(spec)) {
    if (known.includes(field)) continue;
    const fields = known.filter((name) => name !== "kind").join(", ");
    throw new AttentionError("INVALID_DESCRIPTOR", `Unknown field "${prefix}${field}" of a ${kind} descriptor: use ${fields}.`, {
      field: `${prefix}${field}`,
      value: (spec as Record<string, unknown>)[field],
    });
  }
}

function checkWindow(window: AttentionWindow | undefined): void {
  if (window === undefined) return;
  if (typeof window !== "object" || window === null) {
    throw new AttentionError("INVALID_DESCRIPTOR", `Invalid window ${describeValue(window)}: expected an object such as { kind: "sliding", sizeTokens: 4096 }.`, {
      field: "window",
      value: window,
    });
  }
  rejectUnknownFields(window, "window", "window.");
  if (window.kind !== "sliding" && window.kind !== "chunked") {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid window.kind ${describeValue(window.kind)}: expected "sliding" or "chunked".`,
      { field: "window.kind", value: window.kind },
    );
  }
  requirePositiveInteger(window.sizeTokens, "window.sizeTokens");
}

function requireBoolean(value: unknown, field: string, optional: boolean): void {
  if (typeof value === "boolean" || (optional && value === undefined)) return;
  throw new AttentionError("INVALID_DESCRIPTOR", `Invalid ${field} ${describeValue(value)}: expected true or false.`, { field, value });
}

function checkGroupedFields(spec: Omit<GroupedQueryAttention, "kind">): void {
  rejectUnknownFields(spec, "gqa");
  requirePositiveInteger(spec.numQueryHeads, "numQueryHeads");
  requirePositiveInteger(spec.numKvHeads, "numKvHeads");
  requirePositiveInteger(spec.headDim, "headDim");
  if (spec.valueHeadDim !== undefined) requirePositiveInteger(spec.valueHeadDim, "valueHeadDim");
  if (spec.numQueryHeads % spec.numKvHeads !== 0) {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid numKvHeads ${spec.numKvHeads}: it must divide numQueryHeads ${spec.numQueryHeads}.`,
      { field: "numKvHeads", value: spec.numKvHeads },
    );
  }
  checkWindow(spec.window);
  requireBoolean(spec.headwiseGate, "headwiseGate", true);
  requireBoolean(spec.elementwiseGate, "elementwiseGate", true);
  if (spec.headwiseGate === true && spec.elementwiseGate === true) {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      "Invalid elementwiseGate true together with headwiseGate true: a layer has one output gate, so set only the one the model uses.",
      { field: "elementwiseGate", value: spec.elementwiseGate },
    );
  }
}

function checkFactorizationFields(spec: Omit<MultiMatrixFactorizationAttention, "kind" | "keyReuse">): void {
  rejectUnknownFields(spec, "mfa");
  requirePositiveInteger(spec.numQueryHeads, "numQueryHeads");
  requirePositiveInteger(spec.headDim, "headDim");
  requirePositiveInteger(spec.queryRank, "queryRank");
  checkWindow(spec.window);
}

function checkLatentFields(spec: Omit<MultiHeadLatentAttention, "kind">): void {
  rejectUnknownFields(spec, "mla");
  requirePositiveInteger(spec.numQueryHeads, "numQueryHeads");
  requirePositiveInteger(spec.kvLoraRank, "kvLoraRank");
  requirePositiveInteger(spec.qkRopeHeadDim, "qkRopeHeadDim");
  requirePositiveInteger(spec.qkNopeHeadDim, "qkNopeHeadDim");
  requirePositiveInteger(spec.vHeadDim, "vHeadDim");
  if (spec.qLoraRank !== null && !(Number.isSafeInteger(spec.qLoraRank) && spec.qLoraRank > 0)) {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid qLoraRank ${describeValue(spec.qLoraRank)}: expected a positive integer (DeepSeek-V3: 1536), or null for a model without a query low-rank path.`,
      { field: "qLoraRank", value: spec.qLoraRank },
    );
  }
  checkWindow(spec.window);
}

/** Checks a short-convolution kernel size, which only KDA and GDN layers have. */
function checkConvKernelSize(variant: LinearAttentionVariant, convKernelSize: number): void {
  if (variant === "lightning") {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid convKernelSize ${describeValue(convKernelSize)} for variant "lightning": lightning attention has no short convolution, so leave convKernelSize out.`,
      { field: "convKernelSize", value: convKernelSize },
    );
  }
  requirePositiveInteger(convKernelSize, "convKernelSize");
}

function checkLinearFields(spec: Omit<LinearAttention, "kind">): void {
  rejectUnknownFields(spec, "linear");
  if (!LINEAR_VARIANTS.includes(spec.variant)) {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid variant ${describeValue(spec.variant)}: expected "lightning", "kda" or "gdn".`,
      { field: "variant", value: spec.variant },
    );
  }
  requirePositiveInteger(spec.numHeads, "numHeads");
  requirePositiveInteger(spec.keyHeadDim, "keyHeadDim");
  requirePositiveInteger(spec.valueHeadDim, "valueHeadDim");
  if (spec.convKernelSize !== undefined) checkConvKernelSize(spec.variant, spec.convKernelSize);
  if (spec.numKeyHeads === undefined) return;

  if (spec.variant !== "gdn") {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid numKeyHeads ${describeValue(spec.numKeyHeads)} for variant "${spec.variant}": only "gdn" has separate key heads, so leave numKeyHeads out.`,
      { field: "numKeyHeads", value: spec.numKeyHeads },
    );
  }
  requirePositiveInteger(spec.numKeyHeads, "numKeyHeads");
  if (spec.numHeads % spec.numKeyHeads !== 0) {
    throw new AttentionError(
      "INVALID_DESCRIPTOR",
      `Invalid numKeyHeads ${spec.numKeyHeads}: it must divide numHeads ${spec.numHeads}, the value heads that share each key head.`,
      { field: "numKeyHeads", value: spec.numKeyHeads },
    );
  }
}

/** Creates a checked {@link GroupedQueryAttention} (MHA, GQA or MQA). */
export function groupedQueryAttention(spec: Omit<GroupedQueryAttention, "kind">): GroupedQueryAttention {
  checkGroupedFields(spec);
  return { kind: "gqa", ...spec };
}

/** Creates a checked {@link MultiMatrixFactorizationAttention}. */
export function multiMatrixFactorizationAttention(
  spec: Omit<MultiMatrixFactorizationAttention, "kind" | "keyReuse"> & { keyReuse?: boolean },
): MultiMatrixFactorizationAttention {
  checkFactorizationFields(spec);
  requireBoolean(spec.keyReuse, "keyReuse", true);
  return { kind: "mfa", ...spec, keyReuse: spec.keyReuse ?? false };
}

/** Creates a checked {@link MultiHeadLatentAttention}. */
export function multiHeadLatentAttention(spec: Omit<MultiHeadLatentAttention, "kind">): MultiHeadLatentAttention {
  checkLatentFields(spec);
  return { kind: "mla", ...spec };
}

/** Creates a checked {@link LinearAttention}. */
export function linearAttention(spec: Omit<LinearAttention, "kind">): LinearAttention {
  checkLinearFields(spec);
  return { kind: "linear", ...spec };
}

/** The descriptor kinds of {@link AttentionKind}. */
const ATTENTION_KINDS = ["gqa", "mfa", "mla", "linear"] as const;

/**
 * Checks a descriptor built without the factories (a plain object or parsed JSON) with the
 * factories' rules, and throws `INVALID_DESCRIPTOR` naming the bad field. The cost functions
 * call it, so that a wrong kind or a missing field fails instead of giving NaN.
 */
export function checkAttentionKind(attention: unknown): asserts attention is AttentionKind {
  if (typeof attention !== "object" || attention === null) {
    throw new AttentionError("INVALID_DESCRIPTOR", `Invalid attention descriptor ${describeValue(attention)}: expected an object such as groupedQueryAttention returns.`, {
      field: "attention",
      value: attention,
    });
  }
  const descriptor = attention as AttentionKind;
  switch (descriptor.kind) {
    case "gqa":
      return checkGroupedFields(descriptor);
    case "mfa":
      checkFactorizationFields(descriptor);
      return requireBoolean(descriptor.keyReuse, "keyReuse", false);
    case "mla":
      return checkLatentFields(descriptor);
    case "linear":
      return checkLinearFields(descriptor);
    default: {
      const kind = (descriptor as { kind: unknown }).kind;
      throw new AttentionError(
        "INVALID_DESCRIPTOR",
        `Invalid kind ${JSON.stringify(kind) ?? String(kind)}: expected one of ${ATTENTION_KINDS.map((name) => `"${name}"`).join(", ")} (lower case), or build the descriptor with groupedQueryAttention and the other factories.`,
        { field: "kind", value: kind },
      );
    }
  }
}

/**
 * Returns the conventional short name of a design: MHA, GQA or MQA for grouped attention,
 * then MFA, MFA-KR, MLA, Lightning, KDA or GDN, with a `SWA`/`chunked` suffix for local spans.
 */
export function attentionLabel(attention: AttentionKind): string {
  checkAttentionKind(attention);
  const base = baseLabel(attention);
  if (attention.kind === "linear" || attention.window === undefined) return base;
  const prefix = attention.window.kind === "sliding" ? "SWA" : "chunked";
  return `${base} ${prefix} ${attention.window.sizeTokens}`;
}

const LINEAR_LABELS: Readonly<Record<LinearAttentionVariant, string>> = { lightning: "Lightning", kda: "KDA", gdn: "GDN" };

function baseLabel(attention: AttentionKind): string {
  switch (attention.kind) {
    case "gqa":
      if (attention.numKvHeads === attention.numQueryHeads) return "MHA";
      return attention.numKvHeads === 1 ? "MQA" : "GQA";
    case "mfa":
      return attention.keyReuse ? "MFA-KR" : "MFA";
    case "mla":
      return "MLA";
    case "linear":
      return LINEAR_LABELS[attention.variant];
  }
}
