import { describe, expect, it } from "vitest";

import { layerDecodeCost, multiHeadLatentAttention } from "./index.js";

describe("package exports", () => {
  it("match the documented list", async () => {
    const names = Object.keys(await import("./index.js")).sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "AttentionError",
        "CAUSAL_MASK",
        "DEFAULT_GDN_CONV_KERNEL_SIZE",
        "DEFAULT_KDA_CONV_KERNEL_SIZE",
        "ELEMENT_TYPES",
        "GrowingKvCache",
        "LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT",
        "RingKvCache",
        "SimdKvCache",
        "applyRope",
        "attentionFlops",
        "attentionLabel",
        "attentionSoftmaxStates",
        "attnResMix",
        "attnResPipelineTraffic",
        "bytesPerElement",
        "cacheElementsPerToken",
        "checkFinite",
        "checkMask",
        "createSimdAttention",
        "decodeStep",
        "elementCount",
        "emptySoftmaxStates",
        "finalizeSoftmaxStates",
        "groupedQueryAttention",
        "isAttentionError",
        "isKeyVisible",
        "keyReuseMatrix",
        "kvBytesRead",
        "layerDecodeCost",
        "linear",
        "linearAttention",
        "linearStateBytes",
        "mergeNormalizedOutputs",
        "mergeSoftmaxStates",
        "mfaAttention",
        "mfaKeyReuseAttention",
        "mfaProject",
        "mlaAttendAbsorbed",
        "mlaAttendNaive",
        "mlaAttention",
        "mlaProject",
        "multiHeadLatentAttention",
        "multiMatrixFactorizationAttention",
        "parseElementType",
        "projectionFlops",
        "residualActivationElementsPerToken",
        "resolveAttentionProblem",
        "rmsNorm",
        "ropeInverseFrequencies",
        "runBlockAttnRes",
        "runBlockAttnResTwoPhase",
        "runFullAttnRes",
        "runStandardResidual",
        "scaledDotProductAttention",
        "shortConvolution",
        "softmax",
        "tensor",
        "visibleKeyCounts",
        "visibleKeys",
        "windowFromFlashAttention",
        "windowFromMistral",
        "windowFromSglang",
        "zeros",
      ]
    `);
  });

  it("doc example gives 4,718,592 bytes", () => {
    const mla = multiHeadLatentAttention({
      numQueryHeads: 128,
      kvLoraRank: 512,
      qkRopeHeadDim: 64,
      qkNopeHeadDim: 128,
      vHeadDim: 128,
      qLoraRank: 1536,
    });

    expect(layerDecodeCost(mla, 8192, 7168, { cacheElementType: "fp8" }).kvBytes).toBe(4_718_592);
  });
});
