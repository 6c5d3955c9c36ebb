import { describe, expect, it } from "vitest";

import { layerDecodeCost, multiHeadLatentAttention } from "./index.js";

describe("package exports", () => {
  it("match the documented list", async () => {
    const names = Object.keys(await import("./index.js")).sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "AttentionError",
        "DEFAULT_KDA_CONV_KERNEL_SIZE",
        "ELEMENT_TYPES",
        "LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT",
        "attentionFlops",
        "attentionLabel",
        "bytesPerElement",
        "cacheElementsPerToken",
        "groupedQueryAttention",
        "isAttentionError",
        "kvBytesRead",
        "layerDecodeCost",
        "linearAttention",
        "linearStateBytes",
        "multiHeadLatentAttention",
        "multiMatrixFactorizationAttention",
        "parseElementType",
        "projectionFlops",
        "visibleKeys",
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
