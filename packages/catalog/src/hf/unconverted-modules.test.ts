import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isModuleUnconverted } from "./unconverted-modules.js";

const EXPERTS = "model.layers.3.mlp.experts";

describe("isModuleUnconverted", () => {
  it("gpt-oss's published patterns leave the experts converted", () => {
    const published = ["model.layers.*.self_attn", "model.layers.*.mlp.router", "model.embed_tokens", "lm_head"];

    expect(isModuleUnconverted(EXPERTS, published)).toBe(false);
  });

  it("a pattern naming the experts or a parent keeps them unconverted", () => {
    for (const pattern of ["model.layers.*.mlp.experts", "model.layers.*.mlp", "model.layers", "model", "experts", "mlp", "model.layers.3"]) {
      expect(isModuleUnconverted(EXPERTS, [pattern]), pattern).toBe(true);
    }
  });

  it("a pattern anchored elsewhere or naming a child does not", () => {
    for (const pattern of ["layers.4.mlp", "model.layers.4", "model.layers.*.mlp.experts.gate_up_proj", "xperts.x"]) {
      expect(isModuleUnconverted(EXPERTS, [pattern]), pattern).toBe(false);
    }
  });

  it("matches a layer number as a prefix, as Python's re.match does", () => {
    expect(isModuleUnconverted("model.layers.13.mlp.experts", ["model.layers.1"])).toBe(true);
  });

  it("compares a pattern that is not a regular expression as text", () => {
    expect(isModuleUnconverted("model.layers.(3.mlp.experts", ["model.layers.("])).toBe(true);
    expect(isModuleUnconverted(EXPERTS, ["model.layers.("])).toBe(false);
  });

  it("the module's own name and every parent name keep it unconverted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 5 }), (layer, depth) => {
        const name = `model.layers.${layer}.mlp.experts`;
        const parent = name.split(".").slice(0, depth).join(".");
        return isModuleUnconverted(name, [parent]);
      }),
    );
  });
});
