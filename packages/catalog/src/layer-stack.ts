import type { AttentionKind, ElementType } from "@modelsys/attention";

import { describeValue } from "./describe-value.js";
import { CatalogError } from "./errors.js";
import { familyCacheElementType } from "./family-precision.js";
import type { FfnKind, LayerDescriptor, ModelFamily } from "./model.js";

/**
 * Builds a decode stack of `count` layers from per-index attention and FFN choices. A count that
 * is not a non-negative integer throws `INVALID_OPTION`, because `Array.from` would silently
 * round 1.5 down to one layer and turn NaN into none.
 */
export function buildLayers(
  count: number,
  family: ModelFamily,
  attentionAt: (index: number) => AttentionKind,
  ffnAt: (index: number) => FfnKind,
  cacheElementTypeAt: (index: number, attention: AttentionKind) => ElementType = (_index, attention) =>
    familyCacheElementType(family, attention),
): LayerDescriptor[] {
  checkLayerCount(count);
  return Array.from({ length: count }, (_, index) => {
    const attention = attentionAt(index);
    return { attention, ffn: ffnAt(index), cacheElementType: cacheElementTypeAt(index, attention) };
  });
}

/** A group of layers that share one attention design, FFN and cache element type. */
export interface LayerGroup {
  layer: LayerDescriptor;
  /** 0-based indices of the layers in the group, ascending. */
  indices: number[];
}

/**
 * Groups identical layers, in order of first appearance. A `layers` that is not an array throws
 * `INVALID_OPTION`.
 */
export function groupLayers(layers: readonly LayerDescriptor[]): LayerGroup[] {
  checkLayerArray(layers);
  const groups = new Map<string, LayerGroup>();
  layers.forEach((layer, index) => {
    const key = JSON.stringify(layer);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { layer, indices: [index] });
    else group.indices.push(index);
  });
  return [...groups.values()];
}

function checkLayerCount(count: unknown): void {
  if (typeof count === "number" && Number.isSafeInteger(count) && count >= 0) return;
  throw new CatalogError("INVALID_OPTION", `Invalid layer count ${describeValue(count)}: expected a non-negative integer, such as num_hidden_layers of the model's config.json.`, {
    field: "count",
    value: count,
  });
}

function checkLayerArray(layers: unknown): void {
  if (Array.isArray(layers)) return;
  // An object, such as a model descriptor given in place of its layers, is named, not printed as JSON.
  const got = layers !== null && typeof layers === "object" ? "an object" : describeValue(layers);
  throw new CatalogError("INVALID_OPTION", `Invalid layers: expected an array of layer descriptors, such as getModel("qwen3-32b").layers, got ${got}.`, {
    field: "layers",
    value: layers,
  });
}
