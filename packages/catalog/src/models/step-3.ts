import { multiMatrixFactorizationAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ModelDescriptor } from "../model.js";

const attention = multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 2048 });

/** Step-3 (StepFun): MFA with one shared KV head; dense FFN on layers 0–3 and 60, MoE elsewhere. */
export const step3: ModelDescriptor = {
  id: "step-3",
  name: "Step-3",
  family: "step3",
  hiddenSize: 7168,
  vocabSize: 128815,
  weightElementType: "fp8",
  layers: buildLayers(
    61,
    "step3",
    () => attention,
    (index) =>
      index <= 3 || index === 60
        ? { kind: "dense", intermediateSize: 18432 }
        : {
            kind: "moe",
            numRoutedExperts: 48,
            numActiveExperts: 3,
            numSharedExperts: 1,
            expertIntermediateSize: 5120,
            sharedIntermediateSize: 5120,
          },
  ),
  mtpLayers: 0,
  source:
    "StepFun Step-3 system report (arXiv 2507.19427), the stepfun-ai/Step3 model card and vLLM's Step3TextConfig (moe_layers_enum 4…59, vocab_size 128815)",
  notes: [],
};
