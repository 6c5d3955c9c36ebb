import { serverNicBytesPerSecond } from "@modelsys/catalog";

import { dominantStage, type BindingConstraint } from "./binding.js";
import type { Efficiency } from "./efficiency.js";
import { splitFfnWeights } from "./ffn-parallelism.js";
import { profileLayers, profileLongestContext, type LayerProfile } from "./layer-profile.js";
import { attentionGpuBytes, ffnGpuBytes, lmHeadBytes, missingVocabularyNote } from "./memory.js";
import { reportStageTenthsMs, resolveAfdInput, type AfdPlanInput, type CommOverlap, type ContextSample, type FfnParallelism, type ResolvedAfdInput } from "./options.js";
import { sparsityFigures } from "./sparsity-figures.js";
import { computeLayerStageTimes, planRates, type LayerStageTimes, type Layout, type PlanRates } from "./stage-times.js";

/** Layers that share the same stage times in a plan, for `--explain`. */
export interface LayerStageGroup {
  /** 0-based layer indices. */
  layers: number[];
  times: LayerStageTimes;
}

/** One feasible xAyF layout at its largest batch. */
export interface AfdPlan {
  attentionInstances: number;
  ffnInstances: number;
  gpus: number;
  /** The split of the FFN weights over the FFN GPUs. */
  ffnParallelism: FfnParallelism;
  /** `m_a`: tokens per attention GPU in one micro-batch. */
  tokensPerAttentionGpu: number;
  /** `m = gpusPerInstance · x · m_a`. */
  microBatchTokens: number;
  /** `B = stages · m`: sequences decoding at once. */
  totalBatchTokens: number;
  /** Tokens per second per GPU at the TPOT target, `B / (TPOT · GPUs)`. */
  tokensPerSecondPerGpu: number;
  /** Predicted TPOT, `stages · Σ layers max(stage times)`. */
  predictedTpotMs: number;
  /** Tokens per second per GPU at the predicted TPOT, `B / (predicted TPOT · GPUs)`. */
  tokensPerSecondPerGpuAtPredictedTpot: number;
  /** Tokens per second per GPU at the measured TPOT, when one is given. */
  tokensPerSecondPerGpuAtMeasuredTpot: number | null;
  /** USD per million decoded tokens at the TPOT target, or null when a price is missing. */
  usdPerMillionTokens: number | null;
  /** The constraint that stops one more token per attention GPU. */
  binding: BindingConstraint;
  /**
   * The stage that takes the most time at this plan's batch, summed over the layers. It can differ
   * from `binding`, which is measured at one more token per attention GPU, where a stage that grows
   * faster with the batch can overtake it.
   */
  slowestStage: BindingConstraint;
  /** Per-layer time of every stage within the budget. */
  stageBudgetPerLayerUs: number;
  layerStages: LayerStageGroup[];
  /**
   * Achieved NIC bandwidth one attention GPU needs to move its traffic within the per-layer stage
   * budget, Gbit/s: both legs in one stage (`sum`), or the larger leg (`duplex` or 4 stages).
   */
  networkGbpsNeededPerAttentionGpu: number;
  /** The same for one FFN GPU, which serves every attention instance. */
  networkGbpsNeededPerFfnGpu: number;
  attentionGpuBytes: number;
  ffnGpuBytes: number;
}

/** A layout with no feasible batch, and why. */
export interface InfeasibleLayout {
  attentionInstances: number;
  ffnInstances: number;
  binding: BindingConstraint;
}

