import {
  DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU,
  planAfd,
  planColocatedBaseline,
  type AfdPlan,
  type AfdPlanInput,
  type AfdPlanResult,
  type ColocatedBaseline,
} from "@modelsys/afd";
import type { ElementType } from "@modelsys/attention";
import { getAccelerator, withPrice, type AcceleratorDescriptor } from "@modelsys/catalog";

import type { CliIo } from "../io.js";
import { resolveModel } from "../resolve-model.js";
import { formatNumber, formatTable, type Align } from "../table.js";

/** Parsed options of `planner afd`. */
export interface AfdCommandOptions {
  model: string;
  attentionHardware: string;
  ffnHardware: string;
  prices: Map<string, number>;
  tpotMs: number;
  contextTokens: number;
  attentionElementType: ElementType;
  ffnElementType: ElementType;
  stages: 3 | 4;
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
  const { model } = resolveModel(options.model, io);
  const attention = priced(getAccelerator(options.attentionHardware), options.prices);
  const ffn = priced(getAccelerator(options.ffnHardware), options.prices);
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
    context: options.contextTokens,
    attentionElementType: options.attentionElementType,
    ffnElementType: options.ffnElementType,
    stages: options.stages,
    efficiency,
    commOverlap: options.commOverlap,
    maxAttentionInstances: options.maxInstances,
    maxFfnInstances: options.maxInstances,
    measuredTpotMs: options.measuredTpotMs,
  });
  const baseline = model.layers.some((layer) => layer.ffn.kind === "moe")
    ? planColocatedBaseline({
        model,
        accelerator: attention,
        tpotMs: options.tpotMs,
        context: options.contextTokens,
        attentionElementType: options.attentionElementType,
        efficiency,
        referenceTokensPerSecondPerGpu:
          model.id === "deepseek-v3" && attention.id === "h800" ? DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU : undefined,
      })
    : null;

  if (options.json) {
    io.stdout(`${JSON.stringify({ ...result, plans: result.plans.slice(0, options.top), colocatedBaseline: baseline }, null, 2)}\n`);
    return;
  }
  io.stdout(`${afdText(result, baseline, options)}\n`);
}

function priced(accelerator: AcceleratorDescriptor, prices: Map<string, number>): AcceleratorDescriptor {
  const price = prices.get(accelerator.id);
  return price === undefined ? accelerator : withPrice(accelerator, price);
}

function afdText(result: AfdPlanResult, baseline: ColocatedBaseline | null, options: AfdCommandOptions): string {
  const lines = [
    `AFD plans for ${result.modelId}: attention on ${result.attentionAcceleratorId}, FFN on ${result.ffnAcceleratorId}, TPOT ${formatNumber(result.tpotMs, 1)} ms, context ${formatNumber(result.averageContextTokens)} tokens, ${result.attentionElementType.toUpperCase()} attention, ${result.stages} stages`,
    `Achievable fractions: FLOP/s ${result.efficiency.flopEfficiency}, HBM ${result.efficiency.hbmEfficiency}, NIC ${result.efficiency.nicEfficiency.toFixed(3)}`,
    "",
  ];

  if (result.plans.length === 0) {
    lines.push("No layout meets the target. Rejected layouts:", ...result.infeasible.map((layout) => `  ${layout.attentionInstances}A${layout.ffnInstances}F: ${layout.binding}`));
  } else {
    lines.push(plansTable(result.plans.slice(0, options.top)));
  }

  const sparsity = result.sparsity;
  lines.push(
    "",
    `MoE sparsity ${sparsity.sparsity.toFixed(4)}; minimum the ${result.ffnAcceleratorId} network sustains ${sparsity.minimumSparsity.toFixed(4)} (${sparsity.sparsity >= sparsity.minimumSparsity ? "network off the critical path" : "sparser than the network sustains"}); dense batch for full MFU ${formatNumber(sparsity.denseBatch, 1)}, MoE batch ${formatNumber(sparsity.moeBatch)} tokens.`,
  );
  if (baseline !== null) lines.push(...baselineLines(baseline));
  const best = result.plans[0];
  if (options.explain && best !== undefined) lines.push("", ...explainLines(best, result));
  return lines.join("\n");
}

