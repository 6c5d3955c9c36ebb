// AFD pipeline: stage times and the micro-batch timeline of the best plan
import { planAfd, type AfdPlan, type AfdPlanResult } from "@modelsys/afd";
import { getAccelerator, getModel } from "@modelsys/catalog";

const result = planAfd({
  model: getModel("step-3"),
  attentionAccelerator: getAccelerator("h800"),
  ffnAccelerator: getAccelerator("h800"),
  tpotMs: 50,
  context: 4096,
});
const best = result.plans[0];
if (best === undefined) showInfeasible(result);
else showPlan(best);

// With no plan, `infeasible` names the binding constraint of each rejected layout.
function showInfeasible(result: AfdPlanResult) {
  print(
    `No layout meets the ${result.tpotMs} ms TPOT target. Attention alone takes ` +
      `${result.attentionOnlyTpotMs.toFixed(1)} ms per token at one token per GPU.`,
  );
  const layouts = new Map<string, string[]>();
  for (const layout of result.infeasible) {
    const names = layouts.get(layout.binding) ?? [];
    names.push(`${layout.attentionInstances}A${layout.ffnInstances}F`);
    layouts.set(layout.binding, names);
  }
  table([...layouts].map(([binding, names]) => ({ binding, layouts: names.length, first: names.slice(0, 4).join(", ") })));
}

function showPlan(best: AfdPlan) {
  print(
    `${best.attentionInstances}A${best.ffnInstances}F on ${best.gpus} GPUs: ${best.totalBatchTokens} tokens in flight, ` +
      `${Math.round(best.tokensPerSecondPerGpu)} tokens/s per GPU, bound by ${best.binding}`,
  );

  // Three micro-batches flow through attention → communication → FFN, layer after layer. The
  // largest group of layers with equal stage times is drawn: Step-3's 56 MoE layers.
  const largest = best.layerStages.reduce((group, next) => (next.layers.length > group.layers.length ? next : group));
  const stages = [
    { name: "attention", us: largest.times.attentionUs, colour: "#3451b2" },
    { name: "A→F + F→A", us: largest.times.commUs, colour: "#f0a020" },
    { name: "FFN", us: largest.times.ffnUs, colour: "#7ec699" },
  ];
  const slot = best.stageBudgetPerLayerUs;
  const scale = 0.6;
  const bars: string[] = [];
  for (let microBatch = 0; microBatch < 3; microBatch += 1) {
    for (let step = 0; step < 6; step += 1) {
      const stage = stages[(step - microBatch + 3 * 10) % 3]!;
      if (step < microBatch) continue;
      const x = 60 + step * slot * scale;
      bars.push(`<rect x="${x}" y="${10 + microBatch * 22}" width="${stage.us * scale}" height="16" fill="${stage.colour}"/>`);
    }
    bars.push(`<text x="0" y="${22 + microBatch * 22}" font-size="10">batch ${microBatch + 1}</text>`);
  }
  svg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${60 + 6 * slot * scale} 80">${bars.join("")}</svg>`);
  table(stages.map((stage) => ({ stage: stage.name, perLayerUs: stage.us, budgetUs: slot })));
}
