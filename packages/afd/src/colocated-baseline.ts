import { bytesPerElement, type ElementType } from "@modelsys/attention";
import { bytesPerWeight, describeValue, type AcceleratorDescriptor, type ModelDescriptor } from "@modelsys/catalog";

import { DEEPEP_EP128_DECODE_NIC_EFFICIENCY, STEPMESH_NIC_EFFICIENCY, type Efficiency } from "./efficiency.js";
import { checkAcceleratorDescriptor, checkModelDescriptor, checkRoutedExpertCounts } from "./descriptors.js";
import { AfdError } from "./errors.js";
import { profileLayers, profileLongestContext, type LayerProfile } from "./layer-profile.js";
import { embeddingAndLmHeadBytes } from "./memory.js";
import { efficiencyHint, rejectUnknownFields, resolveCheckedDescriptors, type ContextSample, type ResolvedAfdInput } from "./options.js";
import { publishedColocatedReference, type ColocatedSetup } from "./published-reference.js";
import { planRates, type PlanRates } from "./stage-times.js";

/** Options of {@link planColocatedBaseline}. */
export interface ColocatedBaselineInput {
  model: ModelDescriptor;
  accelerator: AcceleratorDescriptor;
  tpotMs: number;
  /** Average context in tokens, or a distribution. Default 4096. */
  context?: number | readonly ContextSample[];
  /** GPUs serving decode together with expert parallelism. Default 128, DeepSeek-V3's published deployment. */
  gpus?: number;
  /**
   * Element type of the attention math (QKᵀ and PV). Default `fp8`. When given, it is also the KV
   * cache's type unless `kvElementType` is given. When omitted, the KV cache keeps the model
   * family's type. Projections run in the model's weight type. All three match `planAfd`.
   */
  attentionElementType?: ElementType;
  /** KV-cache element type. Default: the attention element type if given, else the family's. */
  kvElementType?: ElementType;
  /** Element type of linear-attention states. Default: the family's, FP32, as in `planAfd`. */
  stateElementType?: ElementType;
  /**
   * Element type of the expert and dense FFN weights and their compute. Default `fp8`, as in
   * `planAfd`, and then the routed experts keep the model's `routedExpertWeightFormat`.
   */
  ffnElementType?: ElementType;
  efficiency?: Partial<Efficiency>;
  /** Default 0.9. */
  memoryFraction?: number;
  /**
   * A published tokens per second per GPU to compare with. Default: the published figure of this
   * setup when one is known ({@link publishedColocatedReference}: DeepSeek-V3 on 128 H800 at 4K
   * and 50 ms), else none. `null` turns the comparison off.
   */
  referenceTokensPerSecondPerGpu?: number | null;
  /**
   * Sequences per GPU at which the reference was measured, to compare at its operating point too.
   * Default: the published batch when the published figure applies. `null` skips that comparison.
   */
  referenceBatchPerGpu?: number | null;
}

/** The baseline evaluated at the batch per GPU the reference was measured at. */
export interface ReferenceOperatingPoint {
  batchPerGpu: number;
  /** The TPOT the reference implies: `batchPerGpu / reference tokens/s per GPU`. */
  referenceTpotMs: number;
  /** This model's TPOT at that batch. */
  predictedTpotMs: number;
  /** `batchPerGpu / predictedTpot`. */
  tokensPerSecondPerGpu: number;
  /** `(modelled − reference) / reference` at that batch. */
  gapToReference: number;
  /** Whether that batch fits the GPU's memory in this model. */
  fitsMemory: boolean;
  /** Time the reference TPOT leaves per layer and micro-batch, averaged over all `L` layers, dense ones included: `referenceTpot / (2·L)`, in µs. */
  referenceMicroBatchLayerUs: number;
  /** This model's attention plus local experts of one MoE layer for one micro-batch at that batch, in µs. */
  attentionAndExpertsUs: number;
  /** This model's all-to-all of one MoE layer for one micro-batch at that batch, in µs. */
  allToAllUs: number;
}

/** The baseline at one published all-to-all rate, everything else unchanged. */
export interface PublishedNicRate {
  /** The library whose measurement gives the rate. */
  source: "stepmesh" | "deepep-ep128-decode";
  nicEfficiency: number;
  batchPerGpu: number;
  tokensPerSecondPerGpu: number;
  binding: BaselineBinding;
  /** `(modelled − reference) / reference`. */
  gapToReference: number;
}

