// AFD pipeline: stage times and the micro-batch timeline of the best plan
import { planAfd } from "@modelsys/afd";
import { getAccelerator, getModel } from "@modelsys/catalog";

const result = planAfd({
  model: getModel("step-3"),
  attentionAccelerator: getAccelerator("h800"),
  ffnAccelerator: getAccelerator("h800"),
  tpotMs: 50,
  context: 4096,
});
const best = result.plans[0]!;
print(
  `${best.attentionInstances}A${best.ffnInstances}F on ${best.gpus} GPUs: ${best.totalBatchTokens} tokens in flight, ` +
    `${Math.round(best.tokensPerSecondPerGpu)} tokens/s per GPU, bound by ${best.binding}`,
);

// Three micro-batches flow through attention → communication → FFN, layer after layer.
const moe = best.layerStages.find((group) => group.layers.includes(30))!.times;
const stages = [
  { name: "attention", us: moe.attentionUs, colour: "#3451b2" },
  { name: "A→F + F→A", us: moe.commUs, colour: "#f0a020" },
  { name: "FFN", us: moe.ffnUs, colour: "#7ec699" },
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
