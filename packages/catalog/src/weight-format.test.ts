import { ELEMENT_TYPES, bytesPerElement } from "@modelsys/attention";
import { describe, expect, it } from "vitest";

import { catchCatalogError } from "./catch-catalog-error.test-helpers.js";
import { defineModel } from "./schema.js";
import { getModel } from "./registry.js";
import { MXFP4_BYTES_PER_WEIGHT, WEIGHT_FORMATS, bytesPerWeight } from "./weight-format.js";

describe("bytesPerWeight", () => {
  it("mxfp4 is 4.25 bits", () => {
    // OCP MX v1.0: one block is 32 elements of 4 bits plus one 8-bit scale, 136 bits in all.
    expect(bytesPerWeight("mxfp4")).toBe(136 / 32 / 8);
    expect(MXFP4_BYTES_PER_WEIGHT * 8).toBe(4.25);
  });

  it("element types keep their sizes", () => {
    for (const type of ELEMENT_TYPES) expect(bytesPerWeight(type), type).toBe(bytesPerElement(type));
  });

  it("mxfp4 is the narrowest format", () => {
    for (const format of WEIGHT_FORMATS.filter((candidate) => candidate !== "mxfp4")) {
      expect(bytesPerWeight("mxfp4"), format).toBeLessThan(bytesPerWeight(format));
    }
  });

  it("rejects an unknown format", () => {
    for (const value of ["fp4", "MXFP4", "toString", undefined]) {
      const error = catchCatalogError(() => bytesPerWeight(value as never));

      expect(error.code).toBe("INVALID_OPTION");
      expect(error.value).toBe(value);
      expect(error.message).toContain("mxfp4");
    }
  });
});

describe("routedExpertWeightFormat field", () => {
  it("defineModel accepts mxfp4", () => {
    const model = defineModel({ ...getModel("qwen3-235b-a22b"), id: "qwen3-mxfp4", routedExpertWeightFormat: "mxfp4" });

    expect(model.routedExpertWeightFormat).toBe("mxfp4");
  });

  it("defineModel rejects an unknown format", () => {
    const error = catchCatalogError(() => defineModel({ ...getModel("qwen3-235b-a22b"), id: "qwen3-fp4", routedExpertWeightFormat: "fp4" }));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("routedExpertWeightFormat");
  });

  it("built-in models leave it out", () => {
    for (const id of ["deepseek-v3", "kimi-k2", "qwen3-235b-a22b"]) expect(Object.hasOwn(getModel(id), "routedExpertWeightFormat"), id).toBe(false);
  });
});
