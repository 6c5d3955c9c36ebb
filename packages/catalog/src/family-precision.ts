import type { AttentionKind, ElementType } from "@modelsys/attention";

import type { ModelFamily } from "./model.js";

/**
 * Returns the element type a family stores a layer's KV cache (or linear-attention state) in,
 * per the Step-3 report's quantisation assumptions (arXiv 2507.19427): FP8 for Step-3, the MLA
 * and the GQA families; Llama 4 keeps global layers in BF16; MiniMax-M1 keeps softmax layers in
 * BF16 and lightning state in FP32. Step-3.5-Flash, Kimi Linear and Qwen3-Next (with Qwen3.5)
 * are not in the report: FP8 KV and FP32 state are defaults, not published serving figures. The
 * `fla` KDA kernels keep FP32 state, and Qwen3.5 files set `mamba_ssm_dtype` to float32.
 */
export function familyCacheElementType(family: ModelFamily, attention: AttentionKind): ElementType {
  if (attention.kind === "linear") return "fp32";

  switch (family) {
    case "llama4":
      return attention.window === undefined ? "bf16" : "fp8";
    case "minimax":
      return "bf16";
    default:
      return "fp8";
  }
}

/**
 * Element type every family serves its weights and linear layers in unless a config's
 * `quantization_config` sets another: FP8, as the Step-3 report assumes (arXiv 2507.19427) for
 * Step-3, the MLA and GQA families, Llama 4 and MiniMax-M1. The families the report leaves out
 * take it as a default.
 */
export const DEFAULT_WEIGHT_ELEMENT_TYPE: ElementType = "fp8";
