import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { rejection } from "../rejection.test-helpers.js";
import { defaultResidualTokens } from "./residual-tokens.js";

describe("defaultResidualTokens", () => {
  it("rejects arguments that give NaN", () => {
    const cases: [unknown[], string][] = [
      [[300, 128, 0, true], "groupSize"],
      [[Number.NaN, 128, 32, true], "tokens"],
      [[-1, 128, 32, false], "tokens"],
      [[300, 1.5, 32, false], "residualLength"],
      [[300, "128", 32, true], "residualLength"],
      [[300, 128, 32, "keys"], "groupsAlongTokens"],
      [[300], "residualLength"],
    ];

    for (const [args, field] of cases) {
      const error = rejection(() => (defaultResidualTokens as (...values: unknown[]) => number)(...args));

      expect(error.code, JSON.stringify(args)).toBe("INVALID_ARGUMENT");
      expect(error.field, JSON.stringify(args)).toBe(field);
    }
  });

  it("keeps keys in whole groups", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(1_000), fc.integer({ min: 1, max: 512 }), (tokens, residualLength, groupSize) => {
        const residual = defaultResidualTokens(tokens, residualLength, groupSize, true);

        expect(residual).toBeGreaterThanOrEqual(Math.min(tokens, residualLength));
        expect(residual).toBeLessThanOrEqual(tokens);
        expect((tokens - residual) % groupSize).toBe(0);
        expect(residual - Math.min(tokens, residualLength)).toBeLessThan(groupSize);
      }),
    );
  });
});
