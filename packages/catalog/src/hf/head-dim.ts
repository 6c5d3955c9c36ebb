import { CatalogError } from "../errors.js";
import type { ConfigReader } from "./config-reader.js";

/**
 * The `head_dim` policy of one Hugging Face config class: the width it takes when the file lacks
 * the field, and its handling of an explicit null.
 */
export interface HeadDimRule {
  /** A fixed default width, or `"derived"` for `hidden_size / num_attention_heads`. */
  whenAbsent: number | "derived";
  /**
   * `"derived"` when the class replaces null with `hidden_size / num_attention_heads`, and
   * `"invalid"` when it keeps the null, which leaves the model code without a head width.
   */
  whenNull: "derived" | "invalid";
}

/**
 * The rule of classes that derive a missing or null `head_dim`. LlamaConfig and MistralConfig
 * replace None in `__init__`, and MiniMax's attention computes `head_dim or hidden_size //
 * num_attention_heads`. Qwen2, Qwen2-MoE, Qwen3-MoE and ERNIE 4.5 MoE have no `head_dim` field,
 * and their attention falls back on the quotient when the attribute is missing. The import reads
 * a null there as missing, because such a file names no width at all.
 */
export const DERIVED_HEAD_DIM: HeadDimRule = { whenAbsent: "derived", whenNull: "derived" };

/** Reads `head_dim`, applying the config class's `rule` when the file lacks it or gives null. */
export function readHeadDim(reader: ConfigReader, hiddenSize: number, numQueryHeads: number, rule: HeadDimRule): number {
  const value = reader.config["head_dim"];
  if (value === undefined) {
    if (rule.whenAbsent === "derived") return deriveHeadDim(reader, hiddenSize, numQueryHeads, value);
    return reader.intOr("head_dim", rule.whenAbsent, 1);
  }
  if (value !== null) return reader.requiredInt("head_dim");

  if (rule.whenNull === "derived") return deriveHeadDim(reader, hiddenSize, numQueryHeads, value);
  const withoutField =
    rule.whenAbsent === "derived" ? "hidden_size / num_attention_heads" : `the class default ${rule.whenAbsent}`;
  throw reader.invalid(
    "head_dim",
    null,
    `a positive integer, because ${reader.configClass} keeps a null head_dim instead of deriving one. Remove the field to take ${withoutField}, or set the model's head width`,
  );
}

/** Returns `hidden_size / num_attention_heads` and records it as defaulted. */
function deriveHeadDim(reader: ConfigReader, hiddenSize: number, numQueryHeads: number, value: null | undefined): number {
  // Hugging Face floors the quotient. A width that does not divide the hidden size almost always
  // means the file left out its real head_dim, so the import rejects the file and names the field.
  if (hiddenSize % numQueryHeads !== 0) {
    const reason = `hidden_size ${hiddenSize} is not a multiple of num_attention_heads ${numQueryHeads}, so the head width cannot be derived. Set head_dim to the model's head width from its published config.json`;
    if (value === null) throw reader.invalid("head_dim", null, `a positive integer: ${reason}`);
    throw new CatalogError("MISSING_CONFIG_FIELD", `Missing field "head_dim" in ${reader.file}: ${reason}.`, {
      field: "head_dim",
      file: reader.file,
    });
  }
  const derived = hiddenSize / numQueryHeads;
  const reason = value === null ? "null head_dim is" : "head_dim is";
  reader.recordDefault("head_dim", derived, `${reader.configClass} (${reason} hidden_size / num_attention_heads)`);
  return derived;
}
