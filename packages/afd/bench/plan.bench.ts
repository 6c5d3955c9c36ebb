// Benchmarks of the AFD search per model: the default 8 × 8 layouts and the largest search the
// planner accepts, MAX_INSTANCES × MAX_INSTANCES. The baseline, measured in the same run, is one
// layout's stage times over all layers, the unit of work the search repeats.
import { getAccelerator, getModel } from "@modelsys/catalog";
import { bench, describe } from "vitest";

import { MAX_INSTANCES, layerStageTimes, planAfd, planColocatedBaseline, planRates, profileLayers, publishedColocatedReference, resolveAfdInput } from "../src/index.js";

for (const id of ["step-3", "deepseek-v3", "minimax-m1"]) {
  const input = {
    model: getModel(id),
    attentionAccelerator: getAccelerator("h800"),
    ffnAccelerator: getAccelerator("h800"),
    tpotMs: 50,
    context: 4096,
  };
  const resolved = resolveAfdInput(input);
  const profiles = profileLayers(resolved);
  const rates = planRates(resolved);
  const layout = { attentionInstances: 2, ffnInstances: 2, tokensPerAttentionGpu: 128 };

  describe(`AFD search for ${id} on h800, 8 × 8 layouts by default`, () => {
    bench("baseline: stage times of one layout", () => {
      for (const profile of profiles) layerStageTimes(profile, layout, resolved, rates);
    });
    bench("planAfd (full search)", () => {
      planAfd(input);
    });
    bench(`planAfd (${MAX_INSTANCES} × ${MAX_INSTANCES} layouts, the largest search)`, () => {
      planAfd({ ...input, maxAttentionInstances: MAX_INSTANCES, maxFfnInstances: MAX_INSTANCES });
    });
    // DeepSeek-V3 on H800 is the published setup, so its baseline also re-plans for the comparison.
    const compared = publishedColocatedReference({ ...input, accelerator: input.attentionAccelerator, gpus: 128, ffnElementType: "fp8" }) !== null;
    bench(compared ? "planColocatedBaseline, with the published comparison" : "planColocatedBaseline", () => {
      planColocatedBaseline({ model: input.model, accelerator: input.attentionAccelerator, tpotMs: 50 });
    });
  });
}
