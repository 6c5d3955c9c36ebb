import type { FfnKind } from "@modelsys/catalog";

/**
 * Returns the FFN FLOPs of one token in one layer: twice the activated SwiGLU weights, each
 * expert or dense FFN having `3·h·inter` of them (gate, up, down). Router FLOPs are left out,
 * as in the Step-3 report's cost model.
 */
export function ffnFlopsPerToken(ffn: FfnKind, hiddenSize: number): number {
  if (ffn.kind === "dense") return 2 * 3 * hiddenSize * ffn.intermediateSize;

  const routed = ffn.numActiveExperts * ffn.expertIntermediateSize;
  const shared = ffn.numSharedExperts * ffn.sharedIntermediateSize;
  return 2 * 3 * hiddenSize * (routed + shared);
}
