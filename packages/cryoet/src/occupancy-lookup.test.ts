import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { dilateOccupancy, evaluateShrec, parseParticleList, type DilationFootprint } from "./index.js";
import { dilatedOccupancyAt, footprintOffsets } from "./occupancy-lookup.js";

const footprints: DilationFootprint[] = ["cross", "cube", "none"];

describe("dilated occupancy at a voxel", () => {
  it("footprints have 6, 26 and 0 neighbours", () => {
    expect(footprintOffsets("cross")).toHaveLength(6);
    expect(footprintOffsets("cube")).toHaveLength(26);
    expect(footprintOffsets("none")).toHaveLength(0);
  });

  it("equals the dilated mask everywhere", () => {
    const mask = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([nz, ny, nx]) => fc.record({ shape: fc.constant<[number, number, number]>([nz, ny, nx]), values: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: nz * ny * nx, maxLength: nz * ny * nx }) }));
    fc.assert(
      fc.property(mask, fc.constantFrom(...footprints), ({ shape, values }, footprint) => {
        const occupancy = { data: Uint16Array.from(values), shape };
        const dilated = dilateOccupancy(occupancy, footprint);
        const offsets = footprintOffsets(footprint);
        const [nz, ny, nx] = shape;
        for (let z = 0; z < nz; z++) {
          for (let y = 0; y < ny; y++) {
            for (let x = 0; x < nx; x++) expect(dilatedOccupancyAt(occupancy, offsets, x, y, z)).toBe(dilated[(z * ny + y) * nx + x]);
          }
        }
      }),
    );
  });
});

describe("evaluateShrec occupancy checks", () => {
  it("rejects an empty mask", () => {
    const truth = parseParticleList("1S3X 0 0 0", { groundTruth: true });

    expect(() => evaluateShrec(truth, { data: new Uint8Array(0), shape: [0, 4, 4] }, truth)).toThrow(expect.objectContaining({ code: "INVALID_OCCUPANCY", field: "shape" }));
  });

  it("rejects a fractional value off the submission points", () => {
    const data = new Float32Array(4 * 4 * 4);
    data[0] = 1;
    data[63] = 2.5;
    const truth = parseParticleList("1S3X 0 0 0", { groundTruth: true });

    expect(() => evaluateShrec(truth, { data, shape: [4, 4, 4] }, truth)).toThrow(expect.objectContaining({ code: "INVALID_OCCUPANCY", value: 2.5 }));
  });
});
