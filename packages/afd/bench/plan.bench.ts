// Benchmarks of the AFD search: the whole 8 × 8 layout search per model, against one layout's
// stage times over all layers (the unit of work the search repeats), measured in the same run.
import { getAccelerator, getModel } from "@modelsys/catalog";
import { bench, describe } from "vitest";

import { layerStageTimes, planAfd, planColocatedBaseline, planRates, profileLayers, resolveAfdInput } from "../src/index.js";

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

  describe(`AFD search for ${id} on h800, 64 layouts`, () => {
    bench("baseline: stage times of one layout", () => {
      for (const profile of profiles) layerStageTimes(profile, layout, resolved, rates);
    });
    bench("planAfd (full search)", () => {
      planAfd(input);
    });
    bench("planColocatedBaseline", () => {
      planColocatedBaseline({ model: input.model, accelerator: input.attentionAccelerator, tpotMs: 50 });
    });
  });
}
