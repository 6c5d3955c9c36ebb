import type { FfnKind } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { ffnFlopsPerToken } from "./ffn-flops.js";

function moe(overrides: Partial<Extract<FfnKind, { kind: "moe" }>> = {}): FfnKind {
  return {
    kind: "moe",
    numRoutedExperts: 48,
    numActiveExperts: 3,
    numSharedExperts: 1,
    expertIntermediateSize: 5120,
    sharedIntermediateSize: 5120,
    ...overrides,
  };
}

describe("ffnFlopsPerToken", () => {
  it("Step-3 MoE layer", () => {
    expect(ffnFlopsPerToken(moe(), 7168)).toBe(2 * 4 * 3 * 7168 * 5120);
    expect(ffnFlopsPerToken(moe(), 7168)).toBe(880_803_840);
  });

  it("Step-3 dense layer", () => {
    expect(ffnFlopsPerToken({ kind: "dense", intermediateSize: 18432 }, 7168)).toBe(792_723_456);
  });

  it("ignores the routed-expert total", () => {
    expect(ffnFlopsPerToken(moe({ numRoutedExperts: 256 }), 7168)).toBe(ffnFlopsPerToken(moe(), 7168));
    expect(ffnFlopsPerToken(moe({ numRoutedExperts: null }), 7168)).toBe(ffnFlopsPerToken(moe(), 7168));
  });

  it("uses the shared expert's own width", () => {
    const flops = ffnFlopsPerToken(moe({ numSharedExperts: 2, sharedIntermediateSize: 1000 }), 100);

    expect(flops).toBe(2 * 3 * 100 * (3 * 5120 + 2 * 1000));
  });

  it("MoE without shared experts", () => {
    expect(ffnFlopsPerToken(moe({ numSharedExperts: 0, numActiveExperts: 8, expertIntermediateSize: 1536 }), 4096)).toBe(
      2 * 8 * 3 * 4096 * 1536,
    );
  });
});
