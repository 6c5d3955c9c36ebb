/**
 * `@modelsys/catalog`: model and accelerator descriptors with sources, the built-in entries, and
 * import from Hugging Face `config.json` files.
 *
 * @example
 * ```ts
 * import { getModel, getAccelerator, importHfConfigText } from "@modelsys/catalog";
 * const model = getModel("deepseek-v3");
 * const imported = importHfConfigText(text, { file: "config.json" }).model;
 * ```
 */
export { CatalogError, isCatalogError, type CatalogErrorCode, type CatalogErrorOptions } from "./errors.js";
export { describeValue } from "./describe-value.js";
export type { DenseFfn, FfnKind, LayerDescriptor, ModelDescriptor, ModelFamily, MoeFfn } from "./model.js";
export {
  costPeakFlops,
  ridgePoint,
  serverNicBytesPerSecond,
  type AcceleratorDescriptor,
  type PeakFlops,
} from "./accelerator.js";
export { acceleratorDescriptorSchema, defineAccelerator, defineModel, modelDescriptorSchema } from "./schema.js";
export { familyCacheElementType } from "./family-precision.js";
export { MXFP4_BYTES_PER_WEIGHT, WEIGHT_FORMATS, bytesPerWeight, type WeightFormat } from "./weight-format.js";
export { buildLayers, groupLayers, type LayerGroup } from "./layer-stack.js";
export { BUILTIN_MODELS } from "./models/index.js";
export { BUILTIN_ACCELERATORS } from "./accelerators/index.js";
export { getAccelerator, getModel, listAcceleratorIds, listModelIds, withPrice, withServerNicBandwidth } from "./registry.js";
export {
  SUPPORTED_ARCHITECTURES,
  importHfConfig,
  importHfConfigText,
  type HfImportOptions,
  type HfImportResult,
} from "./hf/import-config.js";
export type { DefaultedField } from "./hf/config-reader.js";
