import { acceleratorDescriptorSchema, modelDescriptorSchema, type AcceleratorDescriptor, type ModelDescriptor } from "@modelsys/catalog";

import { AfdError } from "./errors.js";

// Descriptors already checked, so the baseline's repeated re-planning validates each object once.
const checked = new WeakSet<object>();

/** Throws `INVALID_OPTION` naming `field` and the schema's first complaint. */
function rejectDescriptor(field: string, value: unknown, kind: string, problem: string): never {
  const id = typeof value === "object" && value !== null && "id" in value ? (value as { id: unknown }).id : value;
  throw new AfdError("INVALID_OPTION", `Invalid ${field} ${JSON.stringify(id ?? null)}: ${problem}. Pass a ${kind} descriptor from @modelsys/catalog.`, {
    field,
    value: id,
  });
}

function check(field: string, value: unknown, kind: string, schema: typeof modelDescriptorSchema | typeof acceleratorDescriptorSchema): void {
  if (typeof value === "object" && value !== null && checked.has(value)) return;
  if (typeof value !== "object" || value === null) rejectDescriptor(field, value, kind, `expected an object, got ${value === null ? "null" : typeof value}`);

  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue === undefined ? "" : issue.path.map(String).join(".");
    rejectDescriptor(field, value, kind, issue === undefined ? "invalid" : `${path === "" ? "" : `${path}: `}${issue.message}`);
  }
  checked.add(value);
}

/** Checks a model descriptor against the catalog's schema, throwing `INVALID_OPTION` naming `field`. */
export function checkModelDescriptor(field: string, model: unknown): asserts model is ModelDescriptor {
  check(field, model, "model", modelDescriptorSchema);
}

/** Checks an accelerator descriptor against the catalog's schema, throwing `INVALID_OPTION` naming `field`. */
export function checkAcceleratorDescriptor(field: string, accelerator: unknown): asserts accelerator is AcceleratorDescriptor {
  check(field, accelerator, "accelerator", acceleratorDescriptorSchema);
}