/** The planner's result: ranked plans, rejected layouts and the values it used. */
export interface AfdPlanResult {
  modelId: string;
  attentionAcceleratorId: string;
  ffnAcceleratorId: string;
  tpotMs: number;
  stages: 3 | 4;
  /** Time budget over all layers of one stage, in ms. */
  stageBudgetMs: number;
  efficiency: Efficiency;
  averageContextTokens: number;
  /** The context lengths planned over, with weights that sum to 1. */
  contextDistribution: ContextSample[];
  /** GPUs per attention or FFN instance. */
  gpusPerInstance: number;
  attentionElementType: string;
  /** KV-cache element type, or null where each layer keeps its model family's type. */
  kvElementType: string | null;
  /** Element type of linear-attention states, or null where each layer keeps its family's type (FP32). */
  stateElementType: string | null;
  /** Element type of the attention projection weights and their compute. */
  projectionElementType: string;
  /** Bytes of weights on every attention GPU: all layers' projections, the embedding and the LM head. */
  attentionWeightBytesPerGpu: number;
  /** Fraction of each GPU's HBM that weights and the KV cache may fill (`memoryFraction`, default 0.9). */
  memoryFraction: number;
  /** HBM an attention GPU may fill, `memoryFraction · capacity`. */
  attentionCapacityBytes: number;
  /**
   * TPOT in ms that the attention stage alone sets at one token per attention GPU,
   * `stages · Σ layers T_attn(m_a = 1)`. No layout is faster, because each attention GPU runs its
   * own batch whatever the instance counts.
   */
  attentionOnlyTpotMs: number;
  /** NIC bandwidth of one attention server and of one FFN server, in Gbit/s, before `nicEfficiency`. */
  attentionServerNicGbps: number;
  ffnServerNicGbps: number;
  ffnElementType: string;
  /** Storage format of the routed experts' weights, which sets the bytes of each expert read, such as `mxfp4` for gpt-oss. */
  routedExpertWeightFormat: string;
  commOverlap: CommOverlap;
  measuredTpotMs: number | null;
  /** Parts of the model the plans leave out for lack of data, such as the embedding without a vocabulary size. */
  notes: string[];
  /** Feasible plans, best tokens per second per GPU first. */
  plans: AfdPlan[];
  infeasible: InfeasibleLayout[];
  sparsity: {
    /** The model's MoE sparsity. */
    sparsity: number;
    /**
     * Minimum sparsity the FFN accelerator's network sustains at its nominal NIC rate (Step-3
     * report formula), with the routed experts' weights in their stored format.
     */
    minimumSparsity: number;
    /** The same at the planner's `nicEfficiency`: the rate the stage times use. */
    minimumSparsityAtNicEfficiency: number;
    /** Tokens per weight read for full MFU on a dense FFN at 100 % of peaks, for the FFN element type. */
    denseBatch: number;
    /**
     * `denseBatch / sparsity`, with the dense batch taken at the routed experts' stored format
     * (`routedExpertWeightFormat`), which differs from `denseBatch` only for experts such as MXFP4.
     */
    moeBatch: number;
    /**
     * The MoE micro-batch above which the FFN stage is compute-bound at the planner's fractions,
     * `moeBatch · flopEfficiency / hbmEfficiency`.
     */
    moeBatchAtEfficiency: number;
  };
}

/** Largest `m_a` tried, far above any HBM capacity today; a plan stopped by it binds on `search-limit`. */
const MAX_TOKENS_PER_GPU = 1 << 20;

interface Evaluation {
  feasible: boolean;
  binding: BindingConstraint;
  /** Stage times of each distinct layer, in the order of `PlanContext.distinct`. */
  distinctTimes: LayerStageTimes[];
  totalUs: number;
  attentionBytes: number;
}

/** Layers whose profiles are equal, so their stage times are too: the search times each once. */
interface DistinctLayers {
  profile: LayerProfile;
  indices: number[];
  /** Whether the LM-head read lands on this group, which then contains only the last layer. */
  lmHead: boolean;
}

interface PlanContext {
  input: ResolvedAfdInput;
  profiles: LayerProfile[];
  distinct: DistinctLayers[];
  rates: PlanRates;
  budgetUs: number;
  attentionCapacityBytes: number;
  /** Whether one sequence at the longest context fits an attention GPU beside the weights. */
  longestSequenceFits: boolean;
  lmHeadUs: number;
}

/**
 * Plans an attention-FFN disaggregated deployment: for every `x` attention and `y` FFN
 * instances, finds the largest batch whose pipeline meets the TPOT target and fits HBM, and ranks
 * the layouts by tokens per second per GPU. Stage times follow the Step-3 report (arXiv
 * 2507.19427) with achievable fractions of the peaks.
 */
