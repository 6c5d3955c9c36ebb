import {
  MAX_INSTANCES,
  planAfd,
  planColocatedBaseline,
  type AfdPlan,
  type AfdPlanInput,
  type AfdPlanResult,
  type ColocatedBaseline,
  type PublishedNicRate,
  type ReferenceOperatingPoint,
} from "@modelsys/afd";
import { bytesPerElement, type ElementType } from "@modelsys/attention";
import { getAccelerator, withPrice, withServerNicBandwidth, type AcceleratorDescriptor, type ModelDescriptor } from "@modelsys/catalog";

import type { CliIo } from "../io.js";
import type { NicBandwidths, WeightedContext } from "../parse-options.js";
import { resolveModel } from "../resolve-model.js";
import { JobFailedError, UsageError } from "../usage-error.js";
import { formatNumber, formatTable, type Align } from "../table.js";
import { suppliedPricesNote } from "./supplied-prices-note.js";

/** Parsed options of `planner afd`. */
export interface AfdCommandOptions {
  model: string;
  attentionHardware: string;
  ffnHardware: string;
  prices: Map<string, number>;
  tpotMs: number;
  context: WeightedContext[];
  gpusPerInstance: number | undefined;
  nicBandwidths: NicBandwidths;
  /** Undefined: FP8 attention math with the KV cache in the model family's types. */
  attentionElementType: ElementType | undefined;
  kvElementType: ElementType | undefined;
  /** Undefined: each linear-attention layer keeps its family's state type. */
  stateElementType: ElementType | undefined;
  /** FFN element type, or undefined for FP8 with the routed experts in the model's stored format. */
  ffnElementType: ElementType | undefined;
  stages: 3 | 4;
  /** Undefined: the library's 0.9 of HBM, in the plans and the baseline. */
  memoryFraction: number | undefined;
  /** Undefined: the baseline's 128 GPUs. */
  baselineGpus: number | undefined;
  flopEfficiency: number | undefined;
  hbmEfficiency: number | undefined;
  nicEfficiency: number | undefined;
  commOverlap: "sum" | "duplex";
  maxInstances: number;
  measuredTpotMs: number | undefined;
  top: number;
  json: boolean;
  explain: boolean;
}

/** Runs `planner afd`: ranked AFD plans, the co-located baseline, and with `--explain` the stage budget. */
export function runAfd(options: AfdCommandOptions, io: CliIo): void {
  const { model, importNotes } = resolveModel(options.model, io);
  if (options.stateElementType !== undefined && !hasLinearAttention(model)) {
    throw new UsageError(`Invalid --state-dtype for ${model.id}: it has no linear-attention layers, so there is no state to store. Drop --state-dtype, or use --kv-dtype for its KV cache.`);
  }
  const hasMoe = model.layers.some((layer) => layer.ffn.kind === "moe");
  if (options.baselineGpus !== undefined && !hasMoe) {
    throw new UsageError(`Invalid --baseline-gpus for ${model.id}: it has no MoE layers, so there is no expert-parallel baseline to size. Drop --baseline-gpus.`);
  }
  checkHardwareIds("--price", options.prices.keys(), options);
  checkHardwareIds("--nic-gbps", options.nicBandwidths.byId.keys(), options);
  const attention = withOverrides(getAccelerator(options.attentionHardware), options);
  const ffn = withOverrides(getAccelerator(options.ffnHardware), options);
  const serverCards = Math.min(attention.cardsPerServer, ffn.cardsPerServer);
  if (options.gpusPerInstance !== undefined && options.gpusPerInstance > serverCards) {
    throw new UsageError(
      `Invalid --gpus-per-instance ${options.gpusPerInstance}: an instance spans at most one server, ${serverCards} cards here. Use ${serverCards} or fewer.`,
    );
  }
  const efficiency: AfdPlanInput["efficiency"] = {
    ...(options.flopEfficiency === undefined ? {} : { flopEfficiency: options.flopEfficiency }),
    ...(options.hbmEfficiency === undefined ? {} : { hbmEfficiency: options.hbmEfficiency }),
    ...(options.nicEfficiency === undefined ? {} : { nicEfficiency: options.nicEfficiency }),
  };

  const result = planAfd({
    model,
    attentionAccelerator: attention,
    ffnAccelerator: ffn,
    tpotMs: options.tpotMs,
    context: options.context,
    ...(options.gpusPerInstance === undefined ? {} : { gpusPerInstance: options.gpusPerInstance }),
    ...(options.attentionElementType === undefined ? {} : { attentionElementType: options.attentionElementType }),
    ...(options.kvElementType === undefined ? {} : { kvElementType: options.kvElementType }),
    ...(options.stateElementType === undefined ? {} : { stateElementType: options.stateElementType }),
    ...(options.ffnElementType === undefined ? {} : { ffnElementType: options.ffnElementType }),
    stages: options.stages,
    efficiency,
    ...(options.memoryFraction === undefined ? {} : { memoryFraction: options.memoryFraction }),
    commOverlap: options.commOverlap,
    maxAttentionInstances: options.maxInstances,
    maxFfnInstances: options.maxInstances,
    measuredTpotMs: options.measuredTpotMs,
  });
  const baseline = hasMoe
    ? planColocatedBaseline({
        model,
        accelerator: attention,
        tpotMs: options.tpotMs,
        context: options.context,
        ...(options.attentionElementType === undefined ? {} : { attentionElementType: options.attentionElementType }),
        ...(options.kvElementType === undefined ? {} : { kvElementType: options.kvElementType }),
        ...(options.stateElementType === undefined ? {} : { stateElementType: options.stateElementType }),
        ...(options.ffnElementType === undefined ? {} : { ffnElementType: options.ffnElementType }),
        efficiency,
        ...(options.memoryFraction === undefined ? {} : { memoryFraction: options.memoryFraction }),
        ...(options.baselineGpus === undefined ? {} : { gpus: options.baselineGpus }),
      })
    : null;

  if (options.json) {
    io.stdout(`${JSON.stringify({ ...result, plans: result.plans.slice(0, options.top), colocatedBaseline: baseline, importNotes }, null, 2)}\n`);
  } else {
    io.stdout(`${afdText(result, baseline, options, importNotes, model)}\n`);
  }
  if (result.plans.length === 0) throw new JobFailedError(infeasibleMessage(result, options, model));
}

