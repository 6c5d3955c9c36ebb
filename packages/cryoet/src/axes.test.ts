import { describe, expect, it } from "vitest";

import { addLabel, creationLabel, encodeMrc, getLabels, gridPosition, readMrc, toXFastest } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

describe("toXFastest", () => {
  it("permutes the spec's worked example", () => {
    // MAPC, MAPR, MAPS = 2, 3, 1 and NX, NY, NZ = 4, 5, 6: 6 voxels along X, 4 along Y, 5 along Z.
    const data = Float32Array.from({ length: 4 * 5 * 6 }, (_, index) => index);
    const { bytes } = encodeMrc({ data, shape: [6, 5, 4], stampLabel: false });
    const view = new DataView(bytes.buffer);
    [2, 3, 1].forEach((axis, index) => view.setInt32(64 + index * 4, axis, true));
    const file = readMrc(bytes);
    const result = toXFastest(file);
    expect(result.shape).toEqual([5, 4, 6]);
    // Naive reference: file [s][r][c] goes to X = s, Y = c, Z = r, that is axes reordered as (1, 2, 0).
    for (let s = 0; s < 6; s++) {
      for (let r = 0; r < 5; r++) {
        for (let c = 0; c < 4; c++) {
          expect(result.data[(r * 4 + c) * 6 + s]).toBe(data[(s * 5 + r) * 4 + c]);
        }
      }
    }
    expect(gridPosition(file, 1, 2, 3)).toEqual([3, 1, 2]);
  });

  it("returns the same array for 1, 2, 3", () => {
    const file = readMrc(fixtureBytes("EMD-3197.map"));
    expect(toXFastest(file).data).toBe(file.data);
    expect(gridPosition(file, 0, 0, 0)).toEqual([-2, 0, 0]);
  });

  it("permutes each volume of a stack", () => {
    const data = Float32Array.from({ length: 2 * 2 * 3 * 4 }, (_, index) => index);
    const { bytes } = encodeMrc({ data, shape: [2, 2, 3, 4], stampLabel: false });
    const view = new DataView(bytes.buffer);
    [3, 2, 1].forEach((axis, index) => view.setInt32(64 + index * 4, axis, true));
    const result = toXFastest(readMrc(bytes));
    expect(result.shape).toEqual([2, 4, 3, 2]);
    // Volume 1, file (s=1, r=2, c=3) goes to X = 1, Y = 2, Z = 3.
    expect(result.data[24 + (3 * 3 + 2) * 2 + 1]).toBe(data[24 + (1 * 3 + 2) * 4 + 3]);
  });
});

describe("labels", () => {
  it("creation label layout", () => {
    const label = creationLabel(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)));
    expect(label).toHaveLength(80);
    expect(label.slice(0, 40).trimEnd()).toBe("Created by @modelsys/cryoet");
    expect(label.slice(40)).toBe(`${" ".repeat(20)}2024-01-02 03:04:05 `);
  });

  it("addLabel rejects non-ASCII and an eleventh label", () => {
    const { header } = encodeMrc({ data: new Float32Array(1), shape: [1, 1], stampLabel: false });
    expect(() => addLabel(header, "é")).toThrow(/printable ASCII/);
    expect(() => addLabel(header, "x".repeat(81))).toThrow(/at most 80/);
    for (let index = 0; index < 10; index++) addLabel(header, `label ${index}`);
    expect(getLabels(header)).toHaveLength(10);
    expect(() => addLabel(header, "one more")).toThrow(/all 10 labels are in use/);
  });

  it.each(["", "   "])("addLabel rejects blank label %j", (text) => {
    const { header } = encodeMrc({ data: new Float32Array(1), shape: [1, 1], stampLabel: false });
    expect(() => addLabel(header, text)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "label", value: text }));
    expect(header.nlabl).toBe(0);
    expect(() => encodeMrc({ data: new Float32Array(1), shape: [1, 1], labels: [text] })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "label" }));
  });

  it("addLabel keeps labels that NLABL leaves out", () => {
    const { header } = encodeMrc({ data: new Float32Array(1), shape: [1, 1], stampLabel: false });
    header.labels[0] = "written by a tool that left NLABL 0";
    header.labels[1] = "second";

    addLabel(header, "added");

    expect(header.labels.slice(0, 3)).toEqual(["written by a tool that left NLABL 0", "second", "added"]);
    expect(header.nlabl).toBe(3);
  });
});
