import { getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { applyCodecPreset } from "./codec-presets.js";
import { describeValue } from "./describe-value.js";
import { decodeFp8, encodeFp8 } from "./fp8.js";
import { nhdToHnd } from "./layouts.js";
import { modelPlanes } from "./model-planes.js";
import { createEncodePool } from "./node/index.js";
import type { PlaneGeometry } from "./plane.js";
import { rejection } from "./rejection.test-helpers.js";

describe("describeValue", () => {
  it("quotes strings and names objects", () => {
    expect(describeValue("256")).toBe('"256"');
    expect(describeValue(256)).toBe("256");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1, 2])).toBe("an array");
    expect(describeValue({ a: 1 })).toBe("an object");
    expect(describeValue(new Float64Array(1))).toBe("a Float64Array");
  });
});

describe("numbers given as strings", () => {
  const plane: PlaneGeometry = {
    role: "key",
    kind: "token",
    elementType: "fp32",
    dims: [1, 64, 1, 4],
    axisRoles: ["layer", "token", "head", "channel"],
    position: 0,
    channelOffset: 0,
  };

  it("are quoted in messages", () => {
    const cases: { call: () => unknown; quoted: string }[] = [
      { call: () => modelPlanes(getModel("qwen3-32b"), { contextTokens: "256" as never }), quoted: 'contextTokens "256"' },
      { call: () => encodeFp8(new Float32Array([1]), "e4m3fn", { scale: "1" as never }), quoted: 'scale "1"' },
      {
        call: () => decodeFp8(new Uint8Array([1]), "e4m3fn", { scale: { scales: new Float32Array([1]), blockSize: "1" as never } }),
        quoted: 'scale.blockSize "1"',
      },
      { call: () => applyCodecPreset(plane, "kivi-int4", { groupSize: "32" as never }), quoted: 'groupSize "32"' },
      { call: () => createEncodePool({ workers: "2" as never }), quoted: 'workers "2"' },
      { call: () => nhdToHnd(new Float32Array(8), { blocks: 1, tokens: "2" as never, heads: 1, headDim: 4 }), quoted: 'tokens "2"' },
    ];

    for (const { call, quoted } of cases) {
      expect(rejection(call).message, quoted).toContain(`Invalid ${quoted}:`);
    }
  });
});