/** The stages that do not shrink with more instances: each attention GPU runs its own batch. */
const ATTENTION_BINDINGS = new Set(["attention-memory-bandwidth", "attention-compute", "attention-hbm-capacity"]);

/** The bindings that name a stage of the per-layer table, rather than a capacity or the search. */
const STAGE_BINDINGS = new Set(["attention-memory-bandwidth", "attention-compute", "network", "ffn-compute", "ffn-weight-read"]);

/** Explains why no layout fits, with the fix that can work. */
function infeasibleMessage(result: AfdPlanResult, options: AfdCommandOptions, model: ModelDescriptor): string {
  const head = `No layout of up to ${options.maxInstances} attention and FFN instances meets the ${formatMs(options.tpotMs)} ms TPOT target.`;
  const attentionBound = result.infeasible.filter((layout) => ATTENTION_BINDINGS.has(layout.binding));
  if (attentionBound.length > 0 && attentionBound.every((layout) => layout.binding === "attention-hbm-capacity")) {
    if (result.attentionWeightBytesPerGpu > result.attentionCapacityBytes) {
      return `${head} The attention weights alone take ${formatNumber(result.attentionWeightBytesPerGpu / 1e9, 1)} GB per attention GPU, beyond its usable ${formatNumber(result.attentionCapacityBytes / 1e9, 1)} GB: use attention hardware with more HBM${memoryFractionFix(options, "or")}.`;
    }
    const longest = Math.max(...result.contextDistribution.map((sample) => sample.tokens));
    const cause = result.contextDistribution.length > 1 ? `The KV cache of one ${formatNumber(longest)}-token sequence, the longest context,` : "The KV cache of the sequences in flight, even at one sequence per attention GPU in each micro-batch,";
    const fp8KvHint = wideKvCache(model, options) ? ", store the KV cache in FP8 with --kv-dtype fp8" : "";
    return `${head} ${cause} does not fit an attention GPU's HBM beside the weights: shorten --context${fp8KvHint}${memoryFractionFix(options, "")}, or use attention hardware with more HBM.`;
  }
  // A rejected layout names the stage that contributes most time, which can be the FFN's at few FFN
  // instances even when attention alone already exceeds the target at every layout.
  if (result.attentionOnlyTpotMs > options.tpotMs) {
    return `${head} Attention alone takes ${formatMs(result.attentionOnlyTpotMs)} ms per token on ${result.attentionAcceleratorId} even at one token per GPU in each micro-batch, and more instances do not shorten it: relax --tpot-ms or use faster attention hardware.`;
  }
  const every = (binding: string) => result.infeasible.length > 0 && result.infeasible.every((layout) => layout.binding === binding);
  if (every("network")) {
    return `${head} The network binds every layout, even at one token per GPU: raise --nic-gbps or --nic-efficiency, or relax --tpot-ms.`;
  }
  if (every("ffn-hbm-capacity")) {
    return `${head} The FFN weights do not fit the FFN GPUs' HBM: raise --max-instances${memoryFractionFix(options, "")}, or use FFN hardware with more HBM.`;
  }
  return `${head} Relax --tpot-ms, raise --max-instances, or see the rejected layouts' binding constraints.`;
}

