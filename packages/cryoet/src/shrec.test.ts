import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { dilateOccupancy, evaluateShrec, formatParticleList, parseParticleList, parseStarParticles, roundHalfEven } from "./index.js";

describe("particle lists", () => {
  const text = ["# comment", "", "1S3X 10 20 30 12.5000 90.0000 -45.0000", "fiducial 1 2 3 NaN NaN NaN", "Vesicle 4 5 6 7NaN NaN NaN", "5mrc 7 8 9"].join("\n");

  it("parses classes, numbers and NaN angles", () => {
    const particles = parseParticleList(text, { groundTruth: true });
    expect(particles.map((particle) => [particle.className, particle.number, particle.line])).toEqual([
      ["1S3X", 1, 3],
      ["fiducial", 2, 4],
      ["vesicle", 3, 5],
      ["5MRC", 4, 6],
    ]);
    expect(particles[0]!.angles).toEqual([12.5, 90, -45]);
    expect(particles[1]!.angles.every(Number.isNaN)).toBe(true);
    // "7NaN" splits into 7 and NaN, so the first angle is 7.
    expect(particles[2]!.angles[0]).toBe(7);
  });

  it.each([
    ["\r\n", "CRLF"],
    ["\r", "lone CR"],
  ])("splits lines at %j (%s)", (newline) => {
    const particles = parseParticleList(["1S3X 10 20 30", "# comment", "3QM1 4 5 6"].join(newline));

    expect(particles.map((particle) => [particle.className, particle.x, particle.number, particle.line])).toEqual([
      ["1S3X", 10, 1, 1],
      ["3QM1", 4, 2, 3],
    ]);
    expect(particles[0]!.angles.every(Number.isNaN)).toBe(true);
  });

  it("round trips through text", () => {
    const particles = parseParticleList(text);
    expect(parseParticleList(formatParticleList(particles)).map(({ line: _line, ...rest }) => rest)).toEqual(particles.map(({ line: _line, ...rest }) => rest));
    expect(formatParticleList(particles).split("\n")[1]).toBe("fiducial 1 2 3 NaN NaN NaN");
  });

  it.each([
    ["1S3X 1 2", /line 1: expected CLASS x y z/, "INVALID_PARTICLE_LINE"],
    ["ABCD 1 2 3", /line 1: unknown class "ABCD"/, "UNKNOWN_CLASS"],
    ["1S3X 1 inf 3", /line 1: y is "inf"/, "INVALID_PARTICLE_LINE"],
    ["\n1S3X 1 2 3.5", /line 2: ground-truth z is 3.5/, "INVALID_PARTICLE_LINE"],
  ])("rejects %j", (line, message, code) => {
    expect(() => parseParticleList(line, { groundTruth: true })).toThrow(message);
    try {
      parseParticleList(line, { groundTruth: true });
    } catch (error) {
      expect(error).toMatchObject({ code });
    }
  });
});

