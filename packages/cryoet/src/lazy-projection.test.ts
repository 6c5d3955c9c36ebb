// Projections read section by section equal the projection of the whole array, for every axis,
// reduction and chunk size.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { BytesSource, encodeMrc, openMrc, projectMrc, projectVolume, readMrc, type Projection } from "./index.js";

describe("projectMrc", () => {
  it("equals projectVolume of the whole data", async () => {
    const cases = fc.record({
      shape: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 7 })),
      axis: fc.constantFrom("x" as const, "y" as const, "z" as const),
      projection: fc.constantFrom<Projection>("mean", "max", "min", "sum"),
      chunkBytes: fc.integer({ min: 1, max: 400 }),
      seed: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ shape, axis, projection, chunkBytes, seed }) => {
        const [nz, ny, nx] = shape;
        const data = Float32Array.from({ length: nz * ny * nx }, (_, index) => ((Math.imul(index + seed, 2654435761) >>> 0) % 1000) / 8 - 60);
        const { bytes } = encodeMrc({ data, shape, stampLabel: false });
        const expected = projectVolume(readMrc(bytes).data!, shape, axis, projection);
        const actual = await projectMrc(await openMrc(new BytesSource(bytes)), axis, projection, { chunkBytes });
        expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
        const values = Array.from(actual.values);
        Array.from(expected.values).forEach((value, index) => expect(values[index]).toBeCloseTo(value, 9));
      }),
      { numRuns: 150 },
    );
  });

  it("rejects complex data", async () => {
    const { bytes } = encodeMrc({ data: new Float32Array(16), shape: [2, 2, 2, 2], mode: 4, stampLabel: false });
    await expect(projectMrc(await openMrc(new BytesSource(bytes)), "z")).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "mode" });
  });

  it("rejects an unknown axis, projection or chunk size", async () => {
    const data = Float32Array.from({ length: 24 }, (_, index) => index);
    const reader = await openMrc(new BytesSource(encodeMrc({ data, shape: [2, 3, 4], stampLabel: false }).bytes));

    await expect(projectMrc(reader, "w" as never)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "axis", value: "w" });
    await expect(projectMrc(reader, "z", "median" as Projection)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "projection", value: "median" });
    await expect(projectMrc(reader, "z", "mean", { chunkBytes: Number.NaN })).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "chunkBytes" });
    expect(() => projectVolume(data, [2, 3, 4], "w" as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "axis" }));
    expect(() => projectVolume(data, [2, 3, 4], "z", "median" as Projection)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "projection" }));
    expect(() => projectVolume(data.subarray(0, 20), [2, 3, 4], "z")).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "data", value: 20 }));
  });
});