/**
 * Suggests a larger `--memory-fraction` when the command line set one below 1, as a list item
 * joined by `conjunction` ("or" before the last item, "" before a middle one), else "".
 */
function memoryFractionFix(options: AfdCommandOptions, conjunction: "or" | ""): string {
  if (options.memoryFraction === undefined || options.memoryFraction >= 1) return "";
  return `, ${conjunction === "or" ? "or " : ""}raise --memory-fraction (now ${options.memoryFraction})`;
}

/** Returns whether a layer with a per-token KV cache stores it in more than one byte per element, which `--kv-dtype fp8` shrinks. */
function wideKvCache(model: ModelDescriptor, options: AfdCommandOptions): boolean {
  return model.layers.some((layer) => {
    if (layer.attention.kind === "linear") return false;
    return bytesPerElement(options.kvElementType ?? options.attentionElementType ?? layer.cacheElementType) > 1;
  });
}

/** Formats `value` with `format` from `floor` up, and with three significant digits below it, so small values do not print as 0. */
function formatAboveFloor(value: number, floor: number, format: (value: number) => string): string {
  return value >= floor ? format(value) : String(Number(value.toPrecision(3)));
}

/** Formats a small quantity with four decimals, and with three significant digits below 0.001 so it does not print as 0. */
function formatFourDecimals(value: number): string {
  return value === 0 || value >= 0.001 ? value.toFixed(4) : value.toPrecision(3);
}

/** Formats a throughput, with three significant digits below 10. */
function formatRate(perSecond: number): string {
  return formatAboveFloor(perSecond, 10, (value) => formatNumber(value));
}

/** Formats milliseconds, with three significant digits below 1 ms. */
function formatMs(ms: number): string {
  return formatAboveFloor(ms, 1, (value) => formatNumber(value, 1));
}

/** Rejects a per-accelerator flag naming hardware that the plan does not use. */
function checkHardwareIds(flag: string, ids: Iterable<string>, options: AfdCommandOptions): void {
  for (const id of ids) {
    const lowerCase = id.trim().toLowerCase();
    if (lowerCase !== id && (lowerCase === options.attentionHardware || lowerCase === options.ffnHardware)) {
      throw new UsageError(`Invalid ${flag} for "${id}": accelerator ids are lower case. Use "${lowerCase}".`);
    }
    if (id !== options.attentionHardware && id !== options.ffnHardware) {
      throw new UsageError(
        `Invalid ${flag} for "${id}": this plan uses ${hardwareUsed(options)}. Name ${options.attentionHardware === options.ffnHardware ? "it" : "one of those"}, or drop the flag.`,
      );
    }
  }
}

/** Names the plan's accelerators, once each. */
function hardwareUsed(options: AfdCommandOptions): string {
  return options.attentionHardware === options.ffnHardware ? `only ${options.attentionHardware}` : `${options.attentionHardware} and ${options.ffnHardware}`;
}

/** Formats a count with its noun, such as "1 GPU" or "8 GPUs". */
function plural(count: number, noun: string): string {
  return `${formatNumber(count)} ${noun}${count === 1 ? "" : "s"}`;
}

/** Applies `--price` and `--nic-gbps` to one accelerator. */
function withOverrides(accelerator: AcceleratorDescriptor, options: AfdCommandOptions): AcceleratorDescriptor {
  const price = options.prices.get(accelerator.id);
  const nicGbps = options.nicBandwidths.byId.get(accelerator.id) ?? options.nicBandwidths.all;
  const priced = price === undefined ? accelerator : withPrice(accelerator, price);
  return nicGbps === undefined ? priced : withServerNicBandwidth(priced, nicGbps);
}

