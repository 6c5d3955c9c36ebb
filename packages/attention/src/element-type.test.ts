import { describe, expect, it } from "vitest";

import { ELEMENT_TYPES, bytesPerElement, parseElementType, type ElementType } from "./element-type.js";
import { isAttentionError, type AttentionError } from "./errors.js";

describe("bytesPerElement", () => {
  it("gives the storage size of each type", () => {
    expect(bytesPerElement("fp32")).toBe(4);
    expect(bytesPerElement("bf16")).toBe(2);
    expect(bytesPerElement("fp16")).toBe(2);
    expect(bytesPerElement("fp8")).toBe(1);
    expect(bytesPerElement("int8")).toBe(1);
  });

  it("rejects Object.prototype member names", () => {
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
      let caught: unknown;
      try {
        bytesPerElement(name as ElementType);
      } catch (error) {
        caught = error;
      }

      expect(isAttentionError(caught), name).toBe(true);
      expect((caught as AttentionError).code).toBe("UNKNOWN_ELEMENT_TYPE");
      expect((caught as AttentionError).value).toBe(name);
    }
  });

  it("lists types in decreasing width", () => {
    const widths = ELEMENT_TYPES.map(bytesPerElement);

    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(ELEMENT_TYPES).toHaveLength(5);
  });
});

describe("parseElementType", () => {
  it("accepts every listed type", () => {
    for (const type of ELEMENT_TYPES) expect(parseElementType(type)).toBe(type);
  });

  it("rejects unknown names with the field", () => {
    for (const name of ["fp4", "FP8", "float32", "", "bfloat16", "toString"]) {
      let caught: unknown;
      try {
        parseElementType(name, "kvCacheType");
      } catch (error) {
        caught = error;
      }

      expect(isAttentionError(caught), name).toBe(true);
      const error = caught as AttentionError;
      expect(error.code).toBe("UNKNOWN_ELEMENT_TYPE");
      expect(error.field).toBe("kvCacheType");
      expect(error.value).toBe(name);
      expect(error.message).toContain(`"${name}"`);
      expect(error.message).toContain("fp32, bf16, fp16, fp8, int8");
    }
  });

  it("names elementType when no field is given", () => {
    expect(() => parseElementType("e4m3")).toThrow(/Invalid elementType "e4m3"/);
  });
});

describe("ELEMENT_TYPES", () => {
  it("is frozen", () => {
    const types = ELEMENT_TYPES as ElementType[];

    expect(Object.isFrozen(ELEMENT_TYPES)).toBe(true);
    expect(() => types.push("fp4" as ElementType)).toThrow(TypeError);
    expect(() => bytesPerElement("fp4" as ElementType)).toThrow(expect.objectContaining({ code: "UNKNOWN_ELEMENT_TYPE" }));
  });
});
