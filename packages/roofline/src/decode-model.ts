import {
  ELEMENT_TYPES,
  groupedQueryAttention,
  isAttentionError,
  linearAttention,
  multiHeadLatentAttention,
  multiMatrixFactorizationAttention,
  type AttentionKind,
  type ElementType,
} from "@modelsys/attention";
import { describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";

/** A dense SwiGLU FFN as the cost reads it. */
export interface DecodeDenseFfn {
  kind: "dense";
  intermediateSize: number;
}

/**
 * A mixture-of-experts FFN as the cost reads it. `sharedIntermediateSize` is required only when
 * `numSharedExperts` is above 0. The decode cost does not read `numRoutedExperts`, but when given
 * it must be null or at least `numActiveExperts`. `prefillTime` requires it, for the weight bytes.
 */
export interface DecodeMoeFfn {
  kind: "moe";
  numActiveExperts: number;
  numSharedExperts: number;
  expertIntermediateSize: number;
  sharedIntermediateSize?: number;
  numRoutedExperts?: number | null;
}

/** The FFN of one layer as the cost reads it; the catalog's `FfnKind` is one. */
export type DecodeFfn = DecodeDenseFfn | DecodeMoeFfn;

/** One decoder layer as the cost reads it; the catalog's `LayerDescriptor` is one. */
export interface DecodeLayer {
  attention: AttentionKind;
  ffn: DecodeFfn;
  cacheElementType: ElementType;
}

/**
 * The fields of a model that {@link modelDecodeCost} reads. A catalog `ModelDescriptor` has them
 * all, and a hand-built object needs only these: other fields are ignored.
 */
export interface DecodeCostModel {
  /** Label of the result (`modelId`). */
  id: string;
  /** The model width (d_model). */
  hiddenSize: number;
  /** The decode stack in order, without multi-token-prediction layers. */
  layers: readonly DecodeLayer[];
}

/** The expected content of each field, as error messages state it. */
const EXPECTED = {
  id: 'a non-empty string that labels the result, such as "my-model"',
  hiddenSize: "the model width (d_model) as a positive integer, such as 7168",
  layers: "a non-empty array with one { attention, ffn, cacheElementType } per decoder layer",
  layer: "an object { attention, ffn, cacheElementType }",
  attention: 'an attention descriptor, such as groupedQueryAttention({ ... }) from @modelsys/attention returns',
  cacheElementType: `the KV-cache or state element type, one of ${ELEMENT_TYPES.join(", ")}`,
  ffn: 'an FFN descriptor, such as { kind: "dense", intermediateSize: 18432 }',
  kind: '"dense" or "moe"',
  intermediateSize: "the dense FFN width as a positive integer, such as 18432",
  numActiveExperts: "the routed experts per token (top-k) as a positive integer",
  numSharedExperts: "the shared experts per layer as an integer ≥ 0 (0 when the model has none)",
  expertIntermediateSize: "the routed expert's FFN width as a positive integer",
  sharedIntermediateSize: "the shared expert's FFN width as a positive integer (the config's shared width, else expertIntermediateSize)",
  numRoutedExperts: "null, or the routed expert count as a positive integer of at least numActiveExperts",
} as const;

const START_FROM = "start from getModel(id) or importHfConfigText(text).model from @modelsys/catalog";

/**
 * Throws `INVALID_OPTION` naming the model field `field`: `Missing …` when `value` is undefined,
 * else `Invalid …`. `owner` is appended to the field, such as ` in model "my-moe"`, and the message
 * ends with the fix: set or correct the field, or start from a catalog descriptor.
 */
export function rejectModelField(field: string, value: unknown, expected: string, owner: string): never {
  const [problem, fix] =
    value === undefined ? [`Missing ${field}`, "Set the field"] : [`Invalid ${field} ${describeValue(value)}`, "Correct the value"];
  throw new RooflineError("INVALID_OPTION", `${problem}${owner}: expected ${expected}. ${fix}, or ${START_FROM}.`, { field, value });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, minimum: number): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= minimum;
}

/**
 * Checks the fields of `model` that {@link modelDecodeCost} reads (`id`, `hiddenSize` and each
 * layer's attention, FFN and cache element type) and throws `INVALID_OPTION` naming the first
 * missing or invalid one by its path, such as `model.layers.3.ffn.intermediateSize`. Other
 * fields are not checked, so a hand-built object needs none of the catalog's other fields.
 */