describe("STAR files", () => {
  const star = [
    "data_optics",
    "loop_",
    "_rlnOpticsGroup #1",
    "1",
    "",
    "data_particles",
    "loop_",
    "_rlnCoordinateX #1",
    "_rlnCoordinateY #2",
    "_rlnCoordinateZ #3",
    "_rlnClassNumber #4",
    "_rlnImagePixelSize #5",
    "100.5 200 300 2 10.0",
    "1 2 3 1 10.0",
  ].join("\n");

  it("reads data_particles without rescaling", () => {
    const result = parseStarParticles(star);
    expect(result.particles.map(({ x, y, z, classNumber }) => [x, y, z, classNumber])).toEqual([
      [100.5, 200, 300, 2],
      [1, 2, 3, 1],
    ]);
    expect(result.pixelSizeAngstrom).toBe(10);
  });

  it("comment row inside a loop", () => {
    const lines = star.split("\n");
    lines.splice(13, 0, "# picked by hand");
    const result = parseStarParticles(lines.join("\n"));

    expect(result.particles.map(({ x, classNumber }) => [x, classNumber])).toEqual([
      [100.5, 2],
      [1, 1],
    ]);
  });

  it.each([
    ["\r\n", "CRLF"],
    ["\r", "lone CR"],
  ])("splits lines at %j (%s)", (newline) => {
    const result = parseStarParticles(star.split("\n").join(newline));

    expect(result.particles.map(({ x, y, z, classNumber }) => [x, y, z, classNumber])).toEqual([
      [100.5, 200, 300, 2],
      [1, 2, 3, 1],
    ]);
    expect(result.pixelSizeAngstrom).toBe(10);
  });

  it("mixed line endings read alike", () => {
    const lines = star.split("\n");
    const expected = parseStarParticles(star).particles;
    fc.assert(
      fc.property(fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: lines.length - 1, maxLength: lines.length - 1 }), (endings) => {
        const text = lines.map((line, index) => line + (endings[index] ?? "")).join("");
        expect(parseStarParticles(text).particles).toEqual(expected);
      }),
    );
  });

  it("lone CR rows report their line", () => {
    const lines = star.split("\n");
    lines[13] = "1 2 x 1 10.0";
    expect(() => parseStarParticles(lines.join("\r"))).toThrow(expect.objectContaining({ code: "INVALID_STAR", line: 14, field: "rlnCoordinateZ" }));
  });

  it("empty line ends the loop", () => {
    const lines = star.split("\n");
    lines.splice(13, 0, "");

    expect(parseStarParticles(lines.join("\n")).particles).toHaveLength(1);
  });

  it("pixel size from the optics block", () => {
    const withOptics = ["data_optics", "loop_", "_rlnOpticsGroup", "_rlnImagePixelSize", "1 13.48", "", "data_particles", "loop_", "_rlnCoordinateX", "_rlnCoordinateY", "_rlnCoordinateZ", "1 2 3"].join("\n");
    expect(parseStarParticles(withOptics).pixelSizeAngstrom).toBe(13.48);
  });

  it("names a missing column", () => {
    expect(() => parseStarParticles(star.replace("_rlnCoordinateZ", "_rlnOther"), { file: "picks.star" })).toThrow("picks.star: column _rlnCoordinateZ is missing from data_particles.");
  });

  it.each([
    ["an empty quoted coordinate", "1 \"\" 3 2 10.0", 'line 14 of data_particles has rlnCoordinateY = ""; expected a number.', "rlnCoordinateY"],
    ["a row without its class", "1 2 3", "line 14 of data_particles has 3 values but the loop declares 5 columns, so _rlnClassNumber and any columns after it have no value.", "rlnClassNumber"],
    ["a text class", "1 2 3 ribosome 10.0", 'line 14 of data_particles has rlnClassNumber = "ribosome"; expected a whole class number.', "rlnClassNumber"],
    ["a fractional class", "1 2 3 1.5 10.0", "expected a whole class number", "rlnClassNumber"],
    ["an extra value", "1 2 3 1 10.0 7", "has 6 values but the loop declares 5 columns, 1 more than the columns", "rlnImagePixelSize"],
  ])("rejects %s with its line", (_name, row, message, field) => {
    const lines = star.split("\n");
    lines[13] = row;
    expect(() => parseStarParticles(lines.join("\n"), { file: "picks.star" })).toThrow(expect.objectContaining({ code: "INVALID_STAR", line: 14, field, message: expect.stringContaining(message) }));
  });

  it("converts centred Å only with a tomogram", () => {
    const centred = ["data_", "loop_", "_rlnCenteredCoordinateXAngst", "_rlnCenteredCoordinateYAngst", "_rlnCenteredCoordinateZAngst", "0 -100 50"].join("\n");
    expect(() => parseStarParticles(centred)).toThrow(/pass the tomogram's size and voxel size/);
    const result = parseStarParticles(centred, { tomogram: { size: [512, 512, 200], voxelSizeAngstrom: 10 } });
    expect(result.coordinateSource).toBe("rlnCenteredCoordinateAngst");
    expect(result.particles.map(({ x, y, z }) => [x, y, z])).toEqual([[256, 246, 105]]);
  });
});

describe("STAR tomogram geometry", () => {
  const centred = ["data_", "loop_", "_rlnCenteredCoordinateXAngst", "_rlnCenteredCoordinateYAngst", "_rlnCenteredCoordinateZAngst", "0 -100 50"].join("\n");

  it.each([0, -10, Number.NaN, Number.POSITIVE_INFINITY])("rejects voxel size %s", (voxelSizeAngstrom) => {
    const tomogram = { size: [512, 512, 200] as [number, number, number], voxelSizeAngstrom };
    expect(() => parseStarParticles(centred, { tomogram })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "tomogram.voxelSizeAngstrom" }));
  });

  it.each([[[512, 512]], [[512, -512, 200]], [[512, 512, Number.NaN]]])("rejects size %j", (size) => {
    const tomogram = { size: size as [number, number, number], voxelSizeAngstrom: 10 };
    expect(() => parseStarParticles(centred, { tomogram })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "tomogram.size" }));
  });
});

