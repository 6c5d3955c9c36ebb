import type { AttentionKind, ElementType } from "@modelsys/attention";

import { describeValue } from "./describe-value.js";
import { CatalogError } from "./errors.js";
import { MODEL_FAMILIES, type ModelFamily } from "./model.js";

/**
 * Returns the element type a family stores a layer's KV cache (or linear-attention state) in,
 * per the Step-3 report's quantisation assumptions (arXiv 2507.19427): FP8 for Step-3, the MLA
 * and the GQA families; Llama 4 keeps global layers in BF16; MiniMax-M1 keeps softmax layers in
 * BF16 and lightning state in FP32. Step-3.5-Flash, Kimi Linear and Qwen3-Next (with Qwen3.5)
 * are not in the report: FP8 KV and FP32 state are defaults, not published serving figures. The
 * `fla` KDA kernels keep FP32 state, and Qwen3.5 files set `mamba_ssm_dtype` to float32.
 */
export function familyCacheElementType(family: ModelFamily, attention: AttentionKind): ElementType {
  checkFamilyArguments(family, attention);
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

/**
 * Checks the arguments of {@link familyCacheElementType}, because an unknown family such as
 * `"Llama4"` would otherwise fall through to FP8. Throws `INVALID_OPTION` naming the argument.
 */
function checkFamilyArguments(family: unknown, attention: unknown): void {
  if (typeof family !== "string" || !(MODEL_FAMILIES as readonly string[]).includes(family)) {
    throw new CatalogError("INVALID_OPTION", `Invalid model family ${describeValue(family)}: expected one of ${MODEL_FAMILIES.join(", ")} (lower case).`, {
      field: "family",
      value: family,
    });
  }
  if (typeof attention !== "object" || attention === null || typeof (attention as { kind?: unknown }).kind !== "string") {
    throw new CatalogError(
      "INVALID_OPTION",
      `Invalid attention ${describeValue(attention)}: expected a layer's attention descriptor, such as groupedQueryAttention from @modelsys/attention returns.`,
      { field: "attention", value: attention },
    );
  }
}
