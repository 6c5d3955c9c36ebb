import { isAttentionError } from "@modelsys/attention";

import { describeValue } from "../describe-value.js";
import { CatalogError } from "../errors.js";
import type { ModelDescriptor } from "../model.js";
import { defineModel } from "../schema.js";
import { ConfigReader, type DefaultedField, type JsonObject } from "./config-reader.js";
import { deepseekImporter, deepseekV2Importer } from "./deepseek.js";
import {
  gemma2Importer,
  gemma3Importer,
  llamaImporter,
  ministral3Importer,
  mistralImporter,
  olmo2Importer,
  olmo3Importer,
  olmoImporter,
  phi3Importer,
  qwen2Importer,
  qwen3Importer,
} from "./dense-gqa.js";
import { findDuplicateKey } from "./duplicate-keys.js";
import { ernieImporter } from "./ernie.js";
import { findNonJsonNumber } from "./non-json-numbers.js";
import { gptOssImporter } from "./gpt-oss.js";
import type { ArchitectureImporter, ImportedStack } from "./imported-stack.js";
import { llama4Importer } from "./llama4.js";
import { minimaxImporter } from "./minimax.js";
import { glm4MoeImporter, mixtralImporter, olmoeImporter } from "./moe-gqa.js";
import { readWeightPrecision } from "./quantization.js";
import { qwen35Importer, qwen35MoeImporter, qwen3NextImporter } from "./qwen-hybrid.js";
import { qwen2MoeImporter, qwen3MoeImporter } from "./qwen-moe.js";
import { step3Importer } from "./step3.js";
import { readTiedEmbeddings } from "./tied-embeddings.js";
import { findTrailingComma } from "./trailing-commas.js";

const IMPORTERS: readonly ArchitectureImporter[] = [
  deepseekImporter,
  deepseekV2Importer,
  qwen3Importer,
  qwen3MoeImporter,
  qwen2MoeImporter,
  qwen2Importer,
  llamaImporter,
  mistralImporter,
  // After mistralImporter, which takes Mistral3ForConditionalGeneration files unless their text_config is a ministral3 one.
  ministral3Importer,
  gptOssImporter,
  minimaxImporter,
  llama4Importer,
  ernieImporter,
  step3Importer,
  mixtralImporter,
  phi3Importer,
  gemma2Importer,
  gemma3Importer,
  olmoImporter,
  olmo2Importer,
  olmo3Importer,
  olmoeImporter,
  glm4MoeImporter,
  qwen3NextImporter,
  qwen35Importer,
  qwen35MoeImporter,
];

/**
 * Importers chosen by the `model_type` of a multimodal file's `text_config`, for architectures
 * that wrap text configs of more than one class, whose defaults differ.
 */
const TEXT_CONFIG_IMPORTERS: Readonly<Record<string, ArchitectureImporter>> = {
  ministral3: ministral3Importer,
};

/**
 * Architectures whose config class keeps the language model's fields in a `text_config`
 * sub-config, listed in its `sub_configs` in transformers (Mistral3Config, Gemma3Config,
 * Llama4Config, Qwen3_5Config and Qwen3_5MoeConfig), and Step-3's multimodal class. Text-only
 * classes such as Qwen3Config have no such sub-config and build their layers from the top-level
 * fields (`models/qwen3/configuration_qwen3.py` and `models/qwen3_5/configuration_qwen3_5.py` at
 * commit 008e574), so a `text_config` key in their files is ignored.
 */
const TEXT_CONFIG_ARCHITECTURES: ReadonlySet<string> = new Set([
  "Mistral3ForConditionalGeneration",
  "Gemma3ForConditionalGeneration",
  "Llama4ForConditionalGeneration",
  "Qwen3_5ForConditionalGeneration",
  "Qwen3_5MoeForConditionalGeneration",
  "Step3VLForConditionalGeneration",
]);

/**
 * The reason each known but unsupported architecture is rejected. Relabelling such a file as a
 * supported class, the usual workaround, would give silently wrong figures.
 */