function afdText(
  result: AfdPlanResult,
  baseline: ColocatedBaseline | null,
  options: AfdCommandOptions,
  importNotes: readonly string[],
  model: ModelDescriptor,
): string {
  const lines = [
    `AFD plans for ${result.modelId}: attention on ${result.attentionAcceleratorId}, FFN on ${result.ffnAcceleratorId}, TPOT ${formatMs(result.tpotMs)} ms, context ${contextLabel(result)}`,
    `${elementTypesLabel(result, model)}, ${plural(result.gpusPerInstance, "GPU")} per instance, ${result.stages} stages, ${commLabel(result)}`,
    `Achievable fractions: FLOP/s ${result.efficiency.flopEfficiency}, HBM ${result.efficiency.hbmEfficiency}, NIC ${formatFraction(result.efficiency.nicEfficiency)} of ${serverNicLabel(result)} per server; HBM filled to at most ${result.memoryFraction}`,
    ...(options.prices.size > 0 ? [suppliedPricesNote(options.prices)] : []),
    ...fp8FallbackLines(result),
    ...importNotes.map((note) => `Import: ${note}`),
    ...result.notes.map((note) => `Note: ${note}.`),
    "",
  ];

  if (result.plans.length === 0) {
    lines.push("No layout meets the target. Rejected layouts by binding constraint:", ...rejectedLines(result));
  } else {
    lines.push(
      plansTable(result.plans.slice(0, options.top), result.measuredTpotMs !== null),
      "tokens/s/GPU is at the TPOT target, B / (TPOT · GPUs); the next column divides by the " +
        (result.measuredTpotMs !== null ? `measured ${formatMs(result.measuredTpotMs)} ms TPOT.` : "predicted TPOT."),
    );
  }

  const best = result.plans[0];
  if (best !== undefined && best.predictedTpotMs < 0.95 * result.tpotMs) {
    const stopper = best.binding === "search-limit" ? "the search's ceiling of 1,048,576 tokens per attention GPU" : `its binding constraint, ${best.binding},`;
    lines.push(
      `Plan 1 runs at ${formatMs(best.predictedTpotMs)} ms, below the target, because ${stopper} stops its batch: it delivers ${formatNumber(best.tokensPerSecondPerGpuAtPredictedTpot)} tokens/s per GPU.`,
      "Plans rank by the Step-3 report's figure at the target, B / (TPOT · GPUs).",
    );
  }
  // A heuristic threshold: a measurement over 20 % faster than the prediction more likely comes from another setup.
  if (best !== undefined && result.measuredTpotMs !== null && result.measuredTpotMs < 0.8 * best.predictedTpotMs) {
    lines.push(
      `The measured ${formatMs(result.measuredTpotMs)} ms TPOT is below plan 1's predicted ${formatMs(best.predictedTpotMs)} ms: check that it was measured on this layout and batch, or raise the achievable fractions to match it.`,
    );
  }
  if (best !== undefined && options.maxInstances < MAX_INSTANCES) {
    const atCeiling = [
      ...(best.attentionInstances === options.maxInstances ? ["attention"] : []),
      ...(best.ffnInstances === options.maxInstances ? ["FFN"] : []),
    ];
    if (atCeiling.length > 0) {
      lines.push(
        `Plan 1 uses the most ${atCeiling.join(" and ")} instances searched, ${options.maxInstances}: raise --max-instances (at most ${MAX_INSTANCES}) to search larger layouts.`,
      );
    }
  }
  lines.push("", ...sparsityLines(result, baseline !== null));
  if (baseline !== null) lines.push(...baselineLines(baseline, result, options));
  else lines.push("", `No co-located baseline: ${result.modelId} has no MoE layers, and the baseline models expert parallelism.`);
  if (options.explain && best !== undefined) lines.push("", ...explainLines(best, result));
  return lines.join("\n");
}

/** Groups the rejected layouts by their binding constraint, listing at most eight of each. */
function rejectedLines(result: AfdPlanResult): string[] {
  const byBinding = new Map<string, string[]>();
  for (const layout of result.infeasible) {
    const names = byBinding.get(layout.binding) ?? [];
    names.push(`${layout.attentionInstances}A${layout.ffnInstances}F`);
    byBinding.set(layout.binding, names);
  }
  return [...byBinding].map(([binding, names]) => {
    const listed = names.length <= 8 ? names.join(", ") : `${names.slice(0, 4).join(", ")} … ${names.slice(-2).join(", ")}`;
    return `  ${binding}: ${names.length} ${names.length === 1 ? "layout" : "layouts"} (${listed})`;
  });
}

/** Names how the two communication legs share time. */
function commLabel(result: AfdPlanResult): string {
  if (result.stages === 4) return "each communication leg in its own stage";
  return `communication legs ${result.commOverlap === "sum" ? "one after the other" : "full duplex"}`;
}

/** Formats an achievable fraction with three decimals, or three significant digits when smaller. */
function formatFraction(fraction: number): string {
  return formatAboveFloor(fraction, 0.001, (value) => value.toFixed(3));
}

