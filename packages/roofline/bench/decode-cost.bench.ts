// Benchmarks of the decode cost path: importing a real config.json (against JSON.parse of the
// same text, measured in the same run) and costing a whole model at one context length. The
// prefill estimate is measured against the decode cost of the same model in the same run.
import { readFileSync } from "node:fs";

import { getAccelerator, getModel, importHfConfigText } from "@modelsys/catalog";
import { bench, describe } from "vitest";

import { acceleratorTokenCost, modelDecodeCost, prefillEstimator, prefillTime } from "../src/index.js";

const deepseekConfig = readFileSync(
  new URL("../../catalog/fixtures/hf-configs/deepseek-v3.json", import.meta.url),
  "utf8",
);
const minimaxConfig = readFileSync(new URL("../../catalog/fixtures/hf-configs/minimax-m1.json", import.meta.url), "utf8");

describe("import deepseek-v3 config.json", () => {
  bench("baseline: JSON.parse", () => {
    JSON.parse(deepseekConfig);
  });
  bench("importHfConfigText", () => {
    importHfConfigText(deepseekConfig, { file: "deepseek-v3.json" });
  });
});

describe("import minimax-m1 config.json (80 layers)", () => {
  bench("baseline: JSON.parse", () => {
    JSON.parse(minimaxConfig);
  });
  bench("importHfConfigText", () => {
    importHfConfigText(minimaxConfig, { file: "minimax-m1.json" });
  });
});

describe("decode cost of deepseek-v3 at 8192 tokens", () => {
  const model = getModel("deepseek-v3");
  const h800 = getAccelerator("h800");
  bench("modelDecodeCost", () => {
    modelDecodeCost(model, { contextTokens: 8192 });
  });
  bench("modelDecodeCost + acceleratorTokenCost", () => {
    acceleratorTokenCost(modelDecodeCost(model, { contextTokens: 8192 }), h800);
  });
});

describe("prefill of deepseek-v3, 8192 tokens after 4096 cached, on 8 × h800", () => {
  const model = getModel("deepseek-v3");
  const h800 = getAccelerator("h800");
  const estimator = prefillEstimator(model, h800, { gpus: 8 });
  bench("baseline: modelDecodeCost at 8192 tokens", () => {
    modelDecodeCost(model, { contextTokens: 8192 });
  });
  bench("prefillTime (checks the inputs on each call)", () => {
    prefillTime(model, h800, { newTokens: 8192, cachedTokens: 4096, gpus: 8 });
  });
  bench("prefillEstimator.estimate (inputs checked once)", () => {
    estimator.estimate(8192, 4096);
  });
});