const UNSUPPORTED_REASONS: Readonly<Record<string, string>> = {
  KimiLinearForCausalLM:
    'Kimi Linear mixes KDA linear-attention layers with MLA layers; use the built-in model "kimi-linear" (planner cost --model kimi-linear)',
  DeepseekV32ForCausalLM:
    "DeepSeek-V3.2 attends to a selected subset of the cached tokens (DeepSeek Sparse Attention), which the importer does not model; relabelling the file as DeepseekV3ForCausalLM prices dense MLA, which overstates attention at long context",
};

/** Every `architectures[0]` value {@link importHfConfig} accepts. Frozen, as the other shared lists are. */
export const SUPPORTED_ARCHITECTURES: readonly string[] = Object.freeze([...new Set(IMPORTERS.flatMap((importer) => importer.architectures))]);

/** Options of {@link importHfConfig}. */
export interface HfImportOptions {
  /** Name of the file in error messages and the descriptor's `source`. Default `config.json`. */
  file?: string;
  /** Descriptor id. Default: derived from `file`. */
  id?: string;
  /** Descriptor name. Default: the id. */
  name?: string;
}

/** The imported descriptor with everything the import assumed. */
export interface HfImportResult {
  model: ModelDescriptor;
  architecture: string;
  /** Fields the file lacks that took their config class's default. */
  defaultedFields: DefaultedField[];
  /** What the import skipped or dropped (multi-token-prediction layers, removed tail layers). */
  notes: string[];
}

/**
 * Imports a Hugging Face `config.json` (already parsed) as a {@link ModelDescriptor}.
 *
 * Core dimensions (hidden size, layer count, head counts, latent ranks, FFN widths) are required,
 * and a missing one is `MISSING_CONFIG_FIELD` naming the field and the file; Gemma 3's head counts
 * and `num_attention_heads` in a Mistral 3 `text_config` are the exceptions, because published
 * files leave them at the class defaults. Fields that
 * a file may omit (layer patterns, dense-layer counts, `head_dim` where the class derives it)
 * take the class's default and are listed in `defaultedFields`. A multimodal file's class is its
 * architecture's, unless its `text_config.model_type` names another (`ministral3` in
 * `Mistral3ForConditionalGeneration` files). Only architectures whose class nests a `text_config`
 * read it, and a text-only file such as a `Qwen3ForCausalLM` one with a `text_config` key is read
 * from its top level, with a note. The KV element type comes from the
 * model family, never from `torch_dtype`, and multi-token-prediction layers are skipped.
 * `tiedEmbeddings` follows `tie_word_embeddings`, or the class's default when the file lacks it. The
 * weight precision follows `quantization_config` where its `quant_method` is `fp8` or `mxfp4`
 * (gpt-oss: routed experts in MXFP4, other weights in BF16), and is FP8 otherwise, with a note
 * for a method the import does not model.
 * Attention dimensions that do not fit together (KV heads that do not divide query heads) are
 * `INVALID_MODEL_CONFIG` naming the file, and options other than `file`, `id` and `name` are
 * `INVALID_OPTION`.
 */