/** Notes each side whose accelerator has no FP8 peak, so FP8 compute runs at its BF16 peak. */
function fp8FallbackLines(result: AfdPlanResult): string[] {
  const parts = [
    { id: result.attentionAcceleratorId, type: result.attentionElementType, part: "attention math" },
    { id: result.attentionAcceleratorId, type: result.projectionElementType, part: "attention projections" },
    { id: result.ffnAcceleratorId, type: result.ffnElementType, part: "FFN" },
  ].filter(({ id, type }) => type === "fp8" && getAccelerator(id).peakFlopsPerSecond.fp8 === null);

  const byCard = new Map<string, string[]>();
  for (const { id, part } of parts) byCard.set(id, [...(byCard.get(id) ?? []), part]);
  return [...byCard].map(([id, names]) => `${id} has no FP8 peak: FP8 compute (${names.join(", ")}) runs at its BF16 peak.`);
}

/** Describes the planned context: one length, or the average of a distribution and its parts. */
function contextLabel(result: AfdPlanResult): string {
  const samples = result.contextDistribution;
  if (samples.length === 1) return plural(samples[0]!.tokens, "token");

  const parts = samples.map((sample) => `${formatNumber(sample.tokens)} × ${formatNumber(sample.weight * 100, 1)} %`);
  return `${formatNumber(result.averageContextTokens)} tokens on average (${parts.join(", ")})`;
}

/**
 * Names the attention element type, the projection weights' and KV cache's where they differ from
 * it, the linear-attention state's where the model has one, and the FFN and routed-expert types.
 */
function elementTypesLabel(result: AfdPlanResult, model: ModelDescriptor): string {
  const projections =
    result.projectionElementType === result.attentionElementType ? "" : ` with ${result.projectionElementType.toUpperCase()} projection weights`;
  const attention = result.attentionElementType.toUpperCase();
  const kvTypes = result.kvElementType === null ? familyCacheTypes(model, "softmax") : [result.kvElementType];
  const kv = kvTypes.length === 1 && kvTypes[0] === result.attentionElementType ? "" : `, ${typeList(kvTypes)} KV cache`;
  const stateTypes = result.stateElementType === null ? familyCacheTypes(model, "linear") : [result.stateElementType];
  const state = hasLinearAttention(model) ? `, ${typeList(stateTypes)} linear-attention state` : "";
  const routed = result.routedExpertWeightFormat === result.ffnElementType ? "" : ` with ${result.routedExpertWeightFormat.toUpperCase()} routed experts`;
  return `${attention} attention${projections}${kv}${state}, ${result.ffnElementType.toUpperCase()} FFN${routed}`;
}

/** Formats element types for a label, such as "FP8 and BF16". */
function typeList(types: readonly string[]): string {
  return types.map((type) => type.toUpperCase()).join(" and ");
}

/** Returns whether the model has a linear-attention layer, whose state `--state-dtype` sets. */
function hasLinearAttention(model: ModelDescriptor): boolean {
  return model.layers.some((layer) => layer.attention.kind === "linear");
}

/**
 * Lists the element types the model's family stores the KV caches of its softmax-attention layers
 * in, or the states of its linear-attention layers.
 */
function familyCacheTypes(model: ModelDescriptor, kind: "softmax" | "linear"): string[] {
  const layers = model.layers.filter((layer) => (layer.attention.kind === "linear") === (kind === "linear"));
  return [...new Set(layers.map((layer) => layer.cacheElementType))];
}

function sparsityLines(result: AfdPlanResult, hasMoe: boolean): string[] {
  const { sparsity } = result;
  if (sparsity.sparsity >= 1) {
    const kind = hasMoe ? "Every expert is active for every token" : "Dense model";
    return [`${kind}: every FFN weight is read for every micro-batch; dense batch for full MFU ${formatNumber(sparsity.denseBatch, 1)} tokens.`];
  }

  const keepsUp = (minimum: number) => (sparsity.sparsity >= minimum ? "the network keeps up" : "the network binds");
  const minimumLabel = (minimum: number) =>
    minimum > 1 ? `${minimum.toPrecision(3)}, above 1 (no sparsity keeps up)` : `${formatFourDecimals(minimum)} (${keepsUp(minimum)})`;
  // The report derives its formula for 3 stages with the two legs one after the other.
  const formula = result.stages === 3 && result.commOverlap === "sum" ? "" : " (by the Step-3 report's formula, derived for 3 stages with the legs one after the other)";
  return [
    `MoE sparsity ${formatFourDecimals(sparsity.sparsity)}. Minimum sparsity the ${result.ffnAcceleratorId} FFN network sustains${formula}: ${minimumLabel(sparsity.minimumSparsity)} at the nominal NIC rate, ${minimumLabel(sparsity.minimumSparsityAtNicEfficiency)} at NIC fraction ${formatFraction(result.efficiency.nicEfficiency)}.`,
    `Dense batch for full MFU ${formatNumber(sparsity.denseBatch, 1)} tokens; MoE batch ${formatNumber(sparsity.moeBatch)} tokens, ${formatNumber(sparsity.moeBatchAtEfficiency)} at the FLOP and HBM fractions (below it the FFN stage is bound by weight reads).`,
  ];
}

