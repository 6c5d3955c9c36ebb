import { describe, expect, it } from "vitest";

import { dilateOccupancy, evaluateShrec, formatParticleList, parseParticleList, type OccupancyMask } from "./index.js";

// A 4 × 4 × 4 mask with particle 1 at (x 1, y 1, z 1) and particle 2 at (x 3, y 3, z 3).
function mask(): OccupancyMask {
  const data = new Float32Array(64);
  data[(1 * 4 + 1) * 4 + 1] = 1;
  data[(3 * 4 + 3) * 4 + 3] = 2;
  return { data, shape: [4, 4, 4] };
}

const truth = parseParticleList("1S3X 1 1 1\n5MRC 3 3 3\n", { groundTruth: true });

describe("SHREC evaluation inputs", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY])("rejects submission x = %s", (x) => {
    const submission = parseParticleList("1S3X 1 1 1\n1S3X 1 1 1\n");
    submission[1] = { ...submission[1]!, x };
    expect(() => evaluateShrec(truth, mask(), submission)).toThrow(expect.objectContaining({ code: "INVALID_PARTICLE_LINE", field: "x", line: 2 }));
  });

  it.each([2.5, -1, Number.NaN])("rejects occupancy value %s", (value) => {
    const occupancy = mask();
    (occupancy.data as Float32Array)[(3 * 4 + 3) * 4 + 3] = value;
    expect(() => dilateOccupancy(occupancy)).toThrow(expect.objectContaining({ code: "INVALID_OCCUPANCY" }));
    expect(() => evaluateShrec(truth, occupancy, parseParticleList("5MRC 3 3 3\n"))).toThrow(/at \(x 3, y 3, z 3\)/);
  });

  it("rejects an unknown dilation footprint", () => {
    const options = { dilationFootprint: "diamond" as never };
    expect(() => evaluateShrec(truth, mask(), parseParticleList("1S3X 1 1 1\n"), options)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "dilationFootprint", value: "diamond" }));
    expect(() => dilateOccupancy(mask(), "diamond" as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("rejects an unknown excluded class", () => {
    const options = { excludedClasses: ["4V95"] as never };
    expect(() => evaluateShrec(truth, mask(), parseParticleList("1S3X 1 1 1\n"), options)).toThrow(expect.objectContaining({ code: "UNKNOWN_CLASS", field: "excludedClasses", value: "4V95" }));
  });

  it("matches excluded classes in any case", () => {
    const submission = parseParticleList("1S3X 1 1 1\n");
    const lowerCase = evaluateShrec(truth, mask(), submission, { excludedClasses: ["5mrc"] as never });
    const upperCase = evaluateShrec(truth, mask(), submission, { excludedClasses: ["5MRC"] });
    expect(lowerCase.nGt).toBe(1);
    expect(lowerCase.falseNegatives).toBe(0);
    expect(lowerCase.confusion.rows).toEqual(upperCase.confusion.rows);
  });

  it("accepts whole-number float masks", () => {
    const result = evaluateShrec(truth, mask(), parseParticleList("1S3X 1 1 1\n5MRC 3 3 3\n"));
    expect(result.truePositives).toBe(2);
    expect(result.falsePositives).toBe(0);
  });
});

describe("particle list formatting", () => {
  const particle = { className: "1S3X" as const, x: 1, y: 2, z: 3, angles: [0, 0, 0] as [number, number, number] };

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("rejects x = %s", (x) => {
    expect(() => formatParticleList([particle, { ...particle, x }])).toThrow(expect.objectContaining({ code: "INVALID_PARTICLE_LINE", field: "x", message: expect.stringMatching(/^Particle 2: /) }));
  });

  it("rejects an unknown class", () => {
    expect(() => formatParticleList([{ ...particle, className: "1ABC" as never }])).toThrow(expect.objectContaining({ code: "UNKNOWN_CLASS", value: "1ABC" }));
  });

  it("writes lines that parse back", () => {
    const text = formatParticleList([particle, { ...particle, className: "vesicle", x: 1e21, angles: [Number.NaN, Number.NaN, Number.NaN] }]);
    expect(parseParticleList(text).map(({ className, x }) => [className, x])).toEqual([["1S3X", 1], ["vesicle", 1e21]]);
  });
});