/** The term that limits the baseline's per-GPU batch. */
export type BaselineBinding = "attention-and-experts" | "all-to-all" | "hbm-capacity" | "tpot-target" | "search-limit";

/** The co-located (expert-parallel, no AFD) decode baseline at its largest batch. */
export interface ColocatedBaseline {
  modelId: string;
  acceleratorId: string;
  gpus: number;
  /** Decode layers of the model, dense and MoE: the `L` of `TPOT = Σ layers T`. */
  layers: number;
  /** The TPOT target, in ms. */
  tpotMs: number;
  /** Sequences decoding on each GPU, `b`; 0 when not even one sequence per GPU fits. */
  batchPerGpu: number;
  tokensPerSecondPerGpu: number;
  /** Predicted TPOT at `b`, or at one sequence per GPU when `b` is 0. */
  predictedTpotMs: number;
  /**
   * The limit on one more sequence per GPU: HBM capacity, else the larger of the all-to-all and
   * the compute of a micro-batch. `tpot-target` when the weight reads alone exceed the target,
   * `search-limit` when the batch reached the search's ceiling of 2^20 sequences per GPU.
   */
  binding: BaselineBinding;
  /** Per-layer time of attention plus local experts, and of the all-to-all, for one micro-batch (µs), at `max(b, 1)`. */
  moeLayerAttentionAndExpertsUs: number;
  moeLayerAllToAllUs: number;
  /** HBM bytes per GPU at `max(b, 1)` sequences, or with one sequence at the longest context when that does not fit. */
  gpuBytes: number;
  efficiency: Efficiency;
  referenceTokensPerSecondPerGpu: number | null;
  /** `(modelled − reference) / reference`, or null without a reference. */
  gapToReference: number | null;
  /**
   * The NIC fraction at which this model would reach the reference, found by bisection, or null
   * without a reference or when no fraction in (0, 1] reaches it. It explains an all-to-all-bound
   * gap: the reference's effective all-to-all rate as a fraction of line rate.
   */
  impliedNicEfficiency: number | null;
  /**
   * The model at the reference's own batch per GPU, or null without a reference batch. A
   * reference measured at a batch whose implied TPOT differs from the target compares more
   * fairly there than at the target.
   */
  atReferenceBatch: ReferenceOperatingPoint | null;
  /**
   * The baseline at each published all-to-all rate: StepMesh's (the planner default) and that of
   * DeepEP's decode kernels at EP128, the library DeepSeek's deployment uses. Empty without a
   * reference. A reference between the two shows that the NIC rate alone can explain the gap.
   */
  publishedNicRates: PublishedNicRate[];
  assumptions: string[];
}

const US = 1e6;

/** Smallest reference accepted, so the relative gap stays finite. */
const MIN_REFERENCE = 1e-6;

/** Largest batch per GPU the baseline tries; a baseline stopped by it binds on `search-limit`. */
const MAX_BATCH_PER_GPU = 1 << 20;

/**
 * Models co-located decode with data-parallel attention and expert parallelism, two micro-batches
 * overlapped: per layer `T = 2·max(T_attn(b/2) + T_experts(b/2), T_a2a(b/2))` and
 * `TPOT = Σ layers T`. Each GPU holds `E / N` routed experts plus the shared experts and dense
 * layers. The all-to-all sends each token to its `top_k` experts in FP8 (`top_k·H` bytes) and
 * back in BF16 (`2·top_k·H`) over the GPU's share of the server NICs. This is a planning model,
 * not a measurement: its gap to a published figure is reported, not tuned away.
 *
 * NOTE: an odd `b` is split into two micro-batches of `b/2` sequences, as the formula reads. Whole
 * micro-batches of `⌈b/2⌉` and `⌊b/2⌋` give the same TPOT while the all-to-all binds, because its
 * time is linear in tokens. Where compute binds, whole micro-batches are at most as slow, because
 * each compute term is linear or concave in tokens.
 */
export function planColocatedBaseline(baseline: ColocatedBaselineInput): ColocatedBaseline {
  if (typeof baseline !== "object" || baseline === null) {
    throw new AfdError("INVALID_OPTION", `Invalid input ${describeValue(baseline)}: expected an object of baseline options.`, {
      field: "input",
      value: baseline,
    });
  }
  rejectUnknownFields(baseline, BASELINE_INPUT_FIELDS, efficiencyHint);
  checkModelDescriptor("model", baseline.model);
  checkRoutedExpertCounts("model", baseline.model);
  checkAcceleratorDescriptor("accelerator", baseline.accelerator);
  return computeBaseline(baseline);
}

