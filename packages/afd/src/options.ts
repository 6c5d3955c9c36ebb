import { ELEMENT_TYPES, type ElementType } from "@modelsys/attention";
import { describeValue, type AcceleratorDescriptor, type ModelDescriptor, type WeightFormat } from "@modelsys/catalog";

import { checkAcceleratorDescriptor, checkModelDescriptor, checkRoutedExpertCounts } from "./descriptors.js";
import { DEFAULT_EFFICIENCY, type Efficiency } from "./efficiency.js";
import { AfdError } from "./errors.js";

/** A context length with its share of requests, for planning over a distribution. */
export interface ContextSample {
  tokens: number;
  weight: number;
}

/** The time sharing of the two communication legs: one after the other, or full duplex. */
export type CommOverlap = "sum" | "duplex";

/** The split of one instance's FFN weights over its GPUs. */
export type FfnParallelism = "ep" | "tp" | "ep+tp";

/** Everything the AFD planner takes. Only the first four fields are required. */
export interface AfdPlanInput {
  model: ModelDescriptor;
  attentionAccelerator: AcceleratorDescriptor;
  ffnAccelerator: AcceleratorDescriptor;
  /** Target time per output token. */
  tpotMs: number;
  /** Average context in tokens, or a distribution of context lengths. Default 4096. */
  context?: number | readonly ContextSample[];
  /** GPUs per attention or FFN instance, at most one server's cards. Default: one server's cards. */
  gpusPerInstance?: number;
  /**
   * Element type of the attention math (QKᵀ and PV): the report's "FP8 attention" or "BF16
   * attention". Default `fp8`. When given, it is also the KV cache's type unless `kvElementType`
   * is given; when omitted, the KV cache keeps the model family's type.
   */
  attentionElementType?: ElementType;
  /** KV-cache element type. Default: the attention element type if given, else the family's. */
  kvElementType?: ElementType;
  /**
   * Element type of linear-attention states (lightning, KDA, Gated DeltaNet), which neither
   * `attentionElementType` nor `kvElementType` changes. Default: the family's, FP32.
   */
  stateElementType?: ElementType;
  /** Element type of the attention projection weights and their compute. Default: the model's weight type (FP8). */
  projectionElementType?: ElementType;
  /**
   * Element type of FFN weights and compute. Default `fp8`. When given, it is also the routed
   * experts' format. When omitted, the routed experts keep the model's `routedExpertWeightFormat`
   * where it has one, such as MXFP4 in gpt-oss checkpoints.
   */
  ffnElementType?: ElementType;
  /** Pipeline stages (attention, communication, FFN; or with A→F and F→A apart). Default 3. */
  stages?: 3 | 4;
  efficiency?: Partial<Efficiency>;
  /** The legs' sharing of the 3-stage pipeline's communication stage. Default `sum`, StepMesh's form `A2F + F2A ≤ stage`; 4 stages take only `sum`. */
  commOverlap?: CommOverlap;
  /**
   * The split of FFN weights over the FFN GPUs. Default `auto`: expert parallelism where the experts
   * divide evenly, else tensor parallelism, else both. Stage times assume an even split either way.
   * A model with no MoE layers takes only `tp` or `auto`, and `ep` or `ep+tp` throw `INVALID_OPTION`.
   */
  ffnParallelism?: FfnParallelism | "auto";
  /** Largest attention and FFN instance counts searched. Default 8 each. */
  maxAttentionInstances?: number;
  maxFfnInstances?: number;
  /** Fraction of HBM capacity usable for weights and KV (vLLM's default `gpu_memory_utilization`). Default 0.9. */
  memoryFraction?: number;
  /** Add the LM-head weight read to every attention stage. Default false. */
  includeLmHead?: boolean;
  /** Use the report's rounded stage (TPOT / stages truncated to 0.1 ms, 16.6 ms at 50 ms). Default false. */
  reportRounding?: boolean;
  /** Count shared experts in the sparsity's denominator, `(k + n_s) / (N + n_s)`. Default true. */
  sharedInDenominator?: boolean;
  /** Fraction applied to `Net` in the minimum-sparsity formula. Default 1, as the report computes it. */
  sparsityNicEfficiency?: number;
  /** A measured TPOT, to report tokens per second per GPU at it as well. */
  measuredTpotMs?: number;
}

