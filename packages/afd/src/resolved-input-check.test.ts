import { getAccelerator, getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { profileLayers } from "./layer-profile.js";
import { embeddingAndLmHeadBytes } from "./memory.js";
import { resolveAfdInput, type AfdPlanInput } from "./options.js";
import { planRates } from "./stage-times.js";
import { catchAfdError } from "./test-support.js";

const h800 = getAccelerator("h800");
const OPTIONS: AfdPlanInput = { model: getModel("step-3"), attentionAccelerator: h800, ffnAccelerator: h800, tpotMs: 50, context: 4096 };

const FUNCTIONS: [string, (input: never) => unknown][] = [
  ["planRates", planRates],
  ["profileLayers", profileLayers],
  ["embeddingAndLmHeadBytes", embeddingAndLmHeadBytes],
];

describe("functions of a resolved input", () => {
  for (const [name, run] of FUNCTIONS) {
    it(`${name} rejects a missing input`, () => {
      for (const input of [undefined, null, {}]) {
        const error = catchAfdError(() => run(input as never));

        expect(error.code, JSON.stringify(input)).toBe("INVALID_OPTION");
        expect(error.field).toBe("input");
        expect(error.message).toContain("resolveAfdInput(options)");
      }
    });

    it(`${name} names unresolved options`, () => {
      const unresolved = { ...OPTIONS, model: undefined };
      const error = catchAfdError(() => run(unresolved as never));

      expect(error.message).toContain("its model is undefined");
    });

    it(`${name} accepts a resolved input`, () => {
      expect(() => run(resolveAfdInput(OPTIONS) as never)).not.toThrow();
    });
  }
});
