import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { encodeMrc, readMrc } from "@modelsys/cryoet";
import { describe, expect, it } from "vitest";

import { displayVolume, sectionLabel, sectionValues, voxelCountLabel } from "./mrc-display.js";

const ZEROS = fileURLToPath(new URL("../../../../packages/cryoet/fixtures/compressed/zeros.bin.bz2", import.meta.url));

describe("displayVolume", () => {
  it("reads complex mode 4 as magnitude", () => {
    // 3 sections of 4 × 5 voxels; voxel k is (k, 2k), so its magnitude is k·√5.
    const data = new Float32Array(3 * 4 * 5 * 2);
    for (let voxel = 0; voxel < 60; voxel += 1) data.set([voxel, 2 * voxel], voxel * 2);
    const volume = displayVolume(readMrc(encodeMrc({ data, shape: [3, 4, 5, 2], mode: 4 }).bytes), "complex.mrc");

    expect([volume.nx, volume.ny, volume.sections]).toEqual([5, 4, 3]);
    expect(volume.reduction).toBe("magnitude");
    const values = sectionValues(volume, 1);
    expect(values).toHaveLength(20);
    expect(values[0]).toBeCloseTo(20 * Math.sqrt(5), 4);
    expect(values[19]).toBeCloseTo(39 * Math.sqrt(5), 4);
  });

  it("reads complex mode 3 as magnitude", () => {
    const data = Int16Array.from([3, 4, 6, 8]);
    const volume = displayVolume(readMrc(encodeMrc({ data, shape: [1, 1, 2, 2], mode: 3 }).bytes), "complex.mrc");

    expect([volume.nx, volume.ny, volume.sections]).toEqual([2, 1, 1]);
    expect(Array.from(sectionValues(volume, 0))).toEqual([5, 10]);
  });

  it("reads RGB mode 16 as luminance", () => {
    const data = Uint8Array.from([255, 0, 0, 0, 255, 0]);
    const volume = displayVolume(readMrc(encodeMrc({ data, shape: [1, 2, 3], mode: 16 }).bytes), "colour.mrc");

    expect([volume.nx, volume.ny, volume.sections, volume.reduction]).toEqual([2, 1, 1, "luminance"]);
    const values = sectionValues(volume, 0);
    expect(values[0]).toBeCloseTo(0.299 * 255, 6);
    expect(values[1]).toBeCloseTo(0.587 * 255, 6);
  });

  it("keeps real sections unchanged", () => {
    const data = Float32Array.from({ length: 2 * 3 * 4 }, (_, index) => index);
    const volume = displayVolume(readMrc(encodeMrc({ data, shape: [2, 3, 4] }).bytes), "real.mrc");

    expect([volume.nx, volume.ny, volume.sections, volume.reduction]).toEqual([4, 3, 2, undefined]);
    expect(Array.from(sectionValues(volume, 1))).toEqual(Array.from(data.subarray(12)));
  });

  it("rejects a file without voxels", () => {
    const mrc = readMrc(readFileSync(ZEROS), { permissive: true });
    expect(() => displayVolume(mrc, "zeros.bin.bz2")).toThrow("zeros.bin.bz2 has no voxels to show: its header gives 0 × 0 × 0 voxels.");
  });

  it("rejects a header-only read", () => {
    const mrc = readMrc(encodeMrc({ data: new Float32Array(8), shape: [2, 2, 2] }).bytes, { headerOnly: true });
    expect(() => displayVolume(mrc, "header.mrc")).toThrow(/^header\.mrc has no voxel data that can be read, so there is no section to show\.$/);
  });

  it("names the cause for a non-MRC file", () => {
    const text = new TextEncoder().encode("Not a map. ".repeat(120));
    const mrc = readMrc(text, { permissive: true });

    expect(mrc.warnings.length).toBeGreaterThan(1);
    expect(() => displayVolume(mrc, "notes.txt")).toThrow(
      `notes.txt has no voxel data that can be read, so there is no section to show. First of ${mrc.warnings.length} read warnings: Map ID at bytes 208-211`,
    );
  });
});

describe("sectionLabel", () => {
  const volume = { nx: 1, ny: 1, sections: 20, sectionsPerVolume: 20, data: [], components: 1, reduction: undefined };

  it("counts sections from 1", () => {
    expect(sectionLabel(volume, 10)).toBe("Section 11 of 20 (z = 10)");
    expect(sectionLabel({ ...volume, sections: 1, sectionsPerVolume: 1 }, 0)).toBe("Section 1 of 1 (z = 0)");
  });

  it("names the volume of a stack", () => {
    expect(sectionLabel({ ...volume, sections: 6, sectionsPerVolume: 3 }, 4)).toBe("Section 5 of 6 (volume 2, z = 1)");
  });
});

describe("voxelCountLabel", () => {
  it("counts volumes of a stack apart from depth", () => {
    const data = new Float32Array(2 * 2 * 3 * 4);
    const volume = displayVolume(readMrc(encodeMrc({ data, shape: [2, 2, 3, 4] }).bytes), "stack.mrc");
    expect(voxelCountLabel(volume)).toBe("4 × 3 × 2 voxels, 2 volumes");
  });

  it("gives one volume its depth only", () => {
    const volume = displayVolume(readMrc(encodeMrc({ data: new Float32Array(24), shape: [2, 3, 4] }).bytes), "real.mrc");
    expect(voxelCountLabel(volume)).toBe("4 × 3 × 2 voxels");
  });
});