/** {@link AfdPlanInput} with every default filled in. */
export interface ResolvedAfdInput {
  model: ModelDescriptor;
  attentionAccelerator: AcceleratorDescriptor;
  ffnAccelerator: AcceleratorDescriptor;
  tpotMs: number;
  context: readonly ContextSample[];
  gpusPerInstance: number;
  attentionElementType: ElementType;
  kvElementType: ElementType | undefined;
  /** Element type of linear-attention states, or undefined where each layer keeps its family's. */
  stateElementType: ElementType | undefined;
  projectionElementType: ElementType;
  ffnElementType: ElementType;
  /** Storage format of the routed experts' weights, which sets the bytes each expert read takes. */
  routedExpertWeightFormat: WeightFormat;
  stages: 3 | 4;
  efficiency: Efficiency;
  commOverlap: CommOverlap;
  ffnParallelism: FfnParallelism | "auto";
  maxAttentionInstances: number;
  maxFfnInstances: number;
  memoryFraction: number;
  includeLmHead: boolean;
  reportRounding: boolean;
  sharedInDenominator: boolean;
  sparsityNicEfficiency: number;
  measuredTpotMs: number | undefined;
}

function reject(field: string, value: unknown, expected: string): never {
  throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected ${expected}.`, { field, value });
}

function checkFraction(field: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0 && value <= 1)) reject(field, value, "a fraction in (0, 1]");
  return value;
}

function checkBoolean(field: string, value: boolean | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") reject(field, value, "true or false");
  return value;
}

function checkPositiveInteger(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) reject(field, value, "a positive integer");
  return value;
}

/**
 * Rejects a field that `known` does not list, so a misspelt or misplaced option (for example
 * `nicEfficiency` outside `efficiency`) fails instead of leaving its default in force.
 */
export function rejectUnknownFields(input: object, known: readonly string[], hint: (field: string) => string | undefined = () => undefined): void {
  for (const field of Object.keys(input)) {
    if (known.includes(field)) continue;
    const fix = hint(field) ?? `use one of ${known.join(", ")}`;
    throw new AfdError("INVALID_OPTION", `Unknown option ${JSON.stringify(field)}: ${fix}.`, { field, value: field });
  }
}

const EFFICIENCY_FIELDS = Object.keys(DEFAULT_EFFICIENCY) as (keyof Efficiency)[];

/** Fills in the default of each fraction left out, and rejects unknown fields and bad fractions. */
function resolveEfficiency(fractions: Partial<Efficiency> | undefined): Efficiency {
  if (fractions === undefined) return { ...DEFAULT_EFFICIENCY };
  const prototype: unknown = typeof fractions === "object" && fractions !== null ? Object.getPrototypeOf(fractions) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    reject("efficiency", fractions, `an object with any of ${EFFICIENCY_FIELDS.join(", ")}`);
  }
  for (const field of Object.keys(fractions)) {
    if (!(EFFICIENCY_FIELDS as string[]).includes(field)) reject(`efficiency.${field}`, field, `one of ${EFFICIENCY_FIELDS.join(", ")}`);
  }

  const efficiency = { ...DEFAULT_EFFICIENCY };
  for (const field of EFFICIENCY_FIELDS) {
    if (fractions[field] !== undefined) efficiency[field] = checkFraction(`efficiency.${field}`, fractions[field]);
  }
  return efficiency;
}

function resolveContext(context: AfdPlanInput["context"]): ContextSample[] {
  if (context === undefined) return [{ tokens: 4096, weight: 1 }];
  if (typeof context !== "number" && !Array.isArray(context)) reject("context", context, "a number of tokens or an array of { tokens, weight }");
  const samples: ContextSample[] = typeof context === "number" ? [{ tokens: context, weight: 1 }] : [...context];
  if (samples.length === 0) reject("context", context, "at least one context length");

  for (const [index, sample] of samples.entries()) {
    if (typeof sample !== "object" || sample === null) reject(`context[${index}]`, sample, "an object { tokens, weight }");
    if (!Number.isSafeInteger(sample.tokens) || sample.tokens < 0) {
      reject(`context[${index}].tokens`, sample.tokens, "a non-negative integer number of tokens");
    }
    if (!(Number.isFinite(sample.weight) && sample.weight > 0)) reject(`context[${index}].weight`, sample.weight, "a positive weight");
    if (samples.findIndex((other) => other?.tokens === sample.tokens) < index) {
      reject(`context[${index}].tokens`, sample.tokens, "a length listed once: add the weights of equal lengths");
    }
  }
  // Dividing by the largest weight first keeps the sum finite for weights near the float maximum.
  const largest = Math.max(...samples.map((sample) => sample.weight));
  const total = samples.reduce((sum, sample) => sum + sample.weight / largest, 0);
  return samples.map((sample) => ({ tokens: sample.tokens, weight: sample.weight / largest / total }));
}

function checkComputeType(field: string, value: ElementType): ElementType {
  if (value !== "fp8" && value !== "bf16" && value !== "int8" && value !== "fp16") {
    reject(field, value, '"fp8", "int8", "bf16" or "fp16"');
  }
  return value;
}

function checkCacheType(field: string, value: ElementType): ElementType {
  if (!(ELEMENT_TYPES as readonly string[]).includes(value)) reject(field, value, `one of ${ELEMENT_TYPES.join(", ")}`);
  return value;
}

/**
 * Returns the report's rounded stage in tenths of a millisecond: TPOT / stages truncated to 0.1 ms,
 * 166 at 50 ms in 3 stages. The tolerance keeps decimal inputs such as 49.8 ms exact (166, not 165).
 */
export function reportStageTenthsMs(tpotMs: number, stages: number): number {
  const tenths = (tpotMs * 10) / stages;
  return Math.floor(tenths + 1e-9 * Math.max(1, tenths));
}

/** Largest TPOT target accepted: one minute per output token is past any serving target. */
export const MAX_TPOT_MS = 60_000;

/** Largest attention or FFN instance count searched: 64 servers of each kind, 1,024 GPUs at 8 per server. */
export const MAX_INSTANCES = 64;

/**
 * Returns the GPUs per instance, by default one server's cards. An instance spans at most one
 * server, because the stage times leave out traffic between the GPUs of one instance.
 */
function checkInstanceSize(input: AfdPlanInput): number {
  const serverCards = Math.min(input.attentionAccelerator.cardsPerServer, input.ffnAccelerator.cardsPerServer);
  const gpus = checkPositiveInteger("gpusPerInstance", input.gpusPerInstance ?? serverCards);
  if (gpus > serverCards) reject("gpusPerInstance", gpus, `at most ${serverCards}, one server's cards: traffic inside a multi-server instance is not modelled`);
  return gpus;
}

