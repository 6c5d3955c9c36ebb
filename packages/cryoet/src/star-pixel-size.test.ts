import { describe, expect, it } from "vitest";

import { parseStarParticles } from "./star.js";

/** Builds a STAR file with an optics loop of the given columns and values, then one particle. */
function withOptics(columns: string[], values: string[]): string {
  return [
    "data_optics",
    "loop_",
    "_rlnOpticsGroup #1",
    ...columns.map((name, index) => `_${name} #${index + 2}`),
    ["1", ...values].join(" "),
    "",
    "data_particles",
    "loop_",
    "_rlnCoordinateX #1",
    "_rlnCoordinateY #2",
    "_rlnCoordinateZ #3",
    "_rlnOpticsGroup #4",
    "1000 2000 500 1",
  ].join("\n");
}

describe("STAR coordinate pixel size", () => {
  it("RELION 4 tomography: tilt-series pixels, not subtomogram pixels", () => {
    // RELION 4 writes both: coordinates are in unbinned tilt-series pixels (1.35 Å), while
    // rlnImagePixelSize is that of the subtomograms extracted at binning 4.
    const star = withOptics(["rlnTomoTiltSeriesPixelSize", "rlnTomoSubtomogramBinning", "rlnImagePixelSize"], ["1.35", "4.0", "5.4"]);
    const result = parseStarParticles(star);

    expect(result.pixelSizeAngstrom).toBe(1.35);
    expect(result.pixelSizeColumn).toBe("rlnTomoTiltSeriesPixelSize");
  });

  it("micrograph pixel size before the particle images'", () => {
    const result = parseStarParticles(withOptics(["rlnImagePixelSize", "rlnMicrographPixelSize"], ["2.12", "1.06"]));

    expect(result.pixelSizeAngstrom).toBe(1.06);
    expect(result.pixelSizeColumn).toBe("rlnMicrographPixelSize");
  });

  it("detector pixel in µm over the magnification", () => {
    const star = ["data_", "loop_", "_rlnCoordinateX", "_rlnCoordinateY", "_rlnCoordinateZ", "_rlnDetectorPixelSize", "_rlnMagnification", "10 20 30 14.0 50000"].join("\n");
    const result = parseStarParticles(star);

    expect(result.pixelSizeAngstrom).toBeCloseTo(2.8, 12);
    expect(result.pixelSizeColumn).toBe("rlnDetectorPixelSize × 10⁴ / rlnMagnification");
  });

  it("detector pixel without magnification gives none", () => {
    const star = ["data_", "loop_", "_rlnCoordinateX", "_rlnCoordinateY", "_rlnCoordinateZ", "_rlnDetectorPixelSize", "10 20 30 14.0"].join("\n");
    const result = parseStarParticles(star);

    expect(result.pixelSizeAngstrom).toBeUndefined();
    expect(result.pixelSizeColumn).toBeUndefined();
  });

  it("particle images' pixel size as the last choice", () => {
    const result = parseStarParticles(withOptics(["rlnImagePixelSize"], ["13.48"]));

    expect(result.pixelSizeAngstrom).toBe(13.48);
    expect(result.pixelSizeColumn).toBe("rlnImagePixelSize");
  });

  it.each([["text", "abc"], ["zero", "0"], ["negative", "-1.35"]])("rejects a %s pixel size with its line", (_name, value) => {
    const star = withOptics(["rlnTomoTiltSeriesPixelSize"], [value]);

    expect(() => parseStarParticles(star, { file: "picks.star" })).toThrow(
      expect.objectContaining({ code: "INVALID_STAR", line: 5, field: "rlnTomoTiltSeriesPixelSize", message: expect.stringContaining(`picks.star: line 5 of data_optics has rlnTomoTiltSeriesPixelSize = "${value}"; expected a positive number.`) }),
    );
  });
});
