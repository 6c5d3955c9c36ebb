import { groupedQueryAttention } from "@modelsys/attention";

import { buildLayers } from "../layer-stack.js";
import type { ConfigReader } from "./config-reader.js";
import { DERIVED_HEAD_DIM, readHeadDim, type HeadDimRule } from "./head-dim.js";
import type { ArchitectureImporter, ImportedStack } from "./imported-stack.js";
import { readLayerTypes, windowOf, type HfLayerType } from "./layer-types.js";

/**
 * A class whose default layer pattern makes every `fullEvery`-th layer (1-based) full attention
 * and the others sliding, such as Gemma 2 (every 2nd), Gemma 3 (every 6th, from
 * `sliding_window_pattern`) and OLMo 3 (every 4th). `patternField` names the config field that
 * overrides `fullEvery`, when the class has one.
 */
export interface InterleavedSliding {
  fullEvery: number;
  patternField?: string;
}

/**
 * The class default of `num_attention_heads`, for classes whose published files leave it out:
 * always (Gemma 3), or only inside a multimodal file's `text_config` (Mistral 3), which
 * transformers saves without the fields that equal the class defaults.
 */
export interface QueryHeadsDefault {
  value: number;
  when: "always" | "nested";
}

/** Per-class defaults of the fields dense GQA configs often leave out. */
export interface DenseGqaDefaults {
  /** `num_key_value_heads` when absent; `"query"` means equal to `num_attention_heads`. */
  kvHeads: number | "query";
  headDim: HeadDimRule;
  /** How the class lays out sliding layers when `layer_types` is absent. */
  sliding: "none" | "all" | "qwen" | InterleavedSliding;
  /** `sliding_window` when absent. */
  slidingWindow: number | null;
  /** `vocab_size` when absent. */
  vocabSize: number;
}

/**
 * Reads the attention of a Llama-style config: heads, KV heads, head width and the per-layer
 * window, with notes on settings that turn sliding windows off.
 */
export function readGqaLayers(reader: ConfigReader, defaults: DenseGqaDefaults, queryHeads?: QueryHeadsDefault) {
  const hiddenSize = reader.requiredInt("hidden_size");
  const layerCount = reader.requiredInt("num_hidden_layers");
  const useDefault = queryHeads !== undefined && (queryHeads.when === "always" || reader.nested);
  const numQueryHeads = useDefault ? reader.intOr("num_attention_heads", queryHeads.value, 1) : reader.requiredInt("num_attention_heads");
  const numKvHeads = readKvHeads(reader, numQueryHeads, defaults.kvHeads);
  const headDim = readHeadDim(reader, hiddenSize, numQueryHeads, defaults.headDim);
  const notes: string[] = [];
  const types = readLayerTypes(reader, layerCount) ?? defaultLayerTypes(reader, layerCount, defaults, notes);
  const slidingWindow = types.includes("sliding_attention")
    ? reader.nullableIntOr("sliding_window", defaults.slidingWindow, 1)
    : null;

  const attentionAt = types.map((type, index) =>
    groupedQueryAttention({ numQueryHeads, numKvHeads, headDim, window: windowOf(reader, index, type, slidingWindow, null) }),
  );
  return { hiddenSize, layerCount, attentionAt, notes };
}

function readKvHeads(reader: ConfigReader, numQueryHeads: number, fallback: number | "query"): number {
  if (fallback !== "query") return reader.intOr("num_key_value_heads", fallback, 1);
  if (reader.has("num_key_value_heads")) return reader.requiredInt("num_key_value_heads");

  reader.recordDefault("num_key_value_heads", numQueryHeads, `${reader.configClass} (num_attention_heads)`);
  return numQueryHeads;
}

