import { BUILTIN_ACCELERATORS, getAccelerator, withPrice } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { unitCosts } from "./unit-costs.js";

/** The Step-3 report's unit costs, printed to 4 significant digits. */
const PRINTED_UNIT_COSTS = [
  { id: "h800", usdPerFlop: 2.806e-19, usdPerByte: 1.658e-16 },
  { id: "h20", usdPerFlop: 7.508e-19, usdPerByte: 5.556e-17 },
  { id: "a800", usdPerFlop: 6.677e-19, usdPerByte: 1.042e-16 },
  { id: "ascend-910b", usdPerFlop: 6.647e-19, usdPerByte: 1.163e-16 },
];

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe("unitCosts", () => {
  for (const printed of PRINTED_UNIT_COSTS) {
    it(`${printed.id} matches the printed table`, () => {
      const units = unitCosts(getAccelerator(printed.id));

      expect(units).not.toBeNull();
      expect(relativeError(units!.usdPerFlop, printed.usdPerFlop)).toBeLessThan(1e-3);
      expect(relativeError(units!.usdPerByte, printed.usdPerByte)).toBeLessThan(1e-3);
    });
  }

  it("relative error helper can fail", () => {
    // An A800-derived 910B price of 0.673 instead of 0.67 is 0.45 % off, above the tolerance.
    expect(relativeError(0.673 / 3600 / 2.8e14, 6.647e-19)).toBeGreaterThan(1e-3);
    expect(relativeError(1, 1)).toBe(0);
  });

  it("prices FP8 cards at the FP8 peak", () => {
    const units = unitCosts(getAccelerator("h800"))!;

    expect(units.usdPerFlop).toBe(2.0 / 3600 / 1.98e15);
    expect(units.usdPerByte).toBe(2.0 / 3600 / 3.35e12);
  });

  it("prices cards without FP8 at BF16", () => {
    const units = unitCosts(getAccelerator("a800"))!;

    expect(units.usdPerFlop).toBe(0.75 / 3600 / 3.12e14);
    expect(units.usdPerByte).toBe(0.75 / 3600 / 2.0e12);
  });

  it("910B differs from A800 per FLOP", () => {
    expect(unitCosts(getAccelerator("ascend-910b"))!.usdPerFlop).not.toBe(unitCosts(getAccelerator("a800"))!.usdPerFlop);
  });

  it("returns null without a price", () => {
    const unpriced = BUILTIN_ACCELERATORS.filter((accelerator) => accelerator.priceUsdPerHour === null);

    expect(unpriced.map((accelerator) => accelerator.id)).toEqual(["h100", "h200", "b200", "l20"]);
    for (const accelerator of unpriced) {
      expect(unitCosts(accelerator), accelerator.id).toBeNull();
    }
  });

  it("uses a user-supplied price", () => {
    const units = unitCosts(withPrice(getAccelerator("h100"), 2.5))!;

    expect(units.usdPerFlop).toBe(2.5 / 3600 / 1.979e15);
    expect(units.usdPerByte).toBe(2.5 / 3600 / 3.35e12);
  });
});
