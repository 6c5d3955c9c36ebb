import { describe, expect, it } from "vitest";

import { catchCatalogError } from "./catch-catalog-error.test-helpers.js";
import { serverNicBytesPerSecond } from "./accelerator.js";
import type { ModelDescriptor } from "./model.js";
import { BUILTIN_MODELS } from "./models/index.js";
import { getAccelerator, getModel, listAcceleratorIds, listModelIds, withPrice, withServerNicBandwidth } from "./registry.js";

const MODEL_IDS = [
  "step-3",
  "deepseek-v3",
  "kimi-k2",
  "qwen3-235b-a22b",
  "qwen3-32b",
  "ernie-4.5-300b-a47b",
  "pangu-pro-moe",
  "llama-4-maverick",
  "minimax-m1",
  "step-3.5-flash",
  "kimi-linear",
];

const ACCELERATOR_IDS = ["h800", "h20", "a800", "ascend-910b", "h100", "h200", "b200", "l20"];

describe("model registry", () => {
  it("lists the 11 built-in models in order", () => {
    expect(listModelIds()).toEqual(MODEL_IDS);
  });

  it("getModel finds every listed id", () => {
    for (const id of MODEL_IDS) expect(getModel(id).id).toBe(id);
  });

  it("unknown model lists the known ids", () => {
    const error = catchCatalogError(() => getModel("step3"));

    expect(error.code).toBe("UNKNOWN_MODEL");
    expect(error.field).toBe("model");
    expect(error.value).toBe("step3");
    expect(error.message).toContain('"step3"');
    for (const id of MODEL_IDS) expect(error.message).toContain(id);
  });

  it("unknown model points to the importers", () => {
    const message = catchCatalogError(() => getModel("qwen3-next")).message;

    expect(message).toContain("import its config.json with importHfConfig or importHfConfigText");
    expect(message).not.toContain("path");
  });

  it("ids are case-sensitive", () => {
    expect(catchCatalogError(() => getModel("DeepSeek-V3")).code).toBe("UNKNOWN_MODEL");
  });

  it("an id in the wrong case names the lower-case one", () => {
    expect(catchCatalogError(() => getModel("DeepSeek-V3")).message).toContain('Did you mean "deepseek-v3"?');
    expect(catchCatalogError(() => getModel("no-such-model")).message).not.toContain("Did you mean");
  });
});

describe("accelerator registry", () => {
  it("lists the 8 built-in accelerators in order", () => {
    expect(listAcceleratorIds()).toEqual(ACCELERATOR_IDS);
  });

  it("getAccelerator finds every listed id", () => {
    for (const id of ACCELERATOR_IDS) expect(getAccelerator(id).id).toBe(id);
  });

  it("unknown accelerator lists the known ids", () => {
    const error = catchCatalogError(() => getAccelerator("h900"));

    expect(error.code).toBe("UNKNOWN_ACCELERATOR");
    expect(error.field).toBe("hardware");
    expect(error.value).toBe("h900");
    expect(error.message).toContain('"h900"');
    for (const id of ACCELERATOR_IDS) expect(error.message).toContain(id);
  });

  it("an id in the wrong case names the lower-case one", () => {
    const error = catchCatalogError(() => getAccelerator("H800"));

    expect(error.code).toBe("UNKNOWN_ACCELERATOR");
    expect(error.message).toContain('Did you mean "h800"? Ids are lower case.');
    expect(catchCatalogError(() => getAccelerator("Ascend-910B")).message).toContain('"ascend-910b"');
  });
});

describe("withPrice", () => {
  it("returns a priced copy", () => {
    const h100 = getAccelerator("h100");
    const priced = withPrice(h100, 2.5);

    expect(priced.priceUsdPerHour).toBe(2.5);
    expect(priced.source).toContain(h100.source);
    expect(priced.source).toContain("price supplied by the user");
    expect(priced.peakFlopsPerSecond).toEqual(h100.peakFlopsPerSecond);
    expect(h100.priceUsdPerHour).toBeNull();
    expect(getAccelerator("h100").priceUsdPerHour).toBeNull();
  });

  it("rejects non-positive and non-finite prices", () => {
    for (const price of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = catchCatalogError(() => withPrice(getAccelerator("h800"), price));

      expect(error.code).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe("priceUsdPerHour");
      expect(error.value).toBe(price);
      expect(error.message).toContain("h800");
    }
  });

  it("names a string price as a string", () => {
    const error = catchCatalogError(() => withPrice(getAccelerator("h100"), "2" as unknown as number));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.value).toBe("2");
    expect(error.message).toContain('Invalid price "2"');
    expect(error.message).toContain("not a string");
  });
});

describe("withServerNicBandwidth", () => {
  it("spreads bandwidth over the NICs", () => {
    const h800 = getAccelerator("h800");
    const slower = withServerNicBandwidth(h800, 1600);

    expect(serverNicBytesPerSecond(slower)).toBe(200e9);
    expect(slower.nicsPerServer).toBe(h800.nicsPerServer);
    expect(slower.nicBandwidthGbps).toBe(1600 / h800.nicsPerServer);
    expect(slower.source).toContain("NIC bandwidth supplied by the user");
    expect(getAccelerator("h800").nicBandwidthGbps).toBe(h800.nicBandwidthGbps);
  });

  it("rejects non-positive and non-finite bandwidths", () => {
    for (const gbps of [0, -400, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = catchCatalogError(() => withServerNicBandwidth(getAccelerator("h800"), gbps));

      expect(error.code).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe("nicBandwidthGbps");
      expect(error.value).toBe(gbps);
      expect(error.message).toContain("h800");
    }
  });

  it("names a string bandwidth as a string", () => {
    const error = catchCatalogError(() => withServerNicBandwidth(getAccelerator("h800"), "1600" as unknown as number));

    expect(error.value).toBe("1600");
    expect(error.message).toContain('Invalid NIC bandwidth "1600"');
    expect(error.message).toContain("not a string");
  });
});

describe("built-in entries", () => {
  it("cannot be changed by one caller under another", () => {
    const model = getModel("step-3");
    expect(() => {
      (model as { hiddenSize: number }).hiddenSize = 1;
    }).toThrow(TypeError);
    expect(() => {
      (model.layers[0]!.attention as { numQueryHeads: number }).numQueryHeads = 1;
    }).toThrow(TypeError);
    expect(() => {
      (getAccelerator("h800") as { hbmCapacityBytes: number }).hbmCapacityBytes = 1;
    }).toThrow(TypeError);
    expect(() => {
      (BUILTIN_MODELS as ModelDescriptor[]).unshift({ ...getModel("step-3"), id: "deepseek-v3" });
    }).toThrow(TypeError);
    expect(getModel("step-3").hiddenSize).toBe(7168);
    expect(getModel("deepseek-v3").name).toBe("DeepSeek-V3");
  });
});

describe("shared lists", () => {
  it("cannot be changed by a caller", async () => {
    const { SUPPORTED_ARCHITECTURES, WEIGHT_FORMATS } = await import("./index.js");

    expect(() => (SUPPORTED_ARCHITECTURES as string[]).push("FooForCausalLM")).toThrow(TypeError);
    expect(() => (WEIGHT_FORMATS as string[]).push("int4")).toThrow(TypeError);
    expect(SUPPORTED_ARCHITECTURES).not.toContain("FooForCausalLM");
    expect(WEIGHT_FORMATS).not.toContain("int4");
  });
});
