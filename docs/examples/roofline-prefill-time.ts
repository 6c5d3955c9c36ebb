// Prefill time per prompt length on one 8-GPU instance (roofline estimate)
import { getAccelerator, getModel } from "@modelsys/catalog";
import { prefillEstimator } from "@modelsys/roofline";

const model = getModel("deepseek-v3");
const hardware = ["h800", "h20"];
const promptTokens = [256, 1024, 4096, 16384, 65536];
// Achieved fractions of peak: calibration choices, not measurements.
const instance = { gpus: 8, flopEfficiency: 0.6, hbmEfficiency: 0.5 };

const estimators = hardware.map((id) => prefillEstimator(model, getAccelerator(id), instance));
const times = estimators.map((estimator) => promptTokens.map((tokens) => estimator.estimate(tokens)));

chart({
  type: "line",
  title: `${model.id} prefill time on 8 GPUs`,
  labels: promptTokens,
  series: hardware.map((id, index) => ({ name: id, values: times[index]!.map((time) => time.seconds * 1000) })),
  xLabel: "prompt tokens",
  yLabel: "ms",
});

table(
  times.flat().map((time) => ({
    hardware: time.acceleratorId,
    tokens: time.newTokens,
    ms: time.seconds * 1000,
    bound: time.bound,
    usdPerMillionTokens: time.usdPerMillionTokens,
  })),
);

// Every weight is read once, so short prompts of an MoE model wait on HBM.
const first = times[0]![0]!;
print(`${first.newTokens} tokens on ${first.acceleratorId}: ${first.bound}-bound, ${(first.weightBytes / 1e9).toFixed(1)} GB of weights read`);
