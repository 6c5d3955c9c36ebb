import { expect, it } from "vitest";

it("exports only the documented API", async () => {
  const exported = Object.keys(await import("./index.js")).sort();
  expect(exported).toMatchInlineSnapshot(`
    [
      "AfdError",
      "DEEPEP_EP128_DECODE_NIC_EFFICIENCY",
      "DEEPEP_NIC_EFFICIENCY",
      "DEEPSEEK_V3_PROFILE_BATCH_PER_GPU",
      "DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU",
      "DEFAULT_EFFICIENCY",
      "MAX_INSTANCES",
      "MAX_TPOT_MS",
      "STEPMESH_NIC_EFFICIENCY",
      "afdBytesPerTokenPerLayer",
      "attentionGpuBytes",
      "chooseFfnParallelism",
      "computePeakFlops",
      "denseBatchForFullMfu",
      "embeddingAndLmHeadBytes",
      "ffnGpuBytes",
      "ffnWeightBytes",
      "ffnWeightReadBytes",
      "isAfdError",
      "layerStageTimes",
      "minimumSparsity",
      "moeSparsity",
      "planAfd",
      "planColocatedBaseline",
      "planRates",
      "profileLayers",
      "publishedColocatedReference",
      "resolveAfdInput",
    ]
  `);
});