function checkInstanceCount(field: string, value: number): number {
  checkPositiveInteger(field, value);
  if (value > MAX_INSTANCES) reject(field, value, `at most ${MAX_INSTANCES} instances`);
  return value;
}

/** Every field of {@link AfdPlanInput}; the `satisfies` clause keeps this list complete. */
const PLAN_INPUT_FIELDS = Object.keys({
  model: true,
  attentionAccelerator: true,
  ffnAccelerator: true,
  tpotMs: true,
  context: true,
  gpusPerInstance: true,
  attentionElementType: true,
  kvElementType: true,
  stateElementType: true,
  projectionElementType: true,
  ffnElementType: true,
  stages: true,
  efficiency: true,
  commOverlap: true,
  ffnParallelism: true,
  maxAttentionInstances: true,
  maxFfnInstances: true,
  memoryFraction: true,
  includeLmHead: true,
  reportRounding: true,
  sharedInDenominator: true,
  sparsityNicEfficiency: true,
  measuredTpotMs: true,
} satisfies Record<keyof AfdPlanInput, true>);

/** Points a fraction given at the top level to `efficiency`, where the fractions go. */
export function efficiencyHint(field: string): string | undefined {
  return (EFFICIENCY_FIELDS as string[]).includes(field) ? `achievable fractions go inside efficiency, as efficiency: { ${field} }` : undefined;
}

/** Fills in defaults and checks every option, throwing `INVALID_OPTION` naming the first bad one. */
export function resolveAfdInput(input: AfdPlanInput): ResolvedAfdInput {
  if (typeof input !== "object" || input === null) reject("input", input, "an object of planner options");
  rejectUnknownFields(input, PLAN_INPUT_FIELDS, efficiencyHint);
  checkModelDescriptor("model", input.model);
  checkRoutedExpertCounts("model", input.model);
  checkAcceleratorDescriptor("attentionAccelerator", input.attentionAccelerator);
  checkAcceleratorDescriptor("ffnAccelerator", input.ffnAccelerator);
  return resolveCheckedDescriptors(input);
}