function plansTable(plans: readonly AfdPlan[], measured: boolean): string {
  const header = ["rank", "layout", "GPUs", "FFN split", "m_a", "micro-batch", "batch", "tokens/s/GPU", "TPOT ms", measured ? "at measured TPOT" : "at predicted TPOT", "USD/1M tok", "binding"];
  const rows = plans.map((plan, index) => [
    String(index + 1),
    `${plan.attentionInstances}A${plan.ffnInstances}F`,
    String(plan.gpus),
    plan.ffnParallelism,
    formatNumber(plan.tokensPerAttentionGpu),
    formatNumber(plan.microBatchTokens),
    formatNumber(plan.totalBatchTokens),
    formatRate(plan.tokensPerSecondPerGpu),
    formatNumber(plan.predictedTpotMs, 2),
    formatRate(measured ? plan.tokensPerSecondPerGpuAtMeasuredTpot! : plan.tokensPerSecondPerGpuAtPredictedTpot),
    plan.usdPerMillionTokens === null ? "no price" : formatFourDecimals(plan.usdPerMillionTokens),
    plan.binding,
  ]);
  const align: Align[] = ["right", "left", "right", "left", "right", "right", "right", "right", "right", "right", "right", "left"];
  return formatTable(header, rows, align);
}

function signedPercent(fraction: number): string {
  return `${fraction >= 0 ? "+" : ""}${(fraction * 100).toFixed(1)} %`;
}

/** Names the server NIC bandwidth, once when both sides share it. */
function serverNicLabel(result: AfdPlanResult): string {
  const attention = `${formatGbps(result.attentionServerNicGbps)} Gbit/s`;
  if (result.attentionServerNicGbps === result.ffnServerNicGbps) return attention;
  return `${attention} (${result.attentionAcceleratorId}) and ${formatGbps(result.ffnServerNicGbps)} Gbit/s (${result.ffnAcceleratorId})`;
}

/** Formats a server's NIC bandwidth: whole Gbit/s as given, a fractional one to three decimals. */
function formatGbps(gbps: number): string {
  return formatNumber(gbps, Number.isInteger(gbps) ? 0 : 3);
}

/** Formats a relative gap in words, such as "18.2 % below" or "1.1 % above". */
function percentBelowOrAbove(fraction: number): string {
  return `${(Math.abs(fraction) * 100).toFixed(1)} % ${fraction < 0 ? "below" : "above"}`;
}

/** Says why not even one sequence per GPU fits the baseline, with the fix for memory. */
function zeroBatchReason(baseline: ColocatedBaseline, result: AfdPlanResult, options: AfdCommandOptions): string {
  const capacity = `${formatNumber(baseline.gpuBytes / 1e9, 1)} GB per GPU`;
  switch (baseline.binding) {
    case "hbm-capacity":
      return `no batch fits, because one sequence needs ${capacity} with the weights, beyond the usable ${formatNumber(result.attentionCapacityBytes / 1e9, 1)} GB (${result.memoryFraction} of HBM): raise --baseline-gpus to spread the experts over more GPUs${memoryFractionFix(options, "or")}`;
    case "tpot-target":
      return `no batch meets the TPOT target: one sequence per GPU takes ${formatMs(baseline.predictedTpotMs)} ms per token, and the weight reads alone exceed the target`;
    default:
      return `no batch meets the TPOT target: one sequence per GPU takes ${formatMs(baseline.predictedTpotMs)} ms per token, bound by ${baseline.binding}`;
  }
}