function defaultLayerTypes(
  reader: ConfigReader,
  layerCount: number,
  defaults: DenseGqaDefaults,
  notes: string[],
): HfLayerType[] {
  const all = (type: HfLayerType) => Array.from({ length: layerCount }, () => type);
  switch (defaults.sliding) {
    case "none":
      return all("full_attention");
    case "all": {
      // Mistral applies `sliding_window` to every layer unless it is null.
      const window = reader.nullableIntOr("sliding_window", defaults.slidingWindow, 1);
      return all(window === null ? "full_attention" : "sliding_attention");
    }
    case "qwen": {
      // Qwen2Config and Qwen3Config keep `sliding_window` only when `use_sliding_window` is set,
      // and then layers at or past `max_window_layers` slide. A null window leaves every layer full.
      if (!reader.booleanOr("use_sliding_window", false)) return all("full_attention");
      if (reader.nullableIntOr("sliding_window", defaults.slidingWindow, 1) === null) {
        notes.push(`use_sliding_window is true but sliding_window is null, so no layer slides (as in ${reader.configClass}).`);
        return all("full_attention");
      }
      const firstSliding = reader.intOr("max_window_layers", 28);
      return Array.from({ length: layerCount }, (_, index) => (index >= firstSliding ? "sliding_attention" : "full_attention"));
    }
    default: {
      // The classes keep the pattern with a null window, and their attention then has no window.
      if (reader.nullableIntOr("sliding_window", defaults.slidingWindow, 1) === null) {
        notes.push(`sliding_window is null, so no layer slides (as in ${reader.configClass}).`);
        return all("full_attention");
      }
      const { fullEvery, patternField } = defaults.sliding;
      const every = patternField === undefined ? fullEvery : reader.intOr(patternField, fullEvery, 1);
      if (patternField === undefined) {
        reader.recordDefault("layer_types", `full attention on layers i with (i + 1) % ${every} == 0, sliding elsewhere`);
      }
      return Array.from({ length: layerCount }, (_, index) => ((index + 1) % every === 0 ? "full_attention" : "sliding_attention"));
    }
  }
}

function denseImporter(
  architectures: readonly string[],
  configClass: string,
  defaults: DenseGqaDefaults,
  queryHeads?: QueryHeadsDefault,
): ArchitectureImporter {
  return {
    architectures,
    configClass,
    read(reader): ImportedStack {
      const { hiddenSize, layerCount, attentionAt, notes } = readGqaLayers(reader, defaults, queryHeads);
      const intermediateSize = reader.requiredInt("intermediate_size");
      return {
        family: "gqa",
        hiddenSize,
        vocabSize: reader.nullableIntOr("vocab_size", defaults.vocabSize, 1),
        layers: buildLayers(
          layerCount,
          "gqa",
          (index) => attentionAt[index]!,
          () => ({ kind: "dense", intermediateSize }),
        ),
        mtpLayers: 0,
        notes,
      };
    },
  };
}

/** Llama 2/3 (`LlamaConfig`): full attention, `head_dim` derived when absent or null. */
export const llamaImporter = denseImporter(["LlamaForCausalLM"], "LlamaConfig", {
  kvHeads: "query",
  headDim: DERIVED_HEAD_DIM,
  sliding: "none",
  slidingWindow: null,
  vocabSize: 32000,
});

/**
 * Mistral (`MistralConfig`): every layer slides when `sliding_window` is set (default 4096).
 * Mistral Small 3.1/3.2 and Magistral Small (`Mistral3ForConditionalGeneration`) keep a
 * `MistralConfig` in `text_config`, which may leave out `num_attention_heads` at the class's 32;
 * their vision tower is not part of the decode stack.
 */
export const mistralImporter = denseImporter(
  ["MistralForCausalLM", "Mistral3ForConditionalGeneration"],
  "MistralConfig",
  { kvHeads: 8, headDim: DERIVED_HEAD_DIM, sliding: "all", slidingWindow: 4096, vocabSize: 32000 },
  { value: 32, when: "nested" },
);

/**
 * Ministral 3 and Devstral 2 (`Ministral3Config`): text-only `Ministral3ForCausalLM` files, and the
 * `text_config` of `Mistral3ForConditionalGeneration` files whose `text_config.model_type` is
 * `"ministral3"`. Its defaults differ from MistralConfig's: `head_dim` is 128 rather than `hidden_size /
 * num_attention_heads`, and `sliding_window` is null, so no layer slides unless the file sets a
 * window (transformers v5, `models/ministral3/configuration_ministral3.py`).
 */
export const ministral3Importer = denseImporter(
  ["Ministral3ForCausalLM", "Mistral3ForConditionalGeneration"],
  "Ministral3Config",
  { kvHeads: 8, headDim: { whenAbsent: 128, whenNull: "derived" }, sliding: "all", slidingWindow: null, vocabSize: 131072 },
  { value: 32, when: "nested" },
);

