import { describeValue } from "../describe-value.js";
import { CatalogError } from "../errors.js";

/** A field the imported file lacks and that took its Hugging Face config class's default. */
export interface DefaultedField {
  field: string;
  value: unknown;
  /** Where the default comes from, for example `DeepseekV3Config`. */
  source: string;
}

/**
 * Upper bounds that reject corrupted files before the importer builds a stack from them. Public
 * models have at most a few hundred layers; the bounds leave a wide margin.
 */
const MAXIMUM_BY_FIELD: Record<string, number> = { num_hidden_layers: 4096 };
const MAXIMUM_DIMENSION = 2 ** 31 - 1;

/** A JSON object as read from a config file. */
export type JsonObject = Record<string, unknown>;

/**
 * Typed access to the fields of one config.json, recording every field that takes a default.
 * Every error names the field and the file.
 */
export class ConfigReader {
  readonly defaulted: DefaultedField[] = [];

  constructor(
    readonly config: JsonObject,
    readonly file: string,
    /** The Hugging Face config class whose defaults apply, for example `Qwen3Config`. */
    readonly configClass: string,
    /**
     * True when the fields come from a multimodal file's `text_config`. transformers saves such
     * a sub-config without the fields that equal its class defaults, so core fields may be absent.
     */
    readonly nested = false,
  ) {}

  has(field: string): boolean {
    return this.config[field] !== undefined && this.config[field] !== null;
  }

  /** Reads an integer ≥ `minimum` (default 1) that has no usable default, so an absent field is `MISSING_CONFIG_FIELD`. */
  requiredInt(field: string, minimum = 1): number {
    const value = this.config[field];
    if (value === undefined || value === null) throw this.missing(field);
    return this.checkInt(field, value, minimum);
  }

  /** Returns the `MISSING_CONFIG_FIELD` error for `field`, which has no default to fall back on. */
  missing(field: string): CatalogError {
    return new CatalogError(
      "MISSING_CONFIG_FIELD",
      `Missing field "${field}" in ${this.file}: ${this.configClass} needs it to build the layer stack. Add it from the model's published config.json.`,
      { field, file: this.file },
    );
  }

  /** Reads an integer ≥ `minimum`, or takes `fallback` and records it as defaulted. */
  intOr(field: string, fallback: number, minimum = 0): number {
    const value = this.config[field];
    if (value === undefined) {
      this.recordDefault(field, fallback);
      return fallback;
    }
    return this.checkInt(field, value, minimum);
  }

  /** Reads an integer or null (an explicit "none"), or takes `fallback` and records it. */
  nullableIntOr(field: string, fallback: number | null, minimum = 0): number | null {
    const value = this.config[field];
    if (value === undefined) {
      this.recordDefault(field, fallback);
      return fallback;
    }
    if (value === null) return null;
    return this.checkInt(field, value, minimum);
  }

  /** Reads a boolean, or takes `fallback` and records it. */
  booleanOr(field: string, fallback: boolean): boolean {
    const value = this.config[field];
    if (value === undefined || value === null) {
      this.recordDefault(field, fallback);
      return fallback;
    }
    if (typeof value !== "boolean") throw this.invalid(field, value, "a boolean");
    return value;
  }

  /** Reads an array of integers, or returns undefined when the file lacks it. */
  intArray(field: string): number[] | undefined {
    const value = this.config[field];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw this.invalid(field, value, "an array of integers");
    return value.map((item, index) => this.checkInt(`${field}[${index}]`, item, 0));
  }

  /**
   * Reads an array of 0-based layer indices, each below `layerCount`, or returns undefined when
   * the file lacks it. An index past the stack names its position, such as `mlp_only_layers[1]`.
   */
  layerIndexArray(field: string, layerCount: number): number[] | undefined {
    const indices = this.intArray(field);
    indices?.forEach((index, position) => {
      if (index >= layerCount) {
        throw this.invalid(`${field}[${position}]`, index, `a layer index below num_hidden_layers (${layerCount})`);
      }
    });
    return indices;
  }

  /** Reads an array of strings, or returns undefined when the file lacks it. */
  stringArray(field: string): string[] | undefined {
    const value = this.config[field];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
      throw this.invalid(field, value, "an array of strings");
    }
    return value as string[];
  }

  /** Records a default without reading anything. A field read twice (Mistral's `sliding_window`) is listed once. */
  recordDefault(field: string, value: unknown, source = this.configClass): void {
    if (this.defaulted.some((entry) => entry.field === field)) return;
    this.defaulted.push({ field, value, source });
  }

  /** Returns the error for a per-layer list of the wrong length, naming both lengths, with the list as its value. */
  wrongLength(field: string, list: readonly unknown[], layerCount: number): CatalogError {
    return new CatalogError(
      "INVALID_MODEL_CONFIG",
      `Invalid field "${field}" in ${this.file}: it has ${list.length} ${list.length === 1 ? "entry" : "entries"}, expected ${layerCount} entries, one per layer (num_hidden_layers).`,
      { field, value: list, file: this.file },
    );
  }

  invalid(field: string, value: unknown, expected: string): CatalogError {
    return new CatalogError(
      "INVALID_MODEL_CONFIG",
      `Invalid field "${field}" in ${this.file}: got ${describeValue(value)}, expected ${expected}.`,
      { field, value, file: this.file },
    );
  }

  private checkInt(field: string, value: unknown, minimum: number): number {
    const maximum = MAXIMUM_BY_FIELD[field] ?? MAXIMUM_DIMENSION;
    // JSON numbers past 2^53 parse as integers that are no longer exact, such as 1e300.
    if (typeof value === "number" && Number.isInteger(value) && value > maximum) {
      throw this.invalid(field, value, `at most ${maximum.toLocaleString("en-US")}`);
    }
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
      throw this.invalid(field, value, minimum === 1 ? "a positive integer" : `an integer ≥ ${minimum}`);
    }
    return value;
  }
}