/** A baseline input resolved once, so re-plans at other NIC fractions reuse its layer profiles. */
interface BaselineSetup {
  input: ResolvedAfdInput;
  gpus: number;
  profiles: readonly LayerProfile[];
  longestProfiles: readonly LayerProfile[];
  capacityBytes: number;
  budgetUs: number;
}

/** Every field of {@link ColocatedBaselineInput}; the `satisfies` clause keeps this list complete. */
const BASELINE_INPUT_FIELDS = Object.keys({
  model: true,
  accelerator: true,
  tpotMs: true,
  context: true,
  gpus: true,
  attentionElementType: true,
  kvElementType: true,
  stateElementType: true,
  ffnElementType: true,
  efficiency: true,
  memoryFraction: true,
  referenceTokensPerSecondPerGpu: true,
  referenceBatchPerGpu: true,
} satisfies Record<keyof ColocatedBaselineInput, true>);

/** Outcome of the batch search at one set of rates. */
interface BatchSearch {
  model: BaselineModel;
  batch: number;
  binding: BaselineBinding;
  longestFits: boolean;
  longestBytes: number;
}

/** Plans the baseline for options whose descriptors are already checked. */
function computeBaseline(baseline: ColocatedBaselineInput): ColocatedBaseline {
  const setup = resolveSetup(baseline);
  const { input, gpus } = setup;
  const { reference, referenceBatch } = resolveReference(baseline, { ...input, accelerator: input.attentionAccelerator, gpus });
  const { model, batch, binding, longestFits, longestBytes } = searchBatch(setup, planRates(input));

  // With no batch that fits, the figures describe one sequence per GPU, the batch that failed.
  const reported = Math.max(batch, 1);
  const tokensPerSecondPerGpu = batch / (input.tpotMs / 1000);

  return {
    modelId: input.model.id,
    acceleratorId: input.attentionAccelerator.id,
    gpus,
    layers: input.model.layers.length,
    tpotMs: input.tpotMs,
    batchPerGpu: batch,
    tokensPerSecondPerGpu,
    predictedTpotMs: model.tpotUs(reported) / 1000,
    binding,
    moeLayerAttentionAndExpertsUs: model.moeComputeUs(reported / 2),
    moeLayerAllToAllUs: model.moeAllToAllUs(reported / 2),
    gpuBytes: longestFits ? model.gpuBytes(reported, input) : longestBytes,
    efficiency: input.efficiency,
    referenceTokensPerSecondPerGpu: reference,
    gapToReference: reference === null ? null : (tokensPerSecondPerGpu - reference) / reference,
    impliedNicEfficiency: reference === null ? null : impliedNicEfficiency(setup, reference),
    atReferenceBatch: reference === null || referenceBatch === undefined ? null : atReferenceBatch(model, referenceBatch, reference, setup),
    publishedNicRates: reference === null ? [] : publishedNicRates(setup, reference),
    assumptions: [
      `${gpus} ${gpus === 1 ? "GPU" : "GPUs"}, data-parallel attention, expert parallelism with ${model.expertsPerGpuLabel()}`,
      "two micro-batches overlap attention and experts with the all-to-all",
      "uniform routing; all-to-all in FP8 out and BF16 back over the GPU's share of the server NICs",
      `achievable fractions: FLOP/s ${input.efficiency.flopEfficiency}, HBM ${input.efficiency.hbmEfficiency}, NIC ${input.efficiency.nicEfficiency.toFixed(3)}`,
      "no node-limited routing, no NVLink forwarding, no multi-token prediction",
      ...(input.model.vocabSize === null ? [`no embedding or LM head in GPU memory: ${input.model.id} gives no vocabulary size`] : []),
    ],
  };
}