export function planAfd(planInput: AfdPlanInput): AfdPlanResult {
  const input = resolveAfdInput(planInput);
  const context = buildContext(input);
  const plans: AfdPlan[] = [];
  const infeasible: InfeasibleLayout[] = [];

  for (let x = 1; x <= input.maxAttentionInstances; x += 1) {
    for (let y = 1; y <= input.maxFfnInstances; y += 1) {
      const outcome = planLayout(context, x, y);
      if ("binding" in outcome && !("gpus" in outcome)) infeasible.push(outcome);
      else plans.push(outcome as AfdPlan);
    }
  }
  plans.sort((a, b) => b.tokensPerSecondPerGpu - a.tokensPerSecondPerGpu || a.gpus - b.gpus);

  return {
    modelId: input.model.id,
    attentionAcceleratorId: input.attentionAccelerator.id,
    ffnAcceleratorId: input.ffnAccelerator.id,
    tpotMs: input.tpotMs,
    stages: input.stages,
    stageBudgetMs: context.budgetUs / input.stages / 1000,
    efficiency: input.efficiency,
    averageContextTokens: input.context.reduce((sum, sample) => sum + sample.weight * sample.tokens, 0),
    contextDistribution: input.context.map((sample) => ({ ...sample })),
    gpusPerInstance: input.gpusPerInstance,
    attentionElementType: input.attentionElementType,
    kvElementType: input.kvElementType ?? null,
    stateElementType: input.stateElementType ?? null,
    projectionElementType: input.projectionElementType,
    attentionWeightBytesPerGpu: attentionGpuBytes(context.profiles, input, 0),
    memoryFraction: input.memoryFraction,
    attentionCapacityBytes: context.attentionCapacityBytes,
    attentionOnlyTpotMs: attentionOnlyTpotMs(context),
    attentionServerNicGbps: (serverNicBytesPerSecond(input.attentionAccelerator) * 8) / 1e9,
    ffnServerNicGbps: (serverNicBytesPerSecond(input.ffnAccelerator) * 8) / 1e9,
    ffnElementType: input.ffnElementType,
    routedExpertWeightFormat: input.routedExpertWeightFormat,
    commOverlap: input.commOverlap,
    measuredTpotMs: input.measuredTpotMs ?? null,
    notes: [missingVocabularyNote(input.model)].filter((note) => note !== null),
    plans,
    infeasible,
    sparsity: sparsityFigures(input),
  };
}

function buildContext(input: ResolvedAfdInput): PlanContext {
  const rates = planRates(input);
  const budgetUs = input.reportRounding ? reportStageTenthsMs(input.tpotMs, input.stages) * 100 * input.stages : input.tpotMs * 1000;
  const profiles = profileLayers(input);
  const attentionCapacityBytes = input.memoryFraction * input.attentionAccelerator.hbmCapacityBytes;
  return {
    input,
    profiles,
    distinct: distinctLayers(profiles, input.includeLmHead),
    rates,
    budgetUs,
    attentionCapacityBytes,
    longestSequenceFits: longestSequenceBytes(input) <= attentionCapacityBytes,
    lmHeadUs: input.includeLmHead ? (lmHeadBytes(input) * 1e6) / rates.attentionBytesPerSecond : 0,
  };
}

/**
 * Returns the bytes on an attention GPU with one sequence at the distribution's longest
 * context: data-parallel attention keeps each sequence's whole KV cache on one GPU.
 */
function longestSequenceBytes(input: ResolvedAfdInput): number {
  const profiles = profileLongestContext(input);
  const kvBytes = profiles.reduce((sum, profile) => sum + profile.kvResidentBytes, 0);
  return attentionGpuBytes(profiles, input, 0) + kvBytes;
}

/**
 * Groups layers with equal profiles, keeping the last layer apart when the LM-head read is
 * added to it. Equal profiles give equal stage times at every layout.
 */
