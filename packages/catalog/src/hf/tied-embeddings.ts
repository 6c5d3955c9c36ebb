import type { ConfigReader, JsonObject } from "./config-reader.js";

/**
 * `tie_word_embeddings` defaults of the config classes listed here: Gemma ties the LM head to the
 * embedding, and the others do not.
 * NOTE: the LlamaConfig, Gemma2Config, Gemma3TextConfig, DeepseekV3Config, GptOssConfig,
 * Qwen3NextConfig and MiniMaxConfig defaults were read from transformers' source. The other
 * entries are assumed to follow LlamaConfig and are unchecked.
 */
const TIED_BY_CLASS_DEFAULT: Readonly<Record<string, boolean>> = {
  DeepseekV2Config: false,
  DeepseekV3Config: false,
  Gemma2Config: true,
  Gemma3TextConfig: true,
  Glm4MoeConfig: false,
  GptOssConfig: false,
  LlamaConfig: false,
  MiniMaxConfig: false,
  MistralConfig: false,
  MixtralConfig: false,
  Olmo2Config: false,
  OlmoConfig: false,
  OlmoeConfig: false,
  Phi3Config: false,
  Qwen2Config: false,
  Qwen2MoeConfig: false,
  Qwen3Config: false,
  Qwen3MoeConfig: false,
  Qwen3NextConfig: false,
};

/**
 * Reads `tie_word_embeddings` from the language model's fields, then from the top level of a
 * multimodal file. A file without it takes its class's default, which is recorded. Returns
 * undefined when the file lacks the field and its class is not listed.
 */
export function readTiedEmbeddings(reader: ConfigReader, root: JsonObject): boolean | undefined {
  const field = "tie_word_embeddings";
  const value = reader.config[field] ?? root[field];
  if (value === undefined || value === null) {
    const fallback = Object.hasOwn(TIED_BY_CLASS_DEFAULT, reader.configClass) ? TIED_BY_CLASS_DEFAULT[reader.configClass] : undefined;
    if (fallback !== undefined) reader.recordDefault(field, fallback);
    return fallback;
  }
  if (typeof value !== "boolean") throw reader.invalid(field, value, "true or false");
  return value;
}
