// Golden facts of EMDB entry EMD-3197 (mrcfile's test map) in its plain, gzip and bzip2 copies.
import { describe, expect, it } from "vitest";

import { computeStatistics, formatWarning, readMrc, validateMrc } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

const FILES = ["EMD-3197.map", "emd_3197.map.gz", "EMD-3197.map.bz2"] as const;
// The golden values are float32 rounded to 8 significant digits, so compare at 1e-6 relative.
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.abs(expected));

function argExtreme(data: ArrayLike<number>, better: (a: number, b: number) => boolean): [number, number, number] {
  let best = 0;
  for (let index = 1; index < data.length; index++) if (better(data[index]!, data[best]!)) best = index;
  return [Math.floor(best / 400), Math.floor(best / 20) % 20, best % 20];
}

describe.each(FILES)("EMD-3197 %s", (name) => {
  const file = readMrc(fixtureBytes(name), { fileName: name });

  it("compression and size", () => {
    expect(file.compression).toBe(name.endsWith(".gz") ? "gzip" : name.endsWith(".bz2") ? "bzip2" : "none");
    expect(file.fileBytes).toBe(33_024);
    expect(file.warnings).toEqual([]);
  });

  it("header values", () => {
    const { header } = file;
    expect(header.machst).toEqual([0x44, 0x41, 0, 0]);
    expect(file.littleEndian).toBe(true);
    expect(header.map).toBe("MAP ");
    expect(header.nversion).toBe(0);
    expect(header.exttyp).toBe("\0\0\0\0");
    expect(header.nsymbt).toBe(0);
    expect(file.dataOffset).toBe(1024);
    expect([header.nx, header.ny, header.nz, header.mode]).toEqual([20, 20, 20, 2]);
    expect([header.nxstart, header.nystart, header.nzstart]).toEqual([-2, 0, 0]);
    expect([header.mx, header.my, header.mz]).toEqual([20, 20, 20]);
    expect(header.cella).toEqual([228, 228, 228]);
    expect(header.cellb).toEqual([90, 90, 90]);
    expect(file.voxelSize.map((size) => Math.round(size * 1e6) / 1e6)).toEqual([11.4, 11.4, 11.4]);
    expect([header.mapc, header.mapr, header.maps, header.ispg]).toEqual([1, 2, 3, 1]);
    expect(header.origin).toEqual([0, 0, 0]);
    close(header.dmin, -4.1337457);
    close(header.dmax, 5.5767369);
    close(header.dmean, 0.78361201);
    close(header.rms, 2.3999529);
    expect(header.nlabl).toBe(1);
    expect(header.labels[0]).toBe("::::EMDATABANK.org::::EMD-3197::::");
  });

  it("data values and statistics", () => {
    const data = file.data!;
    expect(data).toBeInstanceOf(Float32Array);
    expect(file.shape).toEqual([20, 20, 20]);
    close(data[0]!, -1.8013091);
    close(data[9 * 400 + 6 * 20 + 13]!, 4.620779);
    close(data[19 * 400 + 19 * 20 + 19]!, 1.3078574);
    let sum = 0;
    for (const value of data) sum += value;
    close(sum, 6268.896269);
    expect(argExtreme(data, (a, b) => a > b)).toEqual([6, 6, 1]);
    expect(argExtreme(data, (a, b) => a < b)).toEqual([10, 8, 9]);
    const statistics = computeStatistics(data);
    close(statistics.min, -4.1337457);
    close(statistics.max, 5.5767369);
    close(statistics.mean, 0.78361201);
    close(statistics.rms, 2.3999529);
  });

  it("validation fails only on NVERSION", () => {
    const report = validateMrc(fixtureBytes(name));
    expect(report.valid).toBe(false);
    expect(report.problems.map((problem) => problem.check)).toEqual([13]);
    expect(formatWarning(report.problems[0]!)).toContain("NVERSION is 0");
  });
});