/**
 * Fills in defaults and checks every option but the descriptors, which the caller has checked:
 * the baseline re-plans one input many times.
 */
export function resolveCheckedDescriptors(input: AfdPlanInput): ResolvedAfdInput {
  if (!(Number.isFinite(input.tpotMs) && input.tpotMs > 0 && input.tpotMs <= MAX_TPOT_MS)) {
    reject("tpotMs", input.tpotMs, `a positive number of milliseconds, at most ${MAX_TPOT_MS.toLocaleString("en-US")}`);
  }
  const stages = input.stages ?? 3;
  if (stages !== 3 && stages !== 4) reject("stages", stages, "3 or 4");
  const reportRounding = checkBoolean("reportRounding", input.reportRounding, false);
  if (reportRounding && reportStageTenthsMs(input.tpotMs, stages) === 0) {
    reject("tpotMs", input.tpotMs, `at least ${stages / 10} ms with reportRounding, which truncates each of the ${stages} stages to 0.1 ms; or turn reportRounding off`);
  }

  const efficiency = resolveEfficiency(input.efficiency);

  const commOverlap = input.commOverlap ?? "sum";
  if (commOverlap !== "sum" && commOverlap !== "duplex") reject("commOverlap", commOverlap, '"sum" or "duplex"');
  if (stages === 4 && commOverlap === "duplex") reject("commOverlap", commOverlap, '"sum" (the default) with 4 stages, where each leg has its own stage');
  const ffnParallelism = input.ffnParallelism ?? "auto";
  if (!["ep", "tp", "ep+tp", "auto"].includes(ffnParallelism)) reject("ffnParallelism", ffnParallelism, '"auto", "ep", "tp" or "ep+tp"');
  // Expert parallelism splits experts, so a dense model would get no plans or a plan labelled with a split it cannot use.
  if ((ffnParallelism === "ep" || ffnParallelism === "ep+tp") && !input.model.layers.some((layer) => layer.ffn.kind === "moe")) {
    reject("ffnParallelism", ffnParallelism, `"tp" or "auto" for ${input.model.id}, which has no MoE layers and so no experts to split`);
  }
  if (input.measuredTpotMs !== undefined && !(Number.isFinite(input.measuredTpotMs) && input.measuredTpotMs > 0 && input.measuredTpotMs <= MAX_TPOT_MS)) {
    reject("measuredTpotMs", input.measuredTpotMs, `a positive number of milliseconds, at most ${MAX_TPOT_MS.toLocaleString("en-US")}`);
  }

  const attentionElementType = checkComputeType("attentionElementType", input.attentionElementType ?? "fp8");
  const ffnElementType = checkComputeType("ffnElementType", input.ffnElementType ?? "fp8");
  return {
    model: input.model,
    attentionAccelerator: input.attentionAccelerator,
    ffnAccelerator: input.ffnAccelerator,
    tpotMs: input.tpotMs,
    context: resolveContext(input.context),
    gpusPerInstance: checkInstanceSize(input),
    attentionElementType,
    kvElementType: input.kvElementType === undefined ? input.attentionElementType : checkCacheType("kvElementType", input.kvElementType),
    stateElementType: input.stateElementType === undefined ? undefined : checkCacheType("stateElementType", input.stateElementType),
    projectionElementType: checkComputeType("projectionElementType", input.projectionElementType ?? input.model.weightElementType),
    ffnElementType,
    routedExpertWeightFormat: input.ffnElementType ?? input.model.routedExpertWeightFormat ?? ffnElementType,
    stages,
    efficiency,
    commOverlap,
    ffnParallelism,
    maxAttentionInstances: checkInstanceCount("maxAttentionInstances", input.maxAttentionInstances ?? 8),
    maxFfnInstances: checkInstanceCount("maxFfnInstances", input.maxFfnInstances ?? 8),
    memoryFraction: checkFraction("memoryFraction", input.memoryFraction ?? 0.9),
    includeLmHead: checkBoolean("includeLmHead", input.includeLmHead, false),
    reportRounding,
    sharedInDenominator: checkBoolean("sharedInDenominator", input.sharedInDenominator, true),
    sparsityNicEfficiency: checkFraction("sparsityNicEfficiency", input.sparsityNicEfficiency ?? 1),
    measuredTpotMs: input.measuredTpotMs,
  };
}