/** Checks the options and builds the layer profiles the batch search needs. */
function resolveSetup(baseline: ColocatedBaselineInput): BaselineSetup {
  const gpus = baseline.gpus ?? 128;
  if (!Number.isSafeInteger(gpus) || gpus <= 0) {
    throw new AfdError("INVALID_OPTION", `Invalid gpus ${describeValue(gpus)}: expected a positive integer.`, { field: "gpus", value: gpus });
  }
  const input = resolveCheckedDescriptors({
    model: baseline.model,
    attentionAccelerator: baseline.accelerator,
    ffnAccelerator: baseline.accelerator,
    tpotMs: baseline.tpotMs,
    context: baseline.context ?? 4096,
    ...(baseline.attentionElementType === undefined ? {} : { attentionElementType: baseline.attentionElementType }),
    ...(baseline.kvElementType === undefined ? {} : { kvElementType: baseline.kvElementType }),
    ...(baseline.stateElementType === undefined ? {} : { stateElementType: baseline.stateElementType }),
    // Left out when not given, so that the routed experts keep the model's stored format.
    ...(baseline.ffnElementType === undefined ? {} : { ffnElementType: baseline.ffnElementType }),
    ...(baseline.efficiency === undefined ? {} : { efficiency: baseline.efficiency }),
    memoryFraction: baseline.memoryFraction ?? 0.9,
  });

  const profiles = profileLayers(input);
  if (!profiles.some((profile) => profile.ffn.kind === "moe")) {
    throw new AfdError("INVALID_OPTION", `Invalid model "${input.model.id}": the co-located baseline models expert parallelism and needs MoE layers.`, {
      field: "model",
      value: input.model.id,
    });
  }

  return {
    input,
    gpus,
    profiles,
    longestProfiles: profileLongestContext(input),
    capacityBytes: input.memoryFraction * input.attentionAccelerator.hbmCapacityBytes,
    budgetUs: input.tpotMs * 1000,
  };
}

/** Finds the largest batch per GPU that meets the TPOT target and fits memory at `rates`, and what stops one more. */
function searchBatch(setup: BaselineSetup, rates: PlanRates): BatchSearch {
  const { input, gpus, capacityBytes, budgetUs } = setup;
  const model = new BaselineModel(input, gpus, rates, setup.profiles);

  // Each GPU keeps whole sequences, so one at the longest context must fit beside the weights.
  const longestBytes = new BaselineModel(input, gpus, rates, setup.longestProfiles).gpuBytes(1, input);
  const longestFits = longestBytes <= capacityBytes;

  const fits = (batch: number) => model.tpotUs(batch) <= budgetUs && model.gpuBytes(batch, input) <= capacityBytes;
  let batch = 0;
  if (longestFits && fits(1)) {
    let high = 2;
    while (high <= MAX_BATCH_PER_GPU && fits(high)) high *= 2;
    let low = high / 2;
    high = Math.min(high, MAX_BATCH_PER_GPU + 1);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle;
    }
    batch = low;
  }

  return { model, batch, binding: bindingOf(model, batch, fits, longestFits, setup), longestFits, longestBytes };
}

/** Names what stops one more sequence per GPU after `batch`. */
function bindingOf(model: BaselineModel, batch: number, fits: (batch: number) => boolean, longestFits: boolean, setup: BaselineSetup): BaselineBinding {
  const next = batch + 1;
  if (batch > 0 && fits(next)) return "search-limit";
  if (!longestFits || model.gpuBytes(next, setup.input) > setup.capacityBytes) return "hbm-capacity";
  if (batch === 0 && model.tpotUs(0) > setup.budgetUs) return "tpot-target";
  return model.moeAllToAllUs(next / 2) >= model.moeComputeUs(next / 2) ? "all-to-all" : "attention-and-experts";
}

/**
 * Picks the figure to compare with: the caller's, else the published one of this setup. Null
 * turns the comparison off.
 */
function resolveReference(baseline: ColocatedBaselineInput, setup: ColocatedSetup): { reference: number | null; referenceBatch: number | undefined } {
  const callerReference = baseline.referenceTokensPerSecondPerGpu;
  if (callerReference !== undefined && callerReference !== null && !(typeof callerReference === "number" && Number.isFinite(callerReference) && callerReference >= MIN_REFERENCE)) {
    throw new AfdError("INVALID_OPTION", `Invalid referenceTokensPerSecondPerGpu ${describeValue(callerReference)}: expected a number of at least ${MIN_REFERENCE} tokens/s per GPU, or null for no comparison.`, {
      field: "referenceTokensPerSecondPerGpu",
      value: callerReference,
    });
  }

  const callerBatch = baseline.referenceBatchPerGpu;
  if (callerBatch !== undefined && callerBatch !== null && !(Number.isSafeInteger(callerBatch) && callerBatch > 0)) {
    throw new AfdError("INVALID_OPTION", `Invalid referenceBatchPerGpu ${describeValue(callerBatch)}: expected a positive integer number of sequences, or null.`, {
      field: "referenceBatchPerGpu",
      value: callerBatch,
    });
  }

  const published = callerReference === undefined ? publishedColocatedReference(setup) : null;
  const reference = callerReference ?? published?.tokensPerSecondPerGpu ?? null;
  const batch = baseline.referenceBatchPerGpu === undefined ? published?.batchPerGpu : (baseline.referenceBatchPerGpu ?? undefined);
  return { reference, referenceBatch: batch };
}

