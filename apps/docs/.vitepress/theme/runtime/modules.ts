// The packages an example may import, by specifier.
import * as afd from "@modelsys/afd";
import * as attention from "@modelsys/attention";
import * as attentionGpu from "@modelsys/attention/gpu";
import * as catalog from "@modelsys/catalog";
import * as cryoet from "@modelsys/cryoet";
import * as kvcache from "@modelsys/kvcache";
import * as prfaas from "@modelsys/prfaas";
import * as roofline from "@modelsys/roofline";

/** Module namespaces available to examples and the playground. */
export const EXAMPLE_MODULES: Record<string, unknown> = {
  "@modelsys/attention": attention,
  "@modelsys/attention/gpu": attentionGpu,
  "@modelsys/catalog": catalog,
  "@modelsys/roofline": roofline,
  "@modelsys/afd": afd,
  "@modelsys/cryoet": cryoet,
  "@modelsys/kvcache": kvcache,
  "@modelsys/prfaas": prfaas,
};
