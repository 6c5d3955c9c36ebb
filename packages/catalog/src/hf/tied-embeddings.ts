import type { ConfigReader, JsonObject } from "./config-reader.js";

/**
 * Default of `tie_word_embeddings` per config class, for files that leave the field out.
 * Source: each class's field in huggingface/transformers v5
 * (src/transformers/models/<model>/configuration_<model>.py, commit 008e574; Gemma3TextConfig
 * from the v4 file, d98ac17). vLLM's Step3TextConfig (vllm/transformers_utils/configs/step3_vl.py)
 * does not set the field, and transformers v5 reads a missing one as false.
 */
const TIE_WORD_EMBEDDINGS_DEFAULTS: Readonly<Record<string, boolean>> = {
  DeepseekV3Config: false,
  DeepseekV2Config: false,
  Ernie4_5_MoeConfig: true,
  GptOssConfig: false,
  Llama4TextConfig: false,
  MiniMaxConfig: false,
  Glm4MoeConfig: false,
  Qwen3NextConfig: false,
  Qwen3_5TextConfig: false,
  Qwen3_5MoeTextConfig: false,
  Qwen2MoeConfig: false,
  Qwen3MoeConfig: false,
  Step3TextConfig: false,
  LlamaConfig: false,
  MistralConfig: false,
  Ministral3Config: false,
  Qwen2Config: false,
  Qwen3Config: false,
  Phi3Config: false,
  Gemma2Config: true,
  Gemma3TextConfig: true,
  OlmoConfig: false,
  Olmo2Config: false,
  Olmo3Config: false,
  MixtralConfig: false,
  OlmoeConfig: false,
};

/**
 * Reads whether the LM head reuses the input embedding (`tie_word_embeddings`). A multimodal file
 * may keep the field in `text_config` or at its top level; the `text_config` value wins. A file
 * without it takes the default of the class that describes its text model, recorded as defaulted.
 */
export function readTiedEmbeddings(reader: ConfigReader, root: JsonObject): boolean {
  const field = "tie_word_embeddings";
  const topLevel = root[field];
  if (reader.nested && !reader.has(field) && topLevel !== undefined && topLevel !== null) {
    if (typeof topLevel !== "boolean") throw reader.invalid(field, topLevel, "a boolean");
    return topLevel;
  }
  return reader.booleanOr(field, classDefault(reader.configClass));
}

/** Returns the class's default, or false, as transformers v5 reads a missing field, for a class not listed. */
function classDefault(configClass: string): boolean {
  return Object.hasOwn(TIE_WORD_EMBEDDINGS_DEFAULTS, configClass) ? TIE_WORD_EMBEDDINGS_DEFAULTS[configClass]! : false;
}
