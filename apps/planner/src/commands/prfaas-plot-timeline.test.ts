import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { downsampleTimeline } from "./prfaas-plot-timeline.js";

describe("downsampleTimeline", () => {
  it("keeps a short timeline whole", () => {
    expect(downsampleTimeline([0.1, 0.5, 0.2], 2, 10)).toEqual([
      { timeS: 0, value: 0.1 },
      { timeS: 2, value: 0.5 },
      { timeS: 4, value: 0.2 },
    ]);
  });

  it("averages adjacent buckets", () => {
    expect(downsampleTimeline([1, 3, 0, 0, 0.5], 1, 3)).toEqual([
      { timeS: 0, value: 2 },
      { timeS: 2, value: 0 },
      { timeS: 4, value: 0.5 },
    ]);
  });

  it("bounds the points and keeps the mean", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5000 }), fc.integer({ min: 1, max: 700 }), (values, maxPoints) => {
        const points = downsampleTimeline(values, 1, maxPoints);
        expect(points.length).toBeLessThanOrEqual(maxPoints);
        expect(points.length).toBe(values.length === 0 ? 0 : Math.ceil(values.length / Math.ceil(values.length / maxPoints)));
        const group = Math.max(1, Math.ceil(values.length / maxPoints));
        // Weighting each point by its bucket count gives back the sum of the buckets.
        const sum = points.reduce((total, point, index) => total + point.value * Math.min(group, values.length - index * group), 0);
        expect(sum).toBeCloseTo(values.reduce((total, value) => total + value, 0), 6);
      }),
    );
  });
});