function plansTable(plans: readonly AfdPlan[]): string {
  const header = ["rank", "layout", "GPUs", "FFN split", "m_a", "micro-batch", "batch", "tokens/s/GPU", "TPOT ms", "USD/1M tok", "binding"];
  const rows = plans.map((plan, index) => [
    String(index + 1),
    `${plan.attentionInstances}A${plan.ffnInstances}F`,
    String(plan.gpus),
    plan.ffnParallelism,
    formatNumber(plan.tokensPerAttentionGpu),
    formatNumber(plan.microBatchTokens),
    formatNumber(plan.totalBatchTokens),
    formatNumber(plan.tokensPerSecondPerGpu),
    formatNumber(plan.predictedTpotMs, 2),
    plan.usdPerMillionTokens === null ? "no price" : plan.usdPerMillionTokens.toFixed(4),
    plan.binding,
  ]);
  const align: Align[] = ["right", "left", "right", "left", "right", "right", "right", "right", "right", "right", "left"];
  return formatTable(header, rows, align);
}

function baselineLines(baseline: ColocatedBaseline): string[] {
  const lines = [
    "",
    `Co-located baseline (expert parallelism, no AFD) on ${baseline.gpus} ${baseline.acceleratorId}: ${formatNumber(baseline.batchPerGpu)} sequences per GPU, ${formatNumber(baseline.tokensPerSecondPerGpu)} tokens/s per GPU, bound by ${baseline.binding}.`,
  ];
  if (baseline.referenceTokensPerSecondPerGpu !== null && baseline.gapToReference !== null) {
    lines.push(
      `  Published: ${formatNumber(baseline.referenceTokensPerSecondPerGpu)} tokens/s per GPU; this planning model is ${(baseline.gapToReference * 100).toFixed(1)} % from it.`,
    );
    if (baseline.impliedNicEfficiency !== null && baseline.binding === "all-to-all") {
      lines.push(
        `  The all-to-all binds: the published figure implies an effective NIC fraction of ${baseline.impliedNicEfficiency.toFixed(3)}, where this model uses ${baseline.efficiency.nicEfficiency.toFixed(3)}.`,
      );
    }
  }
  lines.push(...baseline.assumptions.map((assumption) => `  Assumes ${assumption}.`));
  return lines;
}

function explainLines(plan: AfdPlan, result: AfdPlanResult): string[] {
  const lines = [
    `Stage budget of ${plan.attentionInstances}A${plan.ffnInstances}F: ${formatNumber(result.stageBudgetMs, 2)} ms per stage, ${formatNumber(plan.stageBudgetPerLayerUs, 1)} µs per layer; predicted TPOT ${formatNumber(plan.predictedTpotMs, 2)} ms.`,
    `Each attention GPU holds ${formatNumber(plan.attentionGpuBytes / 1e9, 1)} GB and needs ${formatNumber(plan.networkGbpsNeededPerAttentionGpu, 1)} Gbit/s of NIC bandwidth; each FFN GPU holds ${formatNumber(plan.ffnGpuBytes / 1e9, 1)} GB.`,
    "",
  ];
  const header = ["layers", "attention µs", "(compute / memory)", "A→F µs", "F→A µs", "comm µs", "FFN µs", "(compute / weights)", "slowest µs"];
  const rows = plan.layerStages.map(({ layers, times }) => [
    layerRanges(layers),
    formatNumber(times.attentionUs, 1),
    `${formatNumber(times.attentionComputeUs, 1)} / ${formatNumber(times.attentionMemoryUs, 1)}`,
    formatNumber(times.attentionToFfnUs, 1),
    formatNumber(times.ffnToAttentionUs, 1),
    formatNumber(times.commUs, 1),
    formatNumber(times.ffnUs, 1),
    `${formatNumber(times.ffnComputeUs, 1)} / ${formatNumber(times.ffnWeightReadUs, 1)}`,
    formatNumber(times.layerUs, 1),
  ]);
  lines.push(formatTable(header, rows, ["left", "right", "right", "right", "right", "right", "right", "right", "right"]));
  return lines;
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
