import { describe, expect, it } from "vitest";

describe("package exports", () => {
  it("match the documented list", async () => {
    const names = Object.keys(await import("./index.js")).sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "BUILTIN_ACCELERATORS",
        "BUILTIN_MODELS",
        "CatalogError",
        "MXFP4_BYTES_PER_WEIGHT",
        "SUPPORTED_ARCHITECTURES",
        "WEIGHT_FORMATS",
        "acceleratorDescriptorSchema",
        "buildLayers",
        "bytesPerWeight",
        "costPeakFlops",
        "defineAccelerator",
        "defineModel",
        "describeValue",
        "familyCacheElementType",
        "getAccelerator",
        "getModel",
        "groupLayers",
        "importHfConfig",
        "importHfConfigText",
        "isCatalogError",
        "listAcceleratorIds",
        "listModelIds",
        "modelDescriptorSchema",
        "ridgePoint",
        "serverNicBytesPerSecond",
        "withPrice",
        "withServerNicBandwidth",
      ]
    `);
  });
});
