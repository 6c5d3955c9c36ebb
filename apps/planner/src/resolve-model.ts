import { getModel, importHfConfigText, isCatalogError, listModelIds, type ModelDescriptor } from "@modelsys/catalog";

import type { CliIo } from "./io.js";
import { FileTooLargeError } from "./read-text-file.js";
import { UsageError } from "./usage-error.js";

/** A model named on the command line, with what its import assumed. */
export interface ResolvedModel {
  model: ModelDescriptor;
  /** Fields defaulted and layers skipped when the model came from a config.json file. */
  importNotes: string[];
  /** True when the model came from a file rather than the built-in catalog. */
  imported: boolean;
}

/**
 * Largest config.json read: 4 MiB. Published configs are a few kilobytes: the largest of the
 * catalog's fixtures, Qwen3.5-9B's with its vision section, is 3.1 kB. A larger file is most
 * likely a weights or data file given by mistake, and reading it whole wastes time and memory.
 */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** A Hugging Face repository id such as `Qwen/Qwen3-8B`: one slash, no file extension. */
const REPOSITORY_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

/**
 * Resolves `--model`: a built-in id, or a path to a Hugging Face config.json (anything ending in
 * `.json`, in any case, or containing a path separator).
 */
export function resolveModel(reference: string, io: CliIo): ResolvedModel {
  if (reference.trim() === "") {
    throw new UsageError(`Invalid --model "${reference}": expected a built-in id (see "planner models") or a path to a config.json.`);
  }
  const looksLikePath = /\.json$/i.test(reference) || reference.includes("/") || reference.includes("\\");
  if (!looksLikePath) return { model: builtInModel(reference), importNotes: [], imported: false };

  if (!io.fileExists(reference)) {
    const repository =
      REPOSITORY_ID.test(reference) && !/\.json$/i.test(reference)
        ? ` "${reference}" looks like a Hugging Face repository id: download its config.json (https://huggingface.co/${reference}/blob/main/config.json) and pass the file's path.`
        : "";
    throw new UsageError(`Model file not found: ${reference}.${repository} Pass a built-in id (see "planner models") or a path to a config.json.`);
  }
  let text: string;
  try {
    text = io.readTextFile(reference, MAX_CONFIG_BYTES);
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      throw new UsageError(
        `Model file ${reference} is larger than ${MAX_CONFIG_BYTES / (1024 * 1024)} MiB, and a config.json is a few kilobytes. Pass the model's config.json, not a weights or data file.`,
        { cause: error },
      );
    }
    if ((error as NodeJS.ErrnoException).code === "EISDIR") {
      const inside = `${reference.replace(/[\\/]+$/, "")}/config.json`;
      throw new UsageError(`Model file ${reference} is a directory. Pass the config.json inside it, such as ${inside}.`, { cause: error });
    }
    throw new UsageError(
      `Failed to read model file ${reference}: ${(error as Error).message}. Pass a path to a readable config.json file.`,
      { cause: error },
    );
  }
  const result = importHfConfigText(text, { file: reference });
  const importNotes = [
    ...result.notes,
    ...result.defaultedFields.map((field) => `${field.field} defaulted to ${JSON.stringify(field.value)}, from ${field.source}`),
  ];
  return { model: result.model, importNotes, imported: true };
}

/**
 * Returns the built-in model `id`, or throws a usage error for an unknown id. On the command line
 * a config.json path works in place of an id, so the message suggests one instead of the catalog's
 * advice to library callers.
 */
function builtInModel(id: string): ModelDescriptor {
  try {
    return getModel(id);
  } catch (error) {
    if (!isCatalogError(error) || error.code !== "UNKNOWN_MODEL") throw error;
    const known = listModelIds();
    const lowerCase = known.find((candidate) => candidate === id.trim().toLowerCase());
    const hint = lowerCase === undefined ? "" : ` Did you mean "${lowerCase}"? Ids are lower case.`;
    throw new UsageError(
      `Unknown model ${JSON.stringify(id)}.${hint} Known models: ${known.join(", ")}. For another model, pass the path of its Hugging Face config.json.`,
      { cause: error },
    );
  }
}