function baselineLines(baseline: ColocatedBaseline, result: AfdPlanResult, options: AfdCommandOptions): string[] {
  const best = result.plans[0];
  const title = `Co-located baseline (expert parallelism, no AFD) on ${formatNumber(baseline.gpus)} ${baseline.acceleratorId}`;
  if (baseline.batchPerGpu === 0) return ["", `${title}: ${zeroBatchReason(baseline, result, options)}.`];
  const lines = [
    "",
    `${title}: ${plural(baseline.batchPerGpu, "sequence")} per GPU, ${formatRate(baseline.tokensPerSecondPerGpu)} tokens/s per GPU, bound by ${baseline.binding === "search-limit" ? "the search's ceiling of 1,048,576 sequences per GPU" : baseline.binding}.`,
  ];
  if (best !== undefined && baseline.tokensPerSecondPerGpu > 0) {
    const ratio = best.tokensPerSecondPerGpu / baseline.tokensPerSecondPerGpu;
    lines.push(`  The best AFD plan's tokens/s per GPU are ${percentBelowOrAbove(ratio - 1)} it, at the same achievable fractions.`);
    if (result.ffnAcceleratorId !== baseline.acceleratorId) {
      lines.push(
        `  The baseline runs all ${baseline.gpus} GPUs on ${baseline.acceleratorId}, the attention hardware, so the gap also reflects the FFN instances' ${result.ffnAcceleratorId}.`,
      );
    } else if (ratio < 1) {
      lines.push(
        `  Read both as planning bounds: the baseline leaves out routing imbalance and the per-layer synchronisation of all ${baseline.gpus} GPUs, which weigh less on the AFD plan's ${plural(best.gpus, "GPU")}.`,
      );
    }
  }
  if (baseline.referenceTokensPerSecondPerGpu !== null && baseline.gapToReference !== null) {
    lines.push(
      `  Published: ${formatNumber(baseline.referenceTokensPerSecondPerGpu)} tokens/s per GPU. This planning model is ${percentBelowOrAbove(baseline.gapToReference)} it.`,
    );
    if (baseline.impliedNicEfficiency !== null && baseline.binding === "all-to-all") {
      lines.push(
        `  The all-to-all binds: at the ${formatMs(baseline.tpotMs)} ms target the published figure implies an effective NIC fraction of ${baseline.impliedNicEfficiency.toFixed(3)}, where this model uses ${formatFraction(baseline.efficiency.nicEfficiency)}.`,
      );
    }
    lines.push(...publishedRateLines(baseline));
    const point = baseline.atReferenceBatch;
    if (point !== null) {
      lines.push(
        `  The published figure was measured at ${formatNumber(point.batchPerGpu)} sequences per GPU, which implies a TPOT of ${formatMs(point.referenceTpotMs)} ms; at that batch this model predicts ${formatMs(point.predictedTpotMs)} ms, ${formatNumber(point.tokensPerSecondPerGpu)} tokens/s per GPU (${signedPercent(point.gapToReference)}${point.fitsMemory ? "" : ", beyond this model's memory"}).`,
        ...operatingPointLines(baseline, point),
      );
    }
  }
  lines.push(...baseline.assumptions.map((assumption) => `  Assumes ${assumption}.`));
  if (result.commOverlap === "duplex") {
    lines.push("  Its dispatch and combine legs take turns on the NIC: --comm-overlap duplex applies to the AFD plans only.");
  }
  return lines;
}

/**
 * Compares, per MoE layer and micro-batch at the reference's batch, the time the published TPOT
 * leaves with this model's compute and all-to-all, at the model's NIC fraction and at DeepEP's.
 */
function operatingPointLines(baseline: ColocatedBaseline, point: ReferenceOperatingPoint): string[] {
  const deepEp = baseline.publishedNicRates.find((rate) => rate.source === "deepep-ep128-decode");
  const atDeepEp = deepEp === undefined ? "" : ` (${formatNumber((point.allToAllUs * baseline.efficiency.nicEfficiency) / deepEp.nicEfficiency)} µs at DeepEP's rate)`;
  const lines = [
    `  Per micro-batch of ${formatNumber(point.batchPerGpu / 2)} sequences, the published TPOT leaves ${formatNumber(point.referenceMicroBatchLayerUs)} µs per layer, averaged over all ${baseline.layers} layers; in one MoE layer this model takes ${formatNumber(point.attentionAndExpertsUs)} µs for attention and experts and ${formatNumber(point.allToAllUs)} µs for the all-to-all${atDeepEp}.`,
  ];

  const available = point.referenceMicroBatchLayerUs;
  if (point.allToAllUs > available && point.attentionAndExpertsUs < available) {
    lines.push(
      `  At this batch the all-to-all alone sets this model's time, so the gap comes from its rate: ${formatNumber(point.allToAllUs)} µs against ${formatNumber(available)} µs. Attention and experts hide behind it.`,
    );
    const deepEpUs = deepEp === undefined ? undefined : (point.allToAllUs * baseline.efficiency.nicEfficiency) / deepEp.nicEfficiency;
    // github.com/deepseek-ai/profile-data README: the profiles simulate perfectly balanced MoE routing.
    if (deepEpUs !== undefined && deepEpUs < available) {
      lines.push(
        `  At DeepEP's rate the slower of the two would take ${formatNumber(Math.max(deepEpUs, point.attentionAndExpertsUs))} µs, well inside ${formatNumber(available)} µs, so there the model overshoots: it leaves out synchronisation across all ${baseline.gpus} GPUs and kernel overheads.`,
        "  DeepSeek's profile simulated balanced routing, so routing imbalance does not explain it. Nothing is tuned to the published figure.",
      );
    }
  }
  return lines;
}

