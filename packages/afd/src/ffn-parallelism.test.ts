import { getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { chooseFfnParallelism } from "./ffn-parallelism.js";
import { catchAfdError } from "./test-support.js";

describe("chooseFfnParallelism argument checks", () => {
  const step3 = getModel("step-3");

  it("prefers ep when the experts divide", () => {
    expect(chooseFfnParallelism(step3, 8, 2, "auto")).toBe("ep");
  });

  it("rejects counts that are not positive integers", () => {
    const cases: [number, number, string][] = [
      [0, 8, "gpusPerInstance"],
      [8, 0, "ffnInstances"],
      [Number.NaN, 2, "gpusPerInstance"],
      [1.5, 2, "gpusPerInstance"],
      [8, -2, "ffnInstances"],
    ];
    for (const [gpus, instances, field] of cases) {
      const error = catchAfdError(() => chooseFfnParallelism(step3, gpus, instances, "auto"));

      expect(error.code, `${gpus}, ${instances}`).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
    }
  });

  it("rejects an unknown requested split", () => {
    for (const requested of ["EP", undefined]) {
      const error = catchAfdError(() => chooseFfnParallelism(step3, 8, 2, requested as never));

      expect(error.code, String(requested)).toBe("INVALID_OPTION");
      expect(error.field).toBe("requested");
    }
  });

  it("rejects a model that is not a descriptor", () => {
    const error = catchAfdError(() => chooseFfnParallelism(null as never, 8, 2, "auto"));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("model");
  });
});
