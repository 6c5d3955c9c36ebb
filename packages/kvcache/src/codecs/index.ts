import { KvCacheError } from "../errors.js";
import type { PlaneDescriptor, PlaneEncoding } from "../plane.js";
import type { ChunkCodec } from "./codec.js";
import { fp8Codec } from "./fp8-codec.js";
import { intGroupCodec } from "./int-group.js";
import { rawCodec } from "./raw.js";

/**
 * The codec of each encoding kind. It is frozen with its codecs because every encoder and decoder
 * in the process looks codecs up here, so a replaced entry would change how all frames are read.
 */
export const CODECS: { readonly [K in PlaneEncoding["codec"]]: ChunkCodec<Extract<PlaneEncoding, { codec: K }>> } = Object.freeze({
  raw: Object.freeze(rawCodec),
  fp8: Object.freeze(fp8Codec),
  int: Object.freeze(intGroupCodec),
});

/** Returns the codec of a plane, or throws `INVALID_ARGUMENT` for an unknown codec name. */
export function codecOf(plane: PlaneDescriptor): ChunkCodec {
  const name = plane.encoding?.codec;
  // Own keys only: a name such as "toString" would otherwise find Object.prototype's function.
  const codec = typeof name === "string" && Object.hasOwn(CODECS, name) ? (CODECS as Record<string, ChunkCodec>)[name] : undefined;
  if (codec === undefined) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid encoding.codec "${String(plane.encoding?.codec)}": expected "raw", "fp8" or "int".`, {
      field: "encoding.codec",
      value: plane.encoding?.codec,
    });
  }
  return codec;
}
