// Decode cost per model and accelerator (Step-3 report cost model)
import { getAccelerator, getModel } from "@modelsys/catalog";
import { acceleratorTokenCost, afdTokenCost, modelDecodeCost } from "@modelsys/roofline";

const models = ["step-3", "deepseek-v3", "qwen3-235b-a22b", "llama-4-maverick", "minimax-m1"];
const hardware = ["h800", "h20", "a800", "ascend-910b"];
const contextTokens = 8192;

const rows = models.map((id) => {
  const cost = modelDecodeCost(getModel(id), { contextTokens });
  const perAccelerator = hardware.map((accelerator) => acceleratorTokenCost(cost, getAccelerator(accelerator)));
  // afdTokenCost returns null when none of the accelerators has a price.
  const afd = afdTokenCost(perAccelerator);
  return { id, cost, perAccelerator, afd };
});

chart({
  type: "bar",
  title: `USD per 1M decoded tokens at ${contextTokens} tokens of context`,
  labels: models,
  series: [
    ...hardware.map((accelerator, index) => ({
      name: accelerator,
      // An accelerator without a price has no cost: null leaves a gap in the chart.
      values: rows.map((row) => row.perAccelerator[index]!.colocatedUsdPerMillionTokens),
    })),
    { name: "AFD (best split)", values: rows.map((row) => row.afd?.usdPerMillionTokens ?? null) },
  ],
  yLabel: "USD per 1M tokens",
});

table(
  rows.map(({ id, cost, afd }) => ({
    model: id,
    kvMB: cost.kvBytes / 1e6,
    attentionGFLOP: cost.attentionFlops / 1e9,
    flopPerByte: cost.arithmeticIntensity,
    afd: afd === null ? "no priced accelerator" : `${afd.usdPerMillionTokens.toFixed(4)} (${afd.attentionAcceleratorId} + ${afd.ffnAcceleratorId})`,
  })),
);
