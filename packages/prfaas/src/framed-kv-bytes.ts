import type { ModelDescriptor } from "@modelsys/catalog";
import { applyCodecPreset, frameSize, modelPlanes, parseCodecPreset } from "@modelsys/kvcache";

/**
 * Returns the bytes one request's KV cache and state take on the wire after `tokens` tokens, as a
 * `@modelsys/kvcache` frame under the codec preset `codec` (for example `fp8-e4m3fn` or
 * `kivi-int4`): every plane of the model, encoded, with the frame's header, plane table, chunk
 * index and alignment. Throws the kvcache package's `INVALID_ARGUMENT` for an unknown codec.
 */
export function framedKvBytes(model: ModelDescriptor, tokens: number, codec: string): number {
  const preset = parseCodecPreset(codec);
  const planes = modelPlanes(model, { contextTokens: tokens }).map((plane) => applyCodecPreset(plane, preset));
  return frameSize(planes).frameBytes;
}