describe("particle list numbers", () => {
  it.each(["0x10", "0b11", "0o7", "1e", "."])("rejects coordinate %s", (token) => {
    expect(() => parseParticleList(`1S3X ${token} 1 1\n`)).toThrow(expect.objectContaining({ code: "INVALID_PARTICLE_LINE", field: "x", line: 1 }));
  });

  it.each(["abc", "0x10", "1O", "12deg"])("rejects angle %s", (token) => {
    expect(() => parseParticleList(`1S3X 1 1 1 0 ${token} 0\n`)).toThrow(expect.objectContaining({ code: "INVALID_PARTICLE_LINE", field: "a2", line: 1, value: token }));
  });

  it.each([
    ["NaN", Number.NaN],
    ["nan", Number.NaN],
    ["-inf", Number.NEGATIVE_INFINITY],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["1e400", Number.POSITIVE_INFINITY],
    ["-12.5", -12.5],
  ])("reads angle %s", (token, value) => {
    expect(parseParticleList(`1S3X 1 1 1 0 0 ${token}\n`)[0]!.angles[2]).toBe(value);
  });

  it.each([
    ["12", 12],
    ["-0.5", -0.5],
    ["+3.", 3],
    [".25", 0.25],
    ["1e2", 100],
    ["2.5E-1", 0.25],
  ])("reads coordinate %s", (token, value) => {
    expect(parseParticleList(`1S3X ${token} 1 1\n`)[0]!.x).toBe(value);
  });
});

describe("SHREC ground-truth numbers", () => {
  it("filtered list matches by number", () => {
    const filtered = truth.filter((particle) => particle.className === "5MRC");
    const result = evaluateShrec(filtered, mask(), parseParticleList("5MRC 3 3 3\n"));
    expect(result.truePositives).toBe(1);
    expect(result.nGt).toBe(1);
    expect(result.meanDistance).toBe(0);
    expect(result.predictions.get(2)).toBe("5MRC");
  });

  it("hit on a dropped particle names the fix", () => {
    const filtered = truth.filter((particle) => particle.className === "5MRC");
    const evaluate = () => evaluateShrec(filtered, mask(), parseParticleList("1S3X 1 1 1\n"));
    expect(evaluate).toThrow(expect.objectContaining({ code: "INVALID_OCCUPANCY", field: "occupancy", value: 1 }));
    expect(evaluate).toThrow(/line position in particle_locations\.txt, so pass the whole parsed list and leave classes out with excludedClasses/);
  });

  it.each([0, 1.5, Number.NaN, -2])("rejects number %s", (number) => {
    const numbered = [truth[0]!, { ...truth[1]!, number }];
    expect(() => evaluateShrec(numbered, mask(), [])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "number", message: expect.stringMatching(/^Ground-truth particle 2 has number/) }));
  });

  it("rejects a repeated number", () => {
    const numbered = [truth[0]!, { ...truth[1]!, number: 1 }];
    expect(() => evaluateShrec(numbered, mask(), [])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "number", value: 1 }));
    expect(() => evaluateShrec(numbered, mask(), [])).toThrow(/particles 1 and 2 both have number 1/);
  });

  it("negative coordinates score as given", () => {
    // The official script reads ground-truth coordinates with int() and uses them only for the
    // distance, so a centre outside the volume is scored, not rejected.
    const outside = parseParticleList("1S3X -1 1 1\n5MRC 3 3 3\n", { groundTruth: true });
    const result = evaluateShrec(outside, mask(), parseParticleList("1S3X 1 1 1\n5MRC 3 3 3\n"));
    expect(result.truePositives).toBe(2);
    expect(result.meanDistance).toBe(1);
  });
});