export function importHfConfig(config: unknown, options: HfImportOptions = {}): HfImportResult {
  checkImportOptions("importHfConfig", options);
  const file = options.file ?? "config.json";
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw new CatalogError("INVALID_MODEL_CONFIG", `Invalid config in ${file}: expected a JSON object at the top level.`, {
      file,
      value: config,
    });
  }

  const root = config as JsonObject;
  const architecture = readArchitecture(root, file);
  const importer = IMPORTERS.find((candidate) => candidate.architectures.includes(architecture));
  if (importer === undefined) {
    // Own keys only, so that "constructor" or "toString" never print an Object.prototype member.
    const reason = Object.hasOwn(UNSUPPORTED_REASONS, architecture) ? UNSUPPORTED_REASONS[architecture] : undefined;
    throw new CatalogError(
      "UNSUPPORTED_ARCHITECTURE",
      `Unsupported architecture "${architecture}" in ${file}.${reason === undefined ? "" : ` ${reason}.`} Supported architectures: ${SUPPORTED_ARCHITECTURES.join(", ")}. Put one of them first in "architectures" only if the model's layers are that class's (attention, FFN and layer pattern), or the figures will be wrong. Otherwise describe the model in code with defineModel() from @modelsys/catalog, or pick a built-in model (run "planner models").`,
      { field: "architectures", value: architecture, file },
    );
  }

  const textConfig = readTextConfig(root, architecture, file);
  const nested = textConfig !== undefined;
  const chosen = nested ? textConfigImporter(importer, architecture, textConfig) : importer;
  const reader = new ConfigReader(
    nested ? textConfig : root,
    nested ? `${file} (text_config)` : file,
    chosen.configClass,
    nested,
  );
  const stack = readStack(chosen, reader);
  const tiedEmbeddings = readTiedEmbeddings(reader, root);
  const precision = readWeightPrecision(root, textConfig, stack.layers, file);
  const notes = [...stack.notes, ...precision.notes, ...ignoredTextConfigNotes(root, architecture, chosen)];

  const id = options.id ?? idFromFile(file);
  const model = defineModel({
    id,
    name: options.name ?? id,
    family: stack.family,
    hiddenSize: stack.hiddenSize,
    vocabSize: stack.vocabSize,
    tiedEmbeddings,
    weightElementType: precision.weightElementType,
    ...(precision.routedExpertWeightFormat === undefined ? {} : { routedExpertWeightFormat: precision.routedExpertWeightFormat }),
    layers: stack.layers,
    mtpLayers: stack.mtpLayers,
    source: `Imported from ${file} (${architecture})`,
    notes,
  });
  return { model, architecture, defaultedFields: reader.defaulted, notes };
}

/**
 * Returns the `text_config` object of an architecture that nests one, or undefined when the file
 * has none or the architecture reads its top level. A `text_config` that is not an object is
 * `INVALID_MODEL_CONFIG`.
 */
function readTextConfig(root: JsonObject, architecture: string, file: string): JsonObject | undefined {
  const textConfig = root["text_config"];
  if (!TEXT_CONFIG_ARCHITECTURES.has(architecture) || textConfig === undefined || textConfig === null) return undefined;
  if (typeof textConfig === "object" && !Array.isArray(textConfig)) return textConfig as JsonObject;

  // Reading the top level instead would report its missing fields, not the broken text_config.
  throw new CatalogError(
    "INVALID_MODEL_CONFIG",
    `Invalid field "text_config" in ${file}: got ${describeValue(textConfig)}, expected an object with the language model's fields, as multimodal config.json files have. Restore it from the model's published config.json, or remove it if the file has those fields at the top level.`,
    { field: "text_config", value: textConfig, file },
  );
}

/** Returns the note for a `text_config` key that `architecture` does not read, or no note. */
function ignoredTextConfigNotes(root: JsonObject, architecture: string, importer: ArchitectureImporter): string[] {
  const textConfig = root["text_config"];
  if (TEXT_CONFIG_ARCHITECTURES.has(architecture) || textConfig === undefined || textConfig === null) return [];
  return [`Ignored text_config: ${architecture} (${importer.configClass}) has no text_config sub-config, so the fields were read from the top level.`];
}

/** Returns the importer of the `text_config`'s class when its `model_type` names one for `architecture`. */
function textConfigImporter(importer: ArchitectureImporter, architecture: string, textConfig: JsonObject): ArchitectureImporter {
  const modelType = textConfig["model_type"];
  const variant = typeof modelType === "string" && Object.hasOwn(TEXT_CONFIG_IMPORTERS, modelType) ? TEXT_CONFIG_IMPORTERS[modelType] : undefined;
  return variant !== undefined && variant.architectures.includes(architecture) ? variant : importer;
}

/** Parses config.json text and imports it; malformed JSON is `INVALID_JSON` naming the file. */
export function importHfConfigText(text: string, options: HfImportOptions = {}): HfImportResult {
  checkImportOptions("importHfConfigText", options);
  const value: unknown = text;
  if (typeof value !== "string") {
    // Node's readFileSync without an encoding returns a Buffer, a Uint8Array subclass.
    const got = value instanceof Uint8Array ? `a ${value.constructor.name}` : describeValue(value);
    throw new CatalogError(
      "INVALID_OPTION",
      `Invalid text for importHfConfigText: got ${got}, expected the config.json contents as a string. Read the file as text, such as readFileSync(path, "utf8"), or pass parsed JSON to importHfConfig.`,
      { field: "text", value: text },
    );
  }
  const file = options.file ?? "config.json";
  // Editors on some systems save JSON with a byte-order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, "");
  if (json.trim() === "") {
    throw new CatalogError("INVALID_JSON", `Invalid JSON in ${file}: the file is empty. Pass the model's complete config.json.`, { file });
  }
  let config: unknown;
  try {
    config = JSON.parse(json);
  } catch (error) {
    throw invalidJson(json, file, error);
  }
  rejectDuplicateKey(json, file);
  return importHfConfig(config, options);
}

