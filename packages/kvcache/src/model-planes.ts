import { shortConvolution, type AttentionKind } from "@modelsys/attention";
import type { ModelDescriptor } from "@modelsys/catalog";

import { describeValue } from "./describe-value.js";
import type { DecodedElementType } from "./element-type.js";
import { KvCacheError } from "./errors.js";
import type { PlaneGeometry } from "./plane.js";

/** Options of {@link modelPlanes}. */
export interface ModelPlanesOptions {
  /** Tokens of the request's context. */
  contextTokens: number;
  /** Absolute index of the first token. Default 0. */
  firstToken?: number;
  /** Element type of K, V and latent planes as the engine holds them. Default bf16. */
  elementType?: DecodedElementType;
  /** Element type of linear-attention states. Default fp32, as the `fla` kernels keep it. */
  stateElementType?: DecodedElementType;
  /**
   * Add a short-convolution state plane for KDA and Gated DeltaNet layers, as the decode cost's
   * option of the same name counts it. Default false.
   */
  includeShortConvState?: boolean;
}

/** The keys of {@link ModelPlanesOptions}; any other key throws `INVALID_ARGUMENT`. */
const MODEL_PLANES_OPTION_KEYS: readonly string[] = ["contextTokens", "firstToken", "elementType", "stateElementType", "includeShortConvState"];

/** A plane of a model's cache, with the model layers its layer axis runs over. */
export interface ModelPlane extends PlaneGeometry {
  /** Model layer index of each entry along the plane's layer axis. */
  modelLayers: number[];
}

/**
 * Returns the planes one request's cache needs, layer kind by layer kind (layers with the same
 * attention share a plane with a leading layer axis). Full attention: K and V token planes
 * `[layers, tokens, kvHeads, headDim]` (MFA-KR caches keys only). Sliding and chunked layers:
 * window planes of the last `min(tokens, window)` tokens, starting at `position`. MLA: one
 * latent token plane `[layers, tokens, 1, kvLoraRank + qkRopeHeadDim]`, latent first.
 * Linear attention: a state plane `[layers, heads, keyHeadDim, valueHeadDim]` valid at token
 * `firstToken + contextTokens`, with one head per state (the value heads of Gated DeltaNet).
 * With `includeShortConvState`, KDA and Gated DeltaNet layers add a second state plane
 * `[layers, kernelSize - 1, channels]` of the last inputs to their q, k and v convolution.
 */
export function modelPlanes(model: ModelDescriptor, options: ModelPlanesOptions): ModelPlane[] {
  if (model === null || typeof model !== "object" || !Array.isArray(model.layers)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid model: expected a model descriptor with a layers array, such as getModel("qwen3-32b") from @modelsys/catalog, got ${model === null || typeof model !== "object" ? describeValue(model) : "an object without layers"}.`, {
      field: "model",
    });
  }
  if (options === null || typeof options !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options: expected { contextTokens }, got ${describeValue(options)}.`, { field: "options", value: options });
  }
  for (const key of Object.keys(options)) {
    if (!MODEL_PLANES_OPTION_KEYS.includes(key)) {
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown option "${key}" of modelPlanes: it takes ${MODEL_PLANES_OPTION_KEYS.join(", ")}.`, { field: key });
    }
  }
  const tokens = options.contextTokens;
  if (!Number.isSafeInteger(tokens) || tokens < 1 || tokens > 0xffffffff) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid contextTokens ${describeValue(tokens)}: expected a positive integer below 2^32.`, {
      field: "contextTokens",
      value: tokens,
    });
  }
  const firstToken = options.firstToken ?? 0;
  if (!Number.isSafeInteger(firstToken) || firstToken < 0) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid firstToken ${describeValue(firstToken)}: expected the non-negative integer index of the request's first token.`, {
      field: "firstToken",
      value: firstToken,
    });
  }
  const includeShortConvState = options.includeShortConvState ?? false;
  if (typeof includeShortConvState !== "boolean") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid includeShortConvState ${JSON.stringify(includeShortConvState)}: expected true or false.`, {
      field: "includeShortConvState",
      value: includeShortConvState,
    });
  }
  const elementType = options.elementType ?? "bf16";
  const stateElementType = options.stateElementType ?? "fp32";
  for (const [field, type] of [
    ["elementType", elementType],
    ["stateElementType", stateElementType],
  ] as const) {
    if (type !== "fp32" && type !== "fp16" && type !== "bf16") {
      throw new KvCacheError(
        "INVALID_ARGUMENT",
        `Invalid ${field} ${JSON.stringify(type)}: expected "fp32", "fp16" or "bf16", the type the engine holds the cache in. FP8 and integer storage are codecs: apply one with applyCodecPreset.`,
        { field, value: type },
      );
    }
  }

  const groups = new Map<string, { attention: AttentionKind; layers: number[] }>();
  model.layers.forEach((layer, index) => {
    const key = JSON.stringify(layer.attention);
    const group = groups.get(key) ?? { attention: layer.attention, layers: [] };
    group.layers.push(index);
    groups.set(key, group);
  });

  const planes: ModelPlane[] = [];
  for (const { attention, layers } of groups.values()) {
    const layerCount = layers.length;
    const tokenPlane = (role: "key" | "value" | "latent", heads: number, width: number): ModelPlane => {
      const window = attention.kind === "linear" ? undefined : attention.window;
      // NOTE: a chunked layer keeps up to one chunk more than later tokens read. A token at
      // position T or later attends only to keys of its own chunk, so only the last T mod sizeTokens
      // tokens are read again (none when T is a whole number of chunks).
      const kept = window === undefined ? tokens : Math.min(tokens, window.sizeTokens);
      return {
        role,
        kind: window === undefined ? "token" : "window",
        elementType,
        dims: [layerCount, kept, heads, width],
        axisRoles: ["layer", "token", "head", "channel"],
        position: window === undefined ? 0 : firstToken + tokens - kept,
        channelOffset: 0,
        modelLayers: layers,
      };
    };
    switch (attention.kind) {
      case "gqa":
        planes.push(tokenPlane("key", attention.numKvHeads, attention.headDim));
        planes.push(tokenPlane("value", attention.numKvHeads, attention.valueHeadDim ?? attention.headDim));
        break;
      case "mfa":
        planes.push(tokenPlane("key", 1, attention.headDim));
        if (!attention.keyReuse) planes.push(tokenPlane("value", 1, attention.headDim));
        break;
      case "mla":
        planes.push(tokenPlane("latent", 1, attention.kvLoraRank + attention.qkRopeHeadDim));
        break;
      case "linear":
        planes.push({
          role: "state",
          kind: "state",
          elementType: stateElementType,
          dims: [layerCount, attention.numHeads, attention.keyHeadDim, attention.valueHeadDim],
          axisRoles: ["layer", "head", "other", "channel"],
          position: firstToken + tokens,
          channelOffset: 0,
          modelLayers: layers,
        });
        if (includeShortConvState) {
          const convolution = shortConvolution(attention);
          if (convolution.channels > 0 && convolution.kernelSize > 1) {
            planes.push({
              role: "state",
              kind: "state",
              elementType: stateElementType,
              dims: [layerCount, convolution.kernelSize - 1, convolution.channels],
              axisRoles: ["layer", "other", "channel"],
              position: firstToken + tokens,
              channelOffset: 0,
              modelLayers: layers,
            });
          }
        }
        break;
    }
  }
  return planes;
}