/** Evaluates the model at the batch per GPU the reference was measured at. */
function atReferenceBatch(model: BaselineModel, batchPerGpu: number, reference: number, setup: BaselineSetup): ReferenceOperatingPoint {
  const { input } = setup;
  const predictedTpotMs = model.tpotUs(batchPerGpu) / 1000;
  const tokensPerSecondPerGpu = batchPerGpu / (predictedTpotMs / 1000);
  const referenceTpotMs = (batchPerGpu / reference) * 1000;
  return {
    batchPerGpu,
    referenceTpotMs,
    predictedTpotMs,
    tokensPerSecondPerGpu,
    gapToReference: (tokensPerSecondPerGpu - reference) / reference,
    fitsMemory: model.gpuBytes(batchPerGpu, input) <= setup.capacityBytes,
    referenceMicroBatchLayerUs: (referenceTpotMs * 1000) / (2 * input.model.layers.length),
    attentionAndExpertsUs: model.moeComputeUs(batchPerGpu / 2),
    allToAllUs: model.moeAllToAllUs(batchPerGpu / 2),
  };
}

/** Re-plans the batch at another NIC fraction, everything else unchanged. */
function atNicEfficiency(setup: BaselineSetup, nicEfficiency: number): { batch: number; tokensPerSecondPerGpu: number; binding: BaselineBinding } {
  const input = { ...setup.input, efficiency: { ...setup.input.efficiency, nicEfficiency } };
  const { batch, binding } = searchBatch(setup, planRates(input));
  return { batch, tokensPerSecondPerGpu: batch / (input.tpotMs / 1000), binding };
}

/** Re-plans the baseline at StepMesh's and at DeepEP's measured NIC rates. */
function publishedNicRates(setup: BaselineSetup, reference: number): PublishedNicRate[] {
  const rates = [
    { source: "stepmesh", nicEfficiency: STEPMESH_NIC_EFFICIENCY },
    { source: "deepep-ep128-decode", nicEfficiency: DEEPEP_EP128_DECODE_NIC_EFFICIENCY },
  ] as const;

  return rates.map(({ source, nicEfficiency }) => {
    const plan = atNicEfficiency(setup, nicEfficiency);
    return {
      source,
      nicEfficiency,
      batchPerGpu: plan.batch,
      tokensPerSecondPerGpu: plan.tokensPerSecondPerGpu,
      binding: plan.binding,
      gapToReference: (plan.tokensPerSecondPerGpu - reference) / reference,
    };
  });
}

/** Bisects the NIC fraction at which the baseline first reaches `reference` tokens/s per GPU. */
function impliedNicEfficiency(setup: BaselineSetup, reference: number): number | null {
  const throughput = (nicEfficiency: number) => atNicEfficiency(setup, nicEfficiency).tokensPerSecondPerGpu;
  if (throughput(1) < reference) return null;

  let low = 0.001;
  let high = 1;
  // 17 halvings of (0, 1] pin the fraction to 8e-6, finer than the three decimals it is read at.
  for (let step = 0; step < 17; step += 1) {
    const middle = (low + high) / 2;
    if (throughput(middle) >= reference) high = middle;
    else low = middle;
  }
  return high;
}

/** The per-layer timing of the co-located baseline. */
class BaselineModel {
  private readonly model: ModelDescriptor;
  private readonly bytesPerWeight: number;
  private readonly routedBytesPerWeight: number;

  constructor(
    input: ResolvedAfdInput,
    private readonly gpus: number,
    private readonly rates: PlanRates,
    private readonly profiles: readonly LayerProfile[],
  ) {
    this.model = input.model;
    this.bytesPerWeight = bytesPerElement(input.ffnElementType);
    this.routedBytesPerWeight = bytesPerWeight(input.routedExpertWeightFormat);
  }

  expertsPerGpuLabel(): string {
    const moe = this.profiles.find((profile) => profile.ffn.kind === "moe")?.ffn;
    if (moe === undefined || moe.kind !== "moe") return "0";

    const total = moe.numRoutedExperts ?? moe.numActiveExperts;
    const perGpu = total / this.gpus;
    if (perGpu === 1) return "one routed expert per GPU";
    if (perGpu > 1) return Number.isInteger(perGpu) ? `${perGpu} routed experts per GPU` : `${perGpu.toFixed(2)} routed experts per GPU on average`;
    return `one routed expert per GPU, each of the ${total} experts replicated on ${(this.gpus / total).toFixed(2)} GPUs on average`;
  }