describe("SHREC evaluation", () => {
  it("rounds half to even", () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, -0.2].map(roundHalfEven)).toEqual([0, 2, 2, 0, -2, 2, 0]);
    expect(Object.is(roundHalfEven(-0.4), 0)).toBe(true);
  });

  it("dilation: higher number wins where particles touch", () => {
    const data = new Int32Array(1 * 1 * 4);
    data[1] = 1;
    data[2] = 2;
    expect(Array.from(dilateOccupancy({ data, shape: [1, 1, 4] }))).toEqual([1, 2, 2, 2]);
    const single = new Int32Array(27);
    single[13] = 5;
    expect(dilateOccupancy({ data: single, shape: [3, 3, 3] }, "cross").filter((value) => value === 5).length).toBe(7);
    expect(dilateOccupancy({ data: single, shape: [3, 3, 3] }, "cube").filter((value) => value === 5).length).toBe(27);
    expect(dilateOccupancy({ data: single, shape: [3, 3, 3] }, "none").filter((value) => value === 5).length).toBe(1);
  });

  // A 6 × 5 × 4 mask (x, y, z) with one voxel per particle before dilation.
  const groundTruth = parseParticleList(["1S3X 1 1 1", "4V94 4 1 1", "vesicle 1 3 2", "5MRC 4 3 2", "fiducial 3 4 3"].join("\n"), { groundTruth: true });
  const mask = new Int32Array(4 * 5 * 6);
  for (const particle of groundTruth) mask[(particle.z * 5 + particle.y) * 6 + particle.x] = particle.number;
  const occupancy = { data: mask, shape: [4, 5, 6] as [number, number, number] };
  const submission = parseParticleList(
    [
      "1S3X 1.5 1 1", // rounds to x 2: next to particle 1, distance 1
      "3QM1 1 1 0.5", // rounds to z 0: a second hit on particle 1
      "4V94 4 1 1", // particle 2, excluded with its hits
      "5MRC -3 3 2", // clipped to x 0: next to the vesicle, excluded
      "1BXN 5 0 3", // background
      "5MRC 4.5 3 2", // rounds to x 4: particle 4, distance 0
    ].join("\n"),
  );

  it("counts hits, misses and background", () => {
    const result = evaluateShrec(groundTruth, occupancy, submission);
    expect(result).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, duplicates: 1, clipped: 1, nGt: 4, submissionLines: 6 });
    expect(result.recall).toBe(0.5);
    expect(result.precision).toBe(2 / 6);
    expect(result.f1).toBeCloseTo(0.4, 12);
    expect(result.missRate).toBe(0.5);
    expect(result.meanDistance).toBe(0.5);
    expect(result.deviations).toEqual([]);
  });

  it("confusion matrix and per-class metrics", () => {
    const result = evaluateShrec(groundTruth, occupancy, submission);
    expect(result.confusion.rows).not.toContain("4V94");
    expect(result.confusion.rows).not.toContain("vesicle");
    expect(result.confusion.columns.at(-1)).toBe("background");
    const row = (name: string) => result.confusion.counts[result.confusion.rows.indexOf(name as never)]!;
    expect(row("1S3X")[result.confusion.columns.indexOf("1S3X")]).toBe(1);
    expect(row("fiducial").at(-1)).toBe(1);
    expect(result.perClass["1S3X"]).toEqual({ recall: 1, precision: 1, f1: 1, particles: 1 });
    expect(result.perClass["5MRC"]).toEqual({ recall: 1, precision: 1, f1: 1, particles: 1 });
    expect(result.perClass["fiducial"]!.recall).toBe(0);
    expect(result.perClass["fiducial"]!.precision).toBeNaN();
    expect(result.perClass["3QM1"]!.particles).toBe(0);
    expect(result.perClass["3QM1"]!.recall).toBeNaN();
  });

  it("duplicates count particles hit more than once", () => {
    // Particle 1 is hit three times and particle 4 twice: two particles with repeated hits, as the
    // official script reports them, although there are three extra hits.
    const repeated = parseParticleList(["1S3X 1 1 1", "1S3X 2 1 1", "1S3X 1 2 1", "5MRC 4 3 2", "5MRC 4 3 1"].join("\n"));
    const result = evaluateShrec(groundTruth, occupancy, repeated);
    expect(result.truePositives).toBe(2);
    expect(result.duplicates).toBe(2);
    expect(result.falsePositives).toBe(0);
  });

  it("per-class F1 is 0 without true positives, NaN without particles or predictions", () => {
    const result = evaluateShrec(groundTruth, occupancy, submission);
    // fiducial: one particle, missed (recall 0), never predicted (precision undefined); pycm reports F1 0.
    expect(result.perClass["fiducial"]!.f1).toBe(0);
    // 3QM1: no particle and no prediction.
    expect(result.perClass["3QM1"]!.f1).toBeNaN();
    // 1BXN was predicted once, on background, which is not a row of the matrix.
    expect(result.perClass["1BXN"]!.f1).toBeNaN();
    for (const metrics of Object.values(result.perClass)) {
      const { recall, precision, f1 } = metrics;
      if (recall + precision > 0) expect(f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 12);
    }
  });

  it("vesicles out of N_gt is a named deviation", () => {
    const result = evaluateShrec(groundTruth, occupancy, submission, { nGtExcludesVesicles: true });
    expect(result.nGt).toBe(3);
    expect(result.recall).toBe(2 / 3);
    expect(result.deviations).toEqual(["vesicles removed from N_gt (the official script counts them)"]);
  });

  it("empty submission and no hits", () => {
    const empty = evaluateShrec(groundTruth, occupancy, []);
    expect(empty.precision).toBeNaN();
    expect(empty.f1).toBe(0);
    expect(empty.meanDistance).toBeNaN();
    const none = evaluateShrec([], { data: new Int32Array(1), shape: [1, 1, 1] }, parseParticleList("1S3X 0 0 0"));
    expect(none.recall).toBeNaN();
    expect(none.falsePositives).toBe(1);
  });

  it("rejects a mask that does not match the list", () => {
    expect(() => evaluateShrec(groundTruth.slice(0, 2), occupancy, submission)).toThrow(/Occupancy value 3 at \(x 0, y 3, z 2\) matches no ground-truth particle number/);
  });
});