function distinctLayers(profiles: readonly LayerProfile[], lmHead: boolean): DistinctLayers[] {
  const groups = new Map<string, DistinctLayers>();
  profiles.forEach((profile, index) => {
    const last = lmHead && index === profiles.length - 1;
    const key = last ? "lm-head" : JSON.stringify({ ...profile, index: 0 });
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { profile, indices: [index], lmHead: last });
    else group.indices.push(index);
  });
  return [...groups.values()];
}

function evaluate(context: PlanContext, layout: Layout): Evaluation {
  const { input, profiles, rates, distinct } = context;
  const distinctTimes = distinct.map((group) => {
    const times = computeLayerStageTimes(group.profile, layout, input, rates);
    if (group.lmHead) addLmHead(times, context.lmHeadUs);
    return times;
  });

  const layerSumUs = distinct.reduce((sum, group, index) => sum + group.indices.length * distinctTimes[index]!.layerUs, 0);
  const totalUs = input.stages * layerSumUs;
  const attentionBytes = attentionGpuBytes(profiles, input, layout.tokensPerAttentionGpu);
  if (attentionBytes > context.attentionCapacityBytes) {
    return { feasible: false, binding: "attention-hbm-capacity", distinctTimes, totalUs, attentionBytes };
  }
  const counts = distinct.map((group) => group.indices.length);
  return { feasible: totalUs <= context.budgetUs, binding: dominantStage(distinctTimes, counts), distinctTimes, totalUs, attentionBytes };
}

/** Returns the TPOT in ms of the attention stage alone at one token per attention GPU. */
function attentionOnlyTpotMs(context: PlanContext): number {
  const { distinctTimes } = evaluate(context, { attentionInstances: 1, ffnInstances: 1, tokensPerAttentionGpu: 1 });
  const layerSumUs = context.distinct.reduce((sum, group, index) => sum + group.indices.length * distinctTimes[index]!.attentionUs, 0);
  return (context.input.stages * layerSumUs) / 1000;
}

/** Adds the LM-head read, once per micro-batch, to the last layer's attention stage. */
function addLmHead(last: LayerStageTimes, lmHeadUs: number): void {
  last.attentionMemoryUs += lmHeadUs;
  last.attentionUs = Math.max(last.attentionComputeUs, last.attentionMemoryUs);
  last.layerUs = Math.max(last.layerUs, last.attentionUs);
}

function planLayout(context: PlanContext, x: number, y: number): AfdPlan | InfeasibleLayout {
  const { input } = context;
  const parallelism = splitFfnWeights(input.model, input.gpusPerInstance, y, input.ffnParallelism);
  if (parallelism === null) return { attentionInstances: x, ffnInstances: y, binding: "ffn-parallelism" };
  const ffnBytes = ffnGpuBytes(context.profiles, input, y);
  if (ffnBytes > input.memoryFraction * input.ffnAccelerator.hbmCapacityBytes) {
    return { attentionInstances: x, ffnInstances: y, binding: "ffn-hbm-capacity" };
  }

  if (!context.longestSequenceFits) return { attentionInstances: x, ffnInstances: y, binding: "attention-hbm-capacity" };

  const layout = (tokens: number): Layout => ({ attentionInstances: x, ffnInstances: y, tokensPerAttentionGpu: tokens });
  const first = evaluate(context, layout(1));
  if (!first.feasible) {
    // Even one token per attention GPU misses the target: name the stage that fills the budget.
    return { attentionInstances: x, ffnInstances: y, binding: first.binding };
  }

  // Every stage time and the KV footprint grow with m_a, so feasibility is monotone: grow, then bisect.
  let low = 1;
  let high = 2;
  while (high <= MAX_TOKENS_PER_GPU && evaluate(context, layout(high)).feasible) {
    low = high;
    high *= 2;
  }
  high = Math.min(high, MAX_TOKENS_PER_GPU + 1);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (evaluate(context, layout(middle)).feasible) low = middle;
    else high = middle;
  }

  const chosen = evaluate(context, layout(low));
  const next = evaluate(context, layout(low + 1));
  return describePlan(context, x, y, low, chosen, next.feasible ? "search-limit" : next.binding, ffnBytes, parallelism);
}

