import { getAccelerator, getModel } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { profileLayers } from "./layer-profile.js";
import { resolveAfdInput } from "./options.js";
import { layerStageTimes, planRates, type Layout } from "./stage-times.js";
import { catchAfdError } from "./test-support.js";

const h800 = getAccelerator("h800");
const input = resolveAfdInput({ model: getModel("step-3"), attentionAccelerator: h800, ffnAccelerator: h800, tpotMs: 50, context: 4096 });
const profile = profileLayers(input)[0]!;
const rates = planRates(input);
const LAYOUT: Layout = { attentionInstances: 2, ffnInstances: 2, tokensPerAttentionGpu: 128 };

describe("layerStageTimes layout checks", () => {
  it("rejects a misspelt layout field", () => {
    const layout = { attentionInstances: 2, ffnInstance: 2, tokensPerAttentionGpu: 128 };
    const error = catchAfdError(() => layerStageTimes(profile, layout as never, input, rates));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("ffnInstance");
    expect(error.message).toContain("ffnInstances");
  });

  it("rejects bad instance and token counts", () => {
    const cases: [Partial<Record<keyof Layout, unknown>>, string][] = [
      [{ ffnInstances: 0 }, "layout.ffnInstances"],
      [{ attentionInstances: 1.5 }, "layout.attentionInstances"],
      [{ attentionInstances: Number.NaN }, "layout.attentionInstances"],
      [{ tokensPerAttentionGpu: "128" }, "layout.tokensPerAttentionGpu"],
      [{ tokensPerAttentionGpu: 0 }, "layout.tokensPerAttentionGpu"],
      [{ tokensPerAttentionGpu: Number.POSITIVE_INFINITY }, "layout.tokensPerAttentionGpu"],
    ];
    for (const [change, field] of cases) {
      const error = catchAfdError(() => layerStageTimes(profile, { ...LAYOUT, ...change } as never, input, rates));

      expect(error.code, JSON.stringify(change)).toBe("INVALID_OPTION");
      expect(error.field, JSON.stringify(change)).toBe(field);
    }
  });

  it("rejects arguments that are not objects", () => {
    const cases: [() => unknown, string][] = [
      [() => layerStageTimes(profile, undefined as never, input, rates), "layout"],
      [() => layerStageTimes(undefined as never, LAYOUT, input, rates), "profile"],
      [() => layerStageTimes(profile, LAYOUT, undefined as never, rates), "input"],
      [() => layerStageTimes(profile, LAYOUT, input, undefined as never), "rates"],
      [() => layerStageTimes(profile, LAYOUT, input, { ...rates, ffnBytesPerSecond: Number.NaN }), "rates.ffnBytesPerSecond"],
    ];
    for (const [run, field] of cases) {
      const error = catchAfdError(run);

      expect(error.code, field).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
    }
  });

  it("valid layouts give finite stage times", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 4096 }), (x, y, tokens) => {
        const times = layerStageTimes(profile, { attentionInstances: x, ffnInstances: y, tokensPerAttentionGpu: tokens }, input, rates);

        for (const value of Object.values(times)) expect(Number.isFinite(value)).toBe(true);
        expect(times.layerUs).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });
});
