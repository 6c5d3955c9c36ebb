import type { ElementType } from "@modelsys/attention";

import { describeValue } from "../describe-value.js";
import { CatalogError } from "../errors.js";
import { DEFAULT_WEIGHT_ELEMENT_TYPE } from "../family-precision.js";
import type { LayerDescriptor } from "../model.js";
import type { WeightFormat } from "../weight-format.js";
import type { JsonObject } from "./config-reader.js";
import { isModuleUnconverted } from "./unconverted-modules.js";

/** The weight precision of an imported model, with what the import assumed to set it. */
export interface ImportedWeightPrecision {
  weightElementType: ElementType;
  /** Set only where the routed experts are stored in another format than `weightElementType`. */
  routedExpertWeightFormat?: WeightFormat;
  notes: string[];
}

/** The `quant_method` values whose weight precision the import models. */
const MODELLED_METHODS = ["fp8", "mxfp4"] as const;

/**
 * Reads the weight precision from a config's `quantization_config`, at the top level or in a
 * multimodal file's `text_config`:
 *
 * - none: every weight in FP8, the family default.
 * - `fp8` (DeepSeek-V3, Kimi K2): every weight in FP8. The 128 × 128 block scales of those files
 *   add 4 B per 16,384 weights, under 0.03 %, which is not counted.
 * - `mxfp4` (gpt-oss): the routed experts in MXFP4 and every other weight in BF16, because
 *   transformers' MXFP4 integration (`integrations/mxfp4.py`) converts only the expert modules
 *   and `modules_to_not_convert` lists the attention, router, embedding and LM head. Experts
 *   that `modules_to_not_convert` matches, as transformers matches it, stay BF16 as well.
 * - any other method: the family default, with a note that the method is not modelled.
 *
 * A `quantization_config` that is not an object, or has no `quant_method` string, is
 * `INVALID_MODEL_CONFIG` naming the field.
 */
export function readWeightPrecision(
  root: JsonObject,
  textConfig: JsonObject | undefined,
  layers: readonly LayerDescriptor[],
  file: string,
): ImportedWeightPrecision {
  const { config, field } = findQuantizationConfig(root, textConfig, file);
  if (config === undefined) return { weightElementType: DEFAULT_WEIGHT_ELEMENT_TYPE, notes: [] };

  const method = readQuantMethod(config, field, file);
  if (method === "fp8") return { weightElementType: "fp8", notes: [] };
  if (method === "mxfp4") return mxfp4Precision(config, field, layers, file);

  const note =
    `${field}.quant_method "${method}" is not modelled (only ${MODELLED_METHODS.join(" and ")} are), ` +
    `so weights are taken as ${DEFAULT_WEIGHT_ELEMENT_TYPE.toUpperCase()}, the family default, and weight bytes may be wrong.`;
  return { weightElementType: DEFAULT_WEIGHT_ELEMENT_TYPE, notes: [note] };
}

/** Returns the `quantization_config` object and its path, or no config where the file has none. */
function findQuantizationConfig(root: JsonObject, textConfig: JsonObject | undefined, file: string): { config: JsonObject | undefined; field: string } {
  const candidates: [unknown, string][] = [
    [root["quantization_config"], "quantization_config"],
    [textConfig?.["quantization_config"], "text_config.quantization_config"],
  ];
  for (const [value, field] of candidates) {
    if (value === undefined || value === null) continue;
    if (typeof value === "object" && !Array.isArray(value)) return { config: value as JsonObject, field };
    throw new CatalogError(
      "INVALID_MODEL_CONFIG",
      `Invalid field "${field}" in ${file}: got ${describeValue(value)}, expected an object such as {"quant_method": "fp8"}. Restore it from the model's published config.json, or remove it to count the weights in ${DEFAULT_WEIGHT_ELEMENT_TYPE.toUpperCase()}, the family default.`,
      { field, value, file },
    );
  }
  return { config: undefined, field: "quantization_config" };
}

function readQuantMethod(config: JsonObject, field: string, file: string): string {
  const method = config["quant_method"];
  if (typeof method === "string" && method !== "") return method;
  const problem = method === undefined ? `Missing field "${field}.quant_method"` : `Invalid field "${field}.quant_method"`;
  const got = method === undefined ? "" : `: got ${describeValue(method)}`;
  throw new CatalogError(
    "INVALID_MODEL_CONFIG",
    `${problem} in ${file}${got}, expected the quantization method as a string such as "fp8" or "mxfp4". Restore it from the model's published config.json, or remove "${field}" to count the weights in ${DEFAULT_WEIGHT_ELEMENT_TYPE.toUpperCase()}, the family default.`,
    { field: `${field}.quant_method`, value: method, file },
  );
}

/**
 * Returns the MXFP4 precision: routed experts in MXFP4 unless `modules_to_not_convert` keeps them
 * unconverted, all else BF16. The experts of layer i are the module `model.layers.i.mlp.experts`,
 * as in gpt-oss. Where the patterns keep only some layers' experts unconverted, every expert is
 * counted in BF16, which overstates the weight bytes, and a note records it.
 */
function mxfp4Precision(config: JsonObject, field: string, layers: readonly LayerDescriptor[], file: string): ImportedWeightPrecision {
  const patterns = readModulesToNotConvert(config, field, file);
  const moeLayers = layers.flatMap((layer, index) => (layer.ffn.kind === "moe" ? [index] : []));
  if (moeLayers.length === 0) {
    return { weightElementType: "bf16", notes: [`${field}.quant_method is "mxfp4", which converts only expert weights, and the model has none, so every weight is BF16.`] };
  }
  const unconverted = moeLayers.filter((index) => isModuleUnconverted(`model.layers.${index}.mlp.experts`, patterns));
  if (unconverted.length === moeLayers.length) {
    return {
      weightElementType: "bf16",
      notes: [`${field}.modules_to_not_convert (${JSON.stringify(patterns)}) keeps the routed experts unconverted, so they are BF16 like every other weight.`],
    };
  }
  if (unconverted.length > 0) {
    return {
      weightElementType: "bf16",
      notes: [
        `${field}.modules_to_not_convert keeps the routed experts of ${unconverted.length} of ${moeLayers.length} MoE layers ` +
          `(first: layer ${unconverted[0]}) unconverted, and a model has one expert format, so every expert is counted in BF16, which overstates the weight bytes.`,
      ],
    };
  }
  return {
    weightElementType: "bf16",
    routedExpertWeightFormat: "mxfp4",
    notes: [`Routed expert weights are MXFP4 (4.25 bits per weight) and all other weights BF16, as ${field} (quant_method "mxfp4") sets.`],
  };
}

/** Returns the module-name patterns of `modules_to_not_convert`, or an empty list where it is absent or null. */
function readModulesToNotConvert(config: JsonObject, field: string, file: string): string[] {
  const modules = config["modules_to_not_convert"];
  if (modules === undefined || modules === null) return [];
  if (Array.isArray(modules) && modules.every((module) => typeof module === "string")) return modules;
  throw new CatalogError(
    "INVALID_MODEL_CONFIG",
    `Invalid field "${field}.modules_to_not_convert" in ${file}: got ${describeValue(modules)}, expected a list of module names such as ["lm_head"], or null. Restore it from the model's published config.json.`,
    { field: `${field}.modules_to_not_convert`, value: modules, file },
  );
}