function describePlan(
  context: PlanContext,
  x: number,
  y: number,
  tokensPerAttentionGpu: number,
  chosen: Evaluation,
  binding: BindingConstraint,
  ffnBytes: number,
  ffnParallelism: FfnParallelism,
): AfdPlan {
  const { input } = context;
  const gpus = input.gpusPerInstance * (x + y);
  const microBatchTokens = input.gpusPerInstance * x * tokensPerAttentionGpu;
  const totalBatchTokens = input.stages * microBatchTokens;
  const tokensPerSecond = totalBatchTokens / (input.tpotMs / 1000);
  const layerCount = context.profiles.length;
  const stageBudgetPerLayerUs = context.budgetUs / input.stages / layerCount;
  const legBytesPerToken = legBytesInOneBudget(input) * input.model.hiddenSize;
  const gbpsNeeded = (peers: number) => (peers * tokensPerAttentionGpu * legBytesPerToken * 8) / (stageBudgetPerLayerUs * 1e-6) / 1e9;

  return {
    attentionInstances: x,
    ffnInstances: y,
    gpus,
    ffnParallelism,
    tokensPerAttentionGpu,
    microBatchTokens,
    totalBatchTokens,
    tokensPerSecondPerGpu: tokensPerSecond / gpus,
    predictedTpotMs: chosen.totalUs / 1000,
    tokensPerSecondPerGpuAtPredictedTpot: totalBatchTokens / (chosen.totalUs / 1e6) / gpus,
    tokensPerSecondPerGpuAtMeasuredTpot:
      input.measuredTpotMs === undefined ? null : totalBatchTokens / (input.measuredTpotMs / 1000) / gpus,
    usdPerMillionTokens: usdPerMillionTokens(input, x, y, tokensPerSecond),
    binding,
    slowestStage: dominantStage(
      chosen.distinctTimes,
      context.distinct.map((group) => group.indices.length),
    ),
    stageBudgetPerLayerUs,
    layerStages: groupLayers(context, chosen),
    networkGbpsNeededPerAttentionGpu: gbpsNeeded(y),
    networkGbpsNeededPerFfnGpu: gbpsNeeded(x),
    attentionGpuBytes: chosen.attentionBytes,
    ffnGpuBytes: ffnBytes,
  };
}

/**
 * Returns the bytes per token and hidden unit that must cross one NIC within one stage budget:
 * both legs (`H` out, `2·H` back) when they share the communication stage one after the other,
 * else the larger leg, `2·H`.
 */
function legBytesInOneBudget(input: ResolvedAfdInput): number {
  return input.stages === 3 && input.commOverlap === "sum" ? 3 : 2;
}

function usdPerMillionTokens(input: ResolvedAfdInput, x: number, y: number, tokensPerSecond: number): number | null {
  const attentionPrice = input.attentionAccelerator.priceUsdPerHour;
  const ffnPrice = input.ffnAccelerator.priceUsdPerHour;
  if (attentionPrice === null || ffnPrice === null) return null;

  const usdPerSecond = (input.gpusPerInstance * (x * attentionPrice + y * ffnPrice)) / 3600;
  return (usdPerSecond / tokensPerSecond) * 1e6;
}

/** Groups the layers with equal stage times, in order of their first layer. */
function groupLayers(context: PlanContext, evaluation: Evaluation): LayerStageGroup[] {
  const groups = new Map<string, LayerStageGroup>();
  context.distinct.forEach((group, index) => {
    const times = evaluation.distinctTimes[index]!;
    const key = JSON.stringify(times);
    const existing = groups.get(key);
    if (existing === undefined) groups.set(key, { layers: [...group.indices], times });
    else existing.layers.push(...group.indices);
  });
  const sorted = [...groups.values()].map((group) => ({ ...group, layers: group.layers.sort((a, b) => a - b) }));
  return sorted.sort((a, b) => a.layers[0]! - b.layers[0]!);
}
