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
import { z } from "zod";

import type { AcceleratorDescriptor } from "./accelerator.js";
import { CatalogError } from "./errors.js";
import { MODEL_FAMILIES, type ModelDescriptor, type ModelFamily } from "./model.js";
import { WEIGHT_FORMATS, type WeightFormat } from "./weight-format.js";

const positiveInt = z.number().int().positive();
const positive = z.number().positive().finite();
const elementType = z.enum(ELEMENT_TYPES as [ElementType, ...ElementType[]]);

const windowSchema = z.strictObject({ kind: z.enum(["sliding", "chunked"]), sizeTokens: positiveInt });

const attentionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("gqa"),
    numQueryHeads: positiveInt,
    numKvHeads: positiveInt,
    headDim: positiveInt,
    valueHeadDim: positiveInt.optional(),
    window: windowSchema.optional(),
    headwiseGate: z.boolean().optional(),
    elementwiseGate: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal("mfa"),
    numQueryHeads: positiveInt,
    headDim: positiveInt,
    queryRank: positiveInt,
    keyReuse: z.boolean(),
    window: windowSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("mla"),
    numQueryHeads: positiveInt,
    kvLoraRank: positiveInt,
    qkRopeHeadDim: positiveInt,
    qkNopeHeadDim: positiveInt,
    vHeadDim: positiveInt,
    qLoraRank: positiveInt.nullable(),
    window: windowSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("linear"),
    variant: z.enum(["lightning", "kda", "gdn"]),
    numHeads: positiveInt,
    keyHeadDim: positiveInt,
    valueHeadDim: positiveInt,
    convKernelSize: positiveInt.optional(),
    numKeyHeads: positiveInt.optional(),
  }),
]);

const ffnSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("dense"), intermediateSize: positiveInt }),
  z
    .strictObject({
      kind: z.literal("moe"),
      numRoutedExperts: positiveInt.nullable(),
      numActiveExperts: positiveInt,
      numSharedExperts: z.number().int().nonnegative(),
      expertIntermediateSize: positiveInt,
      sharedIntermediateSize: positiveInt,
    })
    .refine((ffn) => ffn.numRoutedExperts === null || ffn.numActiveExperts <= ffn.numRoutedExperts, {
      message: "numActiveExperts must not exceed numRoutedExperts",
      path: ["numActiveExperts"],
    }),
]);

const layerSchema = z.strictObject({ attention: attentionSchema, ffn: ffnSchema, cacheElementType: elementType });

/** Zod schema of {@link ModelDescriptor}. */
export const modelDescriptorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "expected lower-case letters, digits, '.' and '-'"),
  name: z.string().min(1),
  family: z.enum(MODEL_FAMILIES as [ModelFamily, ...ModelFamily[]]),
  hiddenSize: positiveInt,
  vocabSize: positiveInt.nullable(),
  tiedEmbeddings: z.boolean().optional(),
  weightElementType: elementType,
  routedExpertWeightFormat: z.enum(WEIGHT_FORMATS as [WeightFormat, ...WeightFormat[]]).optional(),
  layers: z.array(layerSchema).min(1),
  mtpLayers: z.number().int().nonnegative(),
  source: z.string().min(1),
  notes: z.array(z.string()),
});

/** Zod schema of {@link AcceleratorDescriptor}. */
export const acceleratorDescriptorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "expected lower-case letters, digits, '.' and '-'"),
  name: z.string().min(1),
  priceUsdPerHour: positive.nullable(),
  peakFlopsPerSecond: z.strictObject({ bf16: positive, fp8: positive.nullable() }),
  hbmBandwidthBytesPerSecond: positive,
  hbmCapacityBytes: positive,
  cardsPerServer: positiveInt,
  nicsPerServer: positiveInt,
  nicBandwidthGbps: positive,
  source: z.string().min(1),
  notes: z.array(z.string()),
});

function formatIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const field = issue.path.map(String).join(".") || "(root)";
  return { field, message: `${field}: ${issue.message}` };
}

function rejectDescriptor(kind: string, id: unknown, error: z.ZodError): never {
  const first = error.issues[0];
  const { field, message } = first === undefined ? { field: "(root)", message: error.message } : formatIssue(first);
  throw new CatalogError(
    "INVALID_DESCRIPTOR",
    `Invalid ${kind} descriptor ${JSON.stringify(id ?? "(no id)")}: ${message}. Fix the field and retry.`,
    { field, value: id, cause: error },
  );
}

/** Runs the attention package's own checks (for example, KV heads dividing query heads). */
function checkAttention(attention: AttentionKind, layerIndex: number, modelId: string): void {
  try {
    switch (attention.kind) {
      case "gqa":
        groupedQueryAttention(attention);
        break;
      case "mfa":
        multiMatrixFactorizationAttention(attention);
        break;
      case "mla":
        multiHeadLatentAttention(attention);
        break;
      case "linear":
        linearAttention(attention);
        break;
    }
  } catch (error) {
    if (!isAttentionError(error)) throw error;
    throw new CatalogError(
      "INVALID_DESCRIPTOR",
      `Invalid model descriptor "${modelId}": layers.${layerIndex}.attention: ${error.message}`,
      { field: `layers.${layerIndex}.attention.${error.field ?? ""}`, value: error.value, cause: error },
    );
  }
}

/** Validates `input` as a {@link ModelDescriptor}, or throws `INVALID_DESCRIPTOR` naming the field. */
export function defineModel(input: unknown): ModelDescriptor {
  const parsed = modelDescriptorSchema.safeParse(input);
  if (!parsed.success) rejectDescriptor("model", (input as { id?: unknown } | null)?.id, parsed.error);
  const model = parsed.data as ModelDescriptor;
  model.layers.forEach((layer, index) => checkAttention(layer.attention, index, model.id));
  return model;
}

/** Validates `input` as an {@link AcceleratorDescriptor}, or throws `INVALID_DESCRIPTOR` naming the field. */
export function defineAccelerator(input: unknown): AcceleratorDescriptor {
  const parsed = acceleratorDescriptorSchema.safeParse(input);
  if (!parsed.success) rejectDescriptor("accelerator", (input as { id?: unknown } | null)?.id, parsed.error);
  return parsed.data;
}