const NIC_RATE_LABELS: Record<PublishedNicRate["source"], string> = {
  stepmesh: "StepMesh's NIC fraction",
  "deepep-ep128-decode": "DeepEP's EP128 decode fraction",
};

/** Formats the baseline at each published all-to-all rate, and whether the reference lies between. */
function publishedRateLines(baseline: ColocatedBaseline): string[] {
  if (baseline.publishedNicRates.length === 0) return [];

  const rates = baseline.publishedNicRates.map(
    (rate) =>
      `    ${formatNumber(rate.tokensPerSecondPerGpu)} tokens/s per GPU with ${NIC_RATE_LABELS[rate.source]} ${rate.nicEfficiency.toFixed(3)} (${signedPercent(rate.gapToReference)}, bound by ${rate.binding})`,
  );
  const gaps = baseline.publishedNicRates.map((rate) => rate.gapToReference);
  const between = Math.min(...gaps) < 0 && Math.max(...gaps) > 0;
  return ["  At published all-to-all rates the model gives:", ...rates, ...(between ? ["  The published figure lies between them."] : [])];
}

function explainLines(plan: AfdPlan, result: AfdPlanResult): string[] {
  const lines = [
    `Stage budget of ${plan.attentionInstances}A${plan.ffnInstances}F: ${formatNumber(result.stageBudgetMs, 2)} ms per stage, ${formatNumber(plan.stageBudgetPerLayerUs, 1)} µs per layer; predicted TPOT ${formatNumber(plan.predictedTpotMs, 2)} ms.`,
    `Each attention GPU holds ${formatNumber(plan.attentionGpuBytes / 1e9, 1)} GB and needs ${formatNumber(plan.networkGbpsNeededPerAttentionGpu, 1)} Gbit/s of achieved NIC bandwidth; each FFN GPU holds ${formatNumber(plan.ffnGpuBytes / 1e9, 1)} GB and needs ${formatNumber(plan.networkGbpsNeededPerFfnGpu, 1)} Gbit/s.`,
    "",
  ];
  const header = ["layers", "attention µs", "(compute / memory)", "A→F µs", "F→A µs", "comm µs", "FFN µs", "(compute / weights)", "slowest µs"];
  const rows = plan.layerStages.map(({ layers, times }) => [
    layerRanges(layers),
    formatNumber(times.attentionUs, 1),
    `${formatNumber(times.attentionComputeUs, 1)} / ${formatNumber(times.attentionMemoryUs, 1)}`,
    formatNumber(times.attentionToFfnUs, 1),
    formatNumber(times.ffnToAttentionUs, 1),
    result.stages === 4 ? "—" : formatNumber(times.commUs, 1),
    formatNumber(times.ffnUs, 1),
    `${formatNumber(times.ffnComputeUs, 1)} / ${formatNumber(times.ffnWeightReadUs, 1)}`,
    formatNumber(times.layerUs, 1),
  ]);
  lines.push(formatTable(header, rows, ["left", "right", "right", "right", "right", "right", "right", "right", "right"]));
  const slowest = slowestStageNote(plan);
  if (slowest !== null) lines.push(slowest);
  return lines;
}

/** Returns a note on a binding constraint that differs from the `--explain` table's slowest stage, or null when they agree. */
function slowestStageNote(plan: AfdPlan): string | null {
  const slowest = plan.slowestStage;
  if (slowest === plan.binding || !STAGE_BINDINGS.has(plan.binding)) return null;

  const next = plan.tokensPerAttentionGpu + 1;
  return `At m_a = ${formatNumber(plan.tokensPerAttentionGpu)} the table's slowest stage is ${slowest}, but the binding constraint is ${plan.binding}: it takes the most time at m_a = ${formatNumber(next)}, where the plan misses the TPOT target.`;
}

/** Formats sorted layer indices as ranges, such as `0-3, 60`. */
function layerRanges(layers: readonly number[]): string {
  const ranges: string[] = [];
  let start = layers[0]!;
  let previous = start;
  for (const layer of [...layers.slice(1), Number.NaN]) {
    if (layer === previous + 1) {
      previous = layer;
      continue;
    }
    ranges.push(start === previous ? String(start) : `${start}-${previous}`);
    start = layer;
    previous = layer;
  }
  return ranges.join(", ");
}
