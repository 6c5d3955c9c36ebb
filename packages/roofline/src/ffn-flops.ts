import type { FfnKind } from "@modelsys/catalog";

import { checkFfn } from "./descriptors.js";

/**
 * Returns the FFN FLOPs of one token in one layer: twice the activated SwiGLU weights, each
 * expert or dense FFN having `3·h·inter` of them (gate, up, down). Router FLOPs are left out,
 * as in the Step-3 report's cost model. A malformed FFN or width is `INVALID_OPTION` naming the
 * field, not a NaN count.
 */
export function ffnFlopsPerToken(ffn: FfnKind, hiddenSize: number): number {
  checkFfn(ffn, hiddenSize);
  if (ffn.kind === "dense") return 2 * 3 * hiddenSize * ffn.intermediateSize;

  const routed = ffn.numActiveExperts * ffn.expertIntermediateSize;
  const shared = ffn.numSharedExperts * ffn.sharedIntermediateSize;
  return 2 * 3 * hiddenSize * (routed + shared);
}