  tpotUs(batch: number): number {
    const half = batch / 2;
    return this.profiles.reduce(
      (sum, profile) => sum + 2 * Math.max(this.attentionUs(profile, half) + this.ffnUs(profile, half), this.allToAllUs(profile, half)),
      0,
    );
  }

  /** Attention plus local experts of the first MoE layer for a micro-batch of `tokens`. */
  moeComputeUs(tokens: number): number {
    const profile = this.firstMoe();
    return profile === undefined ? 0 : this.attentionUs(profile, tokens) + this.ffnUs(profile, tokens);
  }

  moeAllToAllUs(tokens: number): number {
    const profile = this.firstMoe();
    return profile === undefined ? 0 : this.allToAllUs(profile, tokens);
  }

  gpuBytes(batch: number, input: ResolvedAfdInput): number {
    let bytes = embeddingAndLmHeadBytes(input);
    for (const profile of this.profiles) {
      bytes += profile.attentionWeightBytes + batch * profile.kvResidentBytes;
      const ffn = profile.ffn;
      if (ffn.kind === "dense") {
        bytes += profile.ffnWeightBytes;
        continue;
      }
      const expertBytes = 3 * this.model.hiddenSize * ffn.expertIntermediateSize * this.routedBytesPerWeight;
      const sharedBytes = 3 * this.model.hiddenSize * ffn.sharedIntermediateSize * this.bytesPerWeight * ffn.numSharedExperts;
      bytes += sharedBytes + this.localExperts(ffn.numRoutedExperts ?? ffn.numActiveExperts) * expertBytes;
    }
    return bytes;
  }

  private firstMoe(): LayerProfile | undefined {
    return this.profiles.find((profile) => profile.ffn.kind === "moe");
  }

  private localExperts(totalExperts: number): number {
    return Math.max(1, totalExperts / this.gpus);
  }

  private attentionUs(profile: LayerProfile, tokens: number): number {
    const compute =
      (tokens * profile.attentionFlops * US) / this.rates.attentionFlopsPerSecond +
      (tokens * profile.linearFlops * US) / this.rates.projectionFlopsPerSecond;
    const memory = ((tokens * profile.kvBytesRead + profile.attentionWeightBytes) * US) / this.rates.attentionBytesPerSecond;
    return Math.max(compute, memory);
  }

  private ffnUs(profile: LayerProfile, tokens: number): number {
    const ffn = profile.ffn;
    const hidden = this.model.hiddenSize;
    if (ffn.kind === "dense") {
      return Math.max((tokens * profile.ffnFlops * US) / this.rates.ffnFlopsPerSecond, (profile.ffnWeightBytes * US) / this.rates.ffnBytesPerSecond);
    }

    // Under uniform routing the cluster's N·tokens·top_k token-expert pairs spread evenly over
    // the N GPUs (replicated experts share their tokens), so each GPU runs tokens·top_k of them,
    // plus the shared experts on its own tokens.
    const total = ffn.numRoutedExperts ?? ffn.numActiveExperts;
    const local = this.localExperts(total);
    const routedTokens = tokens * ffn.numActiveExperts;
    const expertFlopsPerToken = 2 * 3 * hidden * ffn.expertIntermediateSize;
    const sharedFlops = tokens * ffn.numSharedExperts * 2 * 3 * hidden * ffn.sharedIntermediateSize;
    const compute = ((routedTokens * expertFlopsPerToken + sharedFlops) * US) / this.rates.ffnFlopsPerSecond;

    // A local expert is read when any of the cluster's micro-batch tokens picks it.
    const touched = local * (1 - Math.pow(1 - ffn.numActiveExperts / total, tokens * this.gpus));
    const expertBytes = 3 * hidden * ffn.expertIntermediateSize * this.routedBytesPerWeight;
    const sharedBytes = 3 * hidden * ffn.sharedIntermediateSize * this.bytesPerWeight * ffn.numSharedExperts;
    const read = ((touched * expertBytes + sharedBytes) * US) / this.rates.ffnBytesPerSecond;
    return Math.max(compute, read);
  }

  private allToAllUs(profile: LayerProfile, tokens: number): number {
    const ffn = profile.ffn;
    if (ffn.kind === "dense") return 0;
    const bytes = tokens * 3 * ffn.numActiveExperts * this.model.hiddenSize;
    return (bytes * US) / this.rates.attentionNicBytesPerSecond;
  }
}
