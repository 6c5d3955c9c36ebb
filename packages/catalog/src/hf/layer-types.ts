import type { AttentionWindow } from "@modelsys/attention";

import type { ConfigReader } from "./config-reader.js";

/** Layer types as Hugging Face configs name them in `layer_types`. */
export type HfLayerType = "full_attention" | "sliding_attention" | "chunked_attention" | "linear_attention";

const KNOWN: readonly string[] = ["full_attention", "sliding_attention", "chunked_attention", "linear_attention"];

/** Reads `layer_types` when the file has it, checking its length and values. */
export function readLayerTypes(reader: ConfigReader, layerCount: number): HfLayerType[] | undefined {
  const types = reader.stringArray("layer_types");
  if (types === undefined) return undefined;
  if (types.length !== layerCount) {
    throw reader.invalid("layer_types", `${types.length} entries`, `${layerCount} entries, one per layer (num_hidden_layers)`);
  }
  types.forEach((type, index) => {
    if (!KNOWN.includes(type)) throw reader.invalid(`layer_types[${index}]`, type, `one of ${KNOWN.join(", ")}`);
  });
  return types as HfLayerType[];
}

/** Returns the local window of a softmax layer of `type`, or undefined for full attention. */
export function windowOf(
  reader: ConfigReader,
  type: HfLayerType,
  slidingWindow: number | null,
  chunkSize: number | null,
): AttentionWindow | undefined {
  if (type === "sliding_attention") {
    if (slidingWindow === null) throw reader.invalid("sliding_window", null, "a window size, since layer_types has sliding layers");
    return { kind: "sliding", sizeTokens: slidingWindow };
  }
  if (type === "chunked_attention") {
    if (chunkSize === null) throw reader.invalid("attention_chunk_size", null, "a chunk size, since layer_types has chunked layers");
    return { kind: "chunked", sizeTokens: chunkSize };
  }
  return undefined;
}

/**
 * Reads `head_dim`, or derives `hidden_size / num_attention_heads` where the config class does so
 * and records it. Classes with a fixed default (Qwen3: 128) pass it as `fixedDefault`.
 */
export function readHeadDim(
  reader: ConfigReader,
  hiddenSize: number,
  numQueryHeads: number,
  fixedDefault?: number,
): number {
  if (reader.has("head_dim")) return reader.requiredInt("head_dim");
  if (fixedDefault !== undefined) return reader.intOr("head_dim", fixedDefault, 1);
  if (hiddenSize % numQueryHeads !== 0) {
    throw reader.invalid(
      "head_dim",
      undefined,
      `an explicit head_dim, because hidden_size ${hiddenSize} is not a multiple of num_attention_heads ${numQueryHeads}`,
    );
  }
  const derived = hiddenSize / numQueryHeads;
  reader.recordDefault("head_dim", derived, `${reader.configClass} (hidden_size / num_attention_heads)`);
  return derived;
}
