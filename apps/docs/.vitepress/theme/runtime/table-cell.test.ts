import { describe, expect, it } from "vitest";

import { formatTableCell } from "./table-cell.js";

describe("formatTableCell", () => {
  it("separates integers", () => {
    expect(formatTableCell(287834112)).toBe("287,834,112");
    expect(formatTableCell(-4096)).toBe("-4,096");
  });

  it("keeps four significant digits below 1,000", () => {
    expect(formatTableCell(0.5)).toBe("0.5000");
    expect(formatTableCell(49.934)).toBe("49.93");
    expect(formatTableCell(0.00012346)).toBe("0.0001235");
  });

  it("writes out large non-integers without an exponent", () => {
    expect(formatTableCell(1007.2)).toBe("1,007");
    expect(formatTableCell(21670.5)).toBe("21,670");
    expect(formatTableCell(-3243.2)).toBe("-3,243");
    expect(formatTableCell(123456789.5)).toBe("123,500,000");
  });

  it("keeps non-finite values as JavaScript writes them", () => {
    expect(formatTableCell(Number.NaN)).toBe("NaN");
    expect(formatTableCell(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(formatTableCell(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
  });

  it("leaves null and undefined empty", () => {
    expect(formatTableCell(null)).toBe("");
    expect(formatTableCell(undefined)).toBe("");
    expect(formatTableCell("h800")).toBe("h800");
  });
});