/** Returns the `INVALID_JSON` error for text that `JSON.parse` rejected, with the likely fix. */
function invalidJson(json: string, file: string, error: unknown): CatalogError {
  const nonJson = findNonJsonNumber(json);
  if (nonJson !== undefined) {
    const where = nonJson.key === undefined ? `line ${nonJson.line}` : `"${printableKey(nonJson.key)}" on line ${nonJson.line}`;
    return new CatalogError(
      "INVALID_JSON",
      `Invalid JSON in ${file}: ${where} is ${nonJson.token}, which Python's json module writes for a float but JSON does not allow. Replace it with a number, or with null where the field may be empty.`,
      { field: nonJson.key, value: nonJson.token, file, cause: error },
    );
  }
  const trailingComma = findTrailingComma(json);
  if (trailingComma !== undefined) {
    return new CatalogError(
      "INVALID_JSON",
      `Invalid JSON in ${file}: the comma on line ${trailingComma.line} comes right before "${trailingComma.closing}" (a trailing comma), which JSON does not allow. Remove that comma.`,
      { file, cause: error },
    );
  }
  return new CatalogError("INVALID_JSON", `Invalid JSON in ${file}: ${(error as Error).message}. ${invalidJsonFix(json)}`, { file, cause: error });
}

/**
 * Returns `key` with control characters and line separators written as `\uXXXX` escapes, so that
 * a key such as `"a\nb"` names itself on one line of the message.
 */
function printableKey(key: string): string {
  const isControl = (code: number) => code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
  return [...key].map((char) => (isControl(char.charCodeAt(0)) ? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}` : char)).join("");
}

/** Returns the likely fix for text that is not JSON, from the kind of bytes it contains. */
function invalidJsonFix(json: string): string {
  if (looksUtf16(json)) return "The file looks UTF-16 encoded: save it as UTF-8.";
  if (json.includes("\u0000")) return "The file holds NUL bytes, so it is binary or damaged rather than a config.json: download the model's config.json again.";
  return "Check that the file is a complete config.json.";
}

/**
 * Returns true when `text` reads like UTF-16 text decoded as UTF-8. ASCII characters in UTF-16
 * have a NUL byte beside each one, so in the first 256 characters (after a mangled byte-order
 * mark) every other character is NUL and the characters between them are not.
 */
function looksUtf16(text: string): boolean {
  const sample = text.replace(/^\uFFFD+/, "").slice(0, 256);
  if (sample.length < 4) return false;
  const isNulAt = (index: number) => sample[index] === "\u0000";
  const parity = isNulAt(0) ? 0 : 1;
  for (let index = 0; index < sample.length; index++) {
    if (isNulAt(index) !== (index % 2 === parity)) return false;
  }
  return true;
}

/**
 * Rejects a key given twice with different values. `JSON.parse`, like transformers' reader
 * (Python's `json` module), keeps the last value, so a field edited at its first place would be
 * ignored without a message.
 */
function rejectDuplicateKey(json: string, file: string): void {
  const duplicate = findDuplicateKey(json);
  if (duplicate === undefined) return;
  throw new CatalogError(
    "INVALID_JSON",
    `Invalid JSON in ${file}: key "${duplicate.path}" appears twice, with ${duplicate.first} and then ${duplicate.last}. JSON.parse and Python's json module, which transformers uses, keep the last value without a warning, so remove the occurrence that is wrong.`,
    { field: duplicate.path, value: [duplicate.first, duplicate.last], file },
  );
}

const IMPORT_OPTION_KEYS: readonly (keyof HfImportOptions)[] = ["file", "id", "name"];

