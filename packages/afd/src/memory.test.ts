import { getAccelerator, getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { profileLayers } from "./layer-profile.js";
import { attentionGpuBytes, ffnGpuBytes } from "./memory.js";
import { resolveAfdInput } from "./options.js";
import { catchAfdError } from "./test-support.js";

const h800 = getAccelerator("h800");
const input = resolveAfdInput({ model: getModel("step-3"), attentionAccelerator: h800, ffnAccelerator: h800, tpotMs: 50, context: 4096 });
const profiles = profileLayers(input);

describe("GPU memory argument checks", () => {
  it("attention bytes reject bad token counts", () => {
    for (const tokens of [Number.NaN, -1, Number.POSITIVE_INFINITY, "128"]) {
      const error = catchAfdError(() => attentionGpuBytes(profiles, input, tokens as never));

      expect(error.code, String(tokens)).toBe("INVALID_OPTION");
      expect(error.field).toBe("tokensPerAttentionGpu");
    }
  });

  it("FFN bytes reject bad instance counts", () => {
    for (const instances of [0, Number.NaN, 1.5]) {
      const error = catchAfdError(() => ffnGpuBytes(profiles, input, instances));

      expect(error.code, String(instances)).toBe("INVALID_OPTION");
      expect(error.field).toBe("ffnInstances");
    }
  });

  it("both reject missing profiles and input", () => {
    const cases: [() => unknown, string][] = [
      [() => attentionGpuBytes(undefined as never, input, 0), "profiles"],
      [() => attentionGpuBytes(profiles, undefined as never, 0), "input"],
      [() => ffnGpuBytes(undefined as never, input, 2), "profiles"],
      [() => ffnGpuBytes(profiles, undefined as never, 2), "input"],
    ];
    for (const [run, field] of cases) {
      const error = catchAfdError(run);

      expect(error.code, field).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
    }
  });

  it("valid arguments give finite bytes", () => {
    expect(Number.isFinite(attentionGpuBytes(profiles, input, 128))).toBe(true);
    expect(ffnGpuBytes(profiles, input, 2)).toBeGreaterThan(0);
  });
});