export function checkDecodeModel(model: unknown): asserts model is DecodeCostModel {
  if (!isObject(model)) {
    rejectModelField("model", model, 'a model descriptor, such as getModel("step-3") or importHfConfigText(text).model from @modelsys/catalog', "");
  }
  const id = model["id"];
  if (typeof id !== "string" || id === "") rejectModelField("model.id", id, EXPECTED.id, "");
  const owner = ` in model ${JSON.stringify(id)}`;
  if (!isCount(model["hiddenSize"], 1)) rejectModelField("model.hiddenSize", model["hiddenSize"], EXPECTED.hiddenSize, owner);

  const layers = model["layers"];
  if (!Array.isArray(layers) || layers.length === 0) rejectModelField("model.layers", layers, EXPECTED.layers, owner);
  // An index loop, because forEach skips the holes of a sparse array such as new Array(61).
  for (let index = 0; index < layers.length; index++) checkLayer(layers[index], `model.layers.${index}`, owner);
}

function checkLayer(layer: unknown, path: string, owner: string): void {
  if (!isObject(layer)) rejectModelField(path, layer, EXPECTED.layer, owner);
  checkAttention(layer["attention"], `${path}.attention`, owner);
  checkFfnAt(layer["ffn"], `${path}.ffn`, owner);
  const cacheType = layer["cacheElementType"];
  if (!ELEMENT_TYPES.includes(cacheType as ElementType)) rejectModelField(`${path}.cacheElementType`, cacheType, EXPECTED.cacheElementType, owner);
}

/** Runs the attention package's factory of the descriptor's kind, which checks every field, and names the field under `path`. */
function checkAttention(attention: unknown, path: string, owner: string): void {
  if (!isObject(attention)) rejectModelField(path, attention, EXPECTED.attention, owner);
  const { kind, ...fields } = attention;
  try {
    switch (kind) {
      case "gqa":
        groupedQueryAttention(fields as never);
        break;
      case "mfa":
        // The factory defaults keyReuse to false, but a descriptor states it.
        if (typeof fields["keyReuse"] !== "boolean") rejectModelField(`${path}.keyReuse`, fields["keyReuse"], "true or false", owner);
        multiMatrixFactorizationAttention(fields as never);
        break;
      case "mla":
        multiHeadLatentAttention(fields as never);
        break;
      case "linear":
        linearAttention(fields as never);
        break;
      default:
        rejectModelField(`${path}.kind`, kind, '"gqa", "mfa", "mla" or "linear"', owner);
    }
  } catch (error) {
    if (!isAttentionError(error)) throw error;
    const field = error.field === undefined || error.field === "attention" ? path : `${path}.${error.field}`;
    const message = `${error.message.replace(/\.$/, "")} (at ${field}${owner}). Correct the value, or ${START_FROM}.`;
    throw new RooflineError("INVALID_OPTION", message, {
      field,
      value: error.value,
      cause: error,
    });
  }
}

/** Checks one FFN at `path`, reading only the fields its kind needs. */
function checkFfnAt(ffn: unknown, path: string, owner: string): asserts ffn is DecodeFfn {
  if (!isObject(ffn)) rejectModelField(path, ffn, EXPECTED.ffn, owner);
  const need = (field: keyof typeof EXPECTED, minimum: number): void => {
    if (!isCount(ffn[field], minimum)) rejectModelField(`${path}.${field}`, ffn[field], EXPECTED[field], owner);
  };
  if (ffn["kind"] === "dense") return need("intermediateSize", 1);
  if (ffn["kind"] !== "moe") rejectModelField(`${path}.kind`, ffn["kind"], EXPECTED.kind, owner);

  need("numActiveExperts", 1);
  need("numSharedExperts", 0);
  need("expertIntermediateSize", 1);
  if ((ffn["numSharedExperts"] as number) > 0) need("sharedIntermediateSize", 1);
  const routed = ffn["numRoutedExperts"];
  if (routed !== undefined && routed !== null && !isCount(routed, ffn["numActiveExperts"] as number)) {
    rejectModelField(`${path}.numRoutedExperts`, routed, EXPECTED.numRoutedExperts, owner);
  }
}

/**
 * Checks one layer's FFN and the model width for {@link ffnFlopsPerToken}, which is exported on
 * its own and so cannot rely on `modelDecodeCost`'s model check. Fields are named without a
 * prefix, such as `ffn.intermediateSize` and `hiddenSize`.
 */
export function checkFfn(ffn: unknown, hiddenSize: unknown): asserts ffn is DecodeFfn {
  if (!isCount(hiddenSize, 1)) rejectModelField("hiddenSize", hiddenSize, EXPECTED.hiddenSize, "");
  checkFfnAt(ffn, "ffn", "");
}