/**
 * Checks the options of an import: an object whose keys are `file`, `id` and `name`, each a
 * non-empty string. A misspelt key would otherwise be ignored and the model named
 * "imported-model".
 */
function checkImportOptions(where: string, options: unknown): asserts options is HfImportOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new CatalogError(
      "INVALID_OPTION",
      `Invalid options ${describeValue(options)} of ${where}: expected an object such as { file: "config.json" }.`,
      { field: "options", value: options },
    );
  }
  for (const [key, value] of Object.entries(options)) {
    if (!(IMPORT_OPTION_KEYS as readonly string[]).includes(key)) {
      throw new CatalogError("INVALID_OPTION", `Unknown option "${key}" of ${where}: use ${IMPORT_OPTION_KEYS.join(", ")}.`, {
        field: key,
        value,
      });
    }
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      throw new CatalogError("INVALID_OPTION", `Invalid option ${key} ${describeValue(value)} of ${where}: expected a non-empty string.`, {
        field: key,
        value,
      });
    }
  }
}

/**
 * The config.json fields that set attention descriptor fields in every Llama-style config class,
 * so that an error can name the field the user edits.
 */
const CONFIG_FIELD_OF_DESCRIPTOR_FIELD: Readonly<Record<string, string>> = {
  numQueryHeads: "num_attention_heads",
  numKvHeads: "num_key_value_heads",
  headDim: "head_dim",
};

/**
 * Rewrites descriptor field names in an attention error message to the config.json fields they
 * come from, where the file has that field. Returns the file's name for `field` too.
 */
function inConfigTerms(message: string, field: string | undefined, reader: ConfigReader): { message: string; field: string | undefined } {
  let rewritten = message;
  for (const [descriptorField, configField] of Object.entries(CONFIG_FIELD_OF_DESCRIPTOR_FIELD)) {
    if (reader.has(configField)) rewritten = rewritten.replace(new RegExp(`\\b${descriptorField}\\b`, "g"), configField);
  }
  const configField = field === undefined ? undefined : CONFIG_FIELD_OF_DESCRIPTOR_FIELD[field];
  return { message: rewritten, field: configField !== undefined && reader.has(configField) ? configField : field };
}

/** Runs the importer, reporting attention dimensions that do not fit together against the file. */
function readStack(importer: ArchitectureImporter, reader: ConfigReader): ImportedStack {
  try {
    return importer.read(reader);
  } catch (error) {
    if (!isAttentionError(error)) throw error;
    const named = inConfigTerms(error.message, error.field, reader);
    const message = `${named.message} The value comes from ${reader.file}, so check it against the model's published config.json.`;
    throw new CatalogError("INVALID_MODEL_CONFIG", message, {
      field: named.field,
      value: error.value,
      file: reader.file,
      cause: error,
    });
  }
}

function readArchitecture(root: JsonObject, file: string): string {
  const architectures = root["architectures"];
  if (Array.isArray(architectures) && typeof architectures[0] === "string") return architectures[0];
  if (architectures === undefined) {
    throw new CatalogError(
      "MISSING_CONFIG_FIELD",
      `Missing field "architectures" in ${file}: it names the model class, for example ["LlamaForCausalLM"]. Supported: ${SUPPORTED_ARCHITECTURES.join(", ")}.`,
      { field: "architectures", file },
    );
  }
  throw new CatalogError(
    "INVALID_MODEL_CONFIG",
    `Invalid field "architectures" in ${file}: got ${describeValue(architectures)}, expected a list of class names such as ["LlamaForCausalLM"].`,
    { field: "architectures", value: architectures, file },
  );
}

/**
 * Derives an id from the file name, or from its folder for the usual `config.json` (so
 * `DeepSeek-V3/config.json` becomes `deepseek-v3`). Characters outside `a-z 0-9 . -` become `-`.
 */
function idFromFile(file: string): string {
  const parts = file.split(/[\\/]/).filter((part) => part !== "" && part !== ".");
  const base = parts.pop() ?? file;
  const stem = slug(base.replace(/\.json$/i, ""));
  if (stem !== "" && stem !== "config") return stem;

  const folder = slug(parts.pop() ?? "");
  return folder === "" || folder === ".." ? "imported-model" : folder;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/-+$/, "");
}
