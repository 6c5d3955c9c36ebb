import { checkFfn, type DecodeFfn } from "./decode-model.js";

/**
 * Returns the FFN FLOPs of one token in one layer: twice the activated SwiGLU weights, each
 * expert or dense FFN having `3·h·inter` of them (gate, up, down). Router FLOPs are left out,
 * as in the Step-3 report's cost model. A malformed FFN or width is `INVALID_OPTION` naming the
 * field, not a NaN count. A catalog `FfnKind` is a {@link DecodeFfn}.
 */
export function ffnFlopsPerToken(ffn: DecodeFfn, hiddenSize: number): number {
  checkFfn(ffn, hiddenSize);
  if (ffn.kind === "dense") return 2 * 3 * hiddenSize * ffn.intermediateSize;

  const routed = ffn.numActiveExperts * ffn.expertIntermediateSize;
  // Without shared experts the shared width may be left out.
  const shared = ffn.numSharedExperts === 0 ? 0 : ffn.numSharedExperts * ffn.sharedIntermediateSize!;
  return 2 * 3 * hiddenSize * (routed + shared);
}
