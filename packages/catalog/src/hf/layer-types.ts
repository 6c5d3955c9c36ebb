import type { AttentionWindow } from "@modelsys/attention";

import type { ConfigReader } from "./config-reader.js";

/** Layer types as Hugging Face configs name them in `layer_types`. */
export type HfLayerType = "full_attention" | "sliding_attention" | "chunked_attention" | "linear_attention";

const KNOWN: readonly HfLayerType[] = ["full_attention", "sliding_attention", "chunked_attention", "linear_attention"];

/**
 * Reads `layer_types` when the file has it, checking its length and values. `allowed` narrows the
 * accepted types for a config class that has fewer layer kinds, so that the error for a bad entry
 * lists only the types that class takes.
 */
export function readLayerTypes(
  reader: ConfigReader,
  layerCount: number,
  allowed: readonly HfLayerType[] = KNOWN,
): HfLayerType[] | undefined {
  const types = reader.stringArray("layer_types");
  if (types === undefined) return undefined;
  if (types.length !== layerCount) {
    throw reader.wrongLength("layer_types", types, layerCount);
  }
  const names: readonly string[] = allowed;
  types.forEach((type, index) => {
    if (!names.includes(type)) throw reader.invalid(`layer_types[${index}]`, type, `one of ${allowed.join(", ")}`);
  });
  return types as HfLayerType[];
}

/**
 * Returns the local window of softmax layer `index`, whose type is `type`, or undefined for full
 * attention. The class-default patterns never mark a layer sliding or chunked without a size, so
 * a missing size here comes from the file's `layer_types`.
 */
export function windowOf(
  reader: ConfigReader,
  index: number,
  type: HfLayerType,
  slidingWindow: number | null,
  chunkSize: number | null,
): AttentionWindow | undefined {
  if (type === "sliding_attention") {
    if (slidingWindow === null) {
      throw reader.invalid(
        "sliding_window",
        null,
        `a window size, because layer_types marks layer ${index} as sliding_attention. Set sliding_window, or mark the layer full_attention`,
      );
    }
    return { kind: "sliding", sizeTokens: slidingWindow };
  }
  if (type === "chunked_attention") {
    if (chunkSize === null) {
      throw reader.invalid(
        "attention_chunk_size",
        null,
        `a chunk size, because layer_types marks layer ${index} as chunked_attention. Set attention_chunk_size, or mark the layer full_attention`,
      );
    }
    return { kind: "chunked", sizeTokens: chunkSize };
  }
  return undefined;
}