/** Qwen2 (`Qwen2Config`), which has no `head_dim` field. */
export const qwen2Importer = denseImporter(["Qwen2ForCausalLM"], "Qwen2Config", {
  kvHeads: 32,
  headDim: DERIVED_HEAD_DIM,
  sliding: "qwen",
  slidingWindow: 4096,
  vocabSize: 151936,
});

/**
 * Qwen3 dense (`Qwen3Config`): `head_dim` defaults to 128. The class stores a null `head_dim`
 * as given (transformers `models/qwen3/configuration_qwen3.py`), so null is invalid.
 */
export const qwen3Importer = denseImporter(["Qwen3ForCausalLM"], "Qwen3Config", {
  kvHeads: 32,
  headDim: { whenAbsent: 128, whenNull: "invalid" },
  sliding: "qwen",
  slidingWindow: 4096,
  vocabSize: 151936,
});

/**
 * Phi-3, Phi-3.5-mini and Phi-4 (`Phi3Config`): fused q/k/v and gate/up projections with the
 * same weight counts as Llama's, no `head_dim` field (the attention uses `hidden_size /
 * num_attention_heads`), and every layer slides when `sliding_window` is set (default null).
 */
export const phi3Importer = denseImporter(["Phi3ForCausalLM"], "Phi3Config", {
  kvHeads: "query",
  headDim: DERIVED_HEAD_DIM,
  sliding: "all",
  slidingWindow: null,
  vocabSize: 32064,
});

/**
 * Gemma 2 (`Gemma2Config`): `head_dim` 256 by default, and sliding-window layers (default 4096)
 * alternating with full ones, layer 0 sliding. Its GeGLU FFN has the three SwiGLU matrices.
 */
export const gemma2Importer = denseImporter(["Gemma2ForCausalLM"], "Gemma2Config", {
  kvHeads: 4,
  headDim: { whenAbsent: 256, whenNull: "invalid" },
  sliding: { fullEvery: 2 },
  slidingWindow: 4096,
  vocabSize: 256000,
});

/**
 * Gemma 3 (`Gemma3TextConfig`, the `text_config` of `Gemma3ForConditionalGeneration`): every
 * `sliding_window_pattern`-th layer (default 6) is full and the rest slide. Published files
 * leave out fields at their defaults (gemma-3-4b-it gives no head counts or `head_dim`), so the
 * query heads (8), KV heads (4) and `head_dim` (256, not `hidden_size / num_attention_heads`)
 * take the class defaults and are listed.
 */
export const gemma3Importer = denseImporter(
  ["Gemma3ForConditionalGeneration", "Gemma3ForCausalLM"],
  "Gemma3TextConfig",
  {
    kvHeads: 4,
    headDim: { whenAbsent: 256, whenNull: "invalid" },
    sliding: { fullEvery: 6, patternField: "sliding_window_pattern" },
    slidingWindow: 4096,
    vocabSize: 262208,
  },
  { value: 8, when: "always" },
);

/** The defaults OLMo (`OlmoConfig`) and OLMo 2 (`Olmo2Config`) share: Llama's layout, full attention. */
const OLMO_DEFAULTS: DenseGqaDefaults = {
  kvHeads: "query",
  headDim: DERIVED_HEAD_DIM,
  sliding: "none",
  slidingWindow: null,
  vocabSize: 50304,
};

/** OLMo (`OlmoConfig`). */
export const olmoImporter = denseImporter(["OlmoForCausalLM"], "OlmoConfig", OLMO_DEFAULTS);

/** OLMo 2 (`Olmo2Config`). */
export const olmo2Importer = denseImporter(["Olmo2ForCausalLM"], "Olmo2Config", OLMO_DEFAULTS);

/** OLMo 3 (`Olmo3Config`): three sliding-window layers (default 4096) then one full layer. */
export const olmo3Importer = denseImporter(["Olmo3ForCausalLM"], "Olmo3Config", {
  kvHeads: "query",
  headDim: DERIVED_HEAD_DIM,
  sliding: { fullEvery: 4 },
  slidingWindow: 4096,
  vocabSize: 50304,
});
