// What each live example must show: text it prints and the kinds of output it renders. The Node
// test and the browser test both check these, so a broken example fails CI.
import type { OutputBlock } from "../.vitepress/theme/runtime/output-blocks.js";

/** Expected output of one example. */
export interface ExampleExpectation {
  /** Strings that must appear in the printed text or table cells. */
  texts: string[];
  /** Output kinds that must appear at least once. */
  kinds: OutputBlock["kind"][];
}

export const EXAMPLE_EXPECTATIONS: Record<string, ExampleExpectation> = {
  "attention-window-masks": { texts: ["keys seen at S = 2, 4, 100: 2, 4, 4"], kinds: ["svg", "text"] },
  "attention-gpu-backend": { texts: ["gpu.js back end:", "equal within 1e-4"], kinds: ["text"] },
  "attention-layer-patterns": { texts: ["12× GQA + 33× GQA SWA 512", "70× Lightning + 10× GQA"], kinds: ["svg", "table"] },
  "catalog-import-config": { texts: ["my-llama4: 48 layers, family llama4", "no_rope_layers", "chunked"], kinds: ["text", "table"] },
  "roofline-decode-cost": { texts: ["0.0550 (h20 + h800)", "deepseek-v3"], kinds: ["chart", "table"] },
  "roofline-prefill-time": { texts: ["256 tokens on h800: memory-bound, 669.1 GB of weights read", "compute"], kinds: ["chart", "table", "text"] },
  "cryoet-shrec-scoring": { texts: ["TP 2, FP 1, FN 1, duplicates 1", "1S3X"], kinds: ["text", "table"] },
  "kvcache-codec-error": { texts: ["kivi-int4", "fp8-e5m2", "errorBounds()"], kinds: ["table", "chart", "text"] },
  "prfaas-offload": { texts: ["naive-heterogeneous", "PrfaaS offloaded", "thresholdTokens"], kinds: ["table", "chart", "text"] },
  "afd-stage-timeline": { texts: ["2A2F on 32 GPUs: 6144 tokens in flight", "bound by network"], kinds: ["text", "svg", "table"] },
};

/** Flattens output blocks to the text a reader sees. */
export function visibleText(blocks: readonly OutputBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === "text" || block.kind === "notice") return block.text;
      if (block.kind === "table") {
        const header = [...new Set(block.rows.flatMap((row) => Object.keys(row)))].join(" ");
        return [header, ...block.rows.map((row) => Object.values(row).map(String).join(" "))].join("\n");
      }
      return "";
    })
    .join("\n");
}
