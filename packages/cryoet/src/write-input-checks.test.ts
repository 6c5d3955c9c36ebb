import { describe, expect, it } from "vitest";

import { encodeMrc, readMrc, type MrcWriteInput } from "./index.js";

const base: MrcWriteInput = { data: new Float32Array(8), shape: [2, 2, 2], stampLabel: false };

describe("writer metadata checks", () => {
  const rejected: [string, Partial<MrcWriteInput> | Record<string, unknown>, string, RegExp][] = [
    ["voxel size beyond float32", { voxelSize: 1e39 }, "voxelSize", /beyond float32 range/],
    ["two voxel sizes", { voxelSize: [1, 2] }, "voxelSize", /one Å value or 3/],
    ["NaN voxel size", { voxelSize: Number.NaN }, "voxelSize", /Invalid voxel size NaN/],
    ["NaN origin", { origin: [Number.NaN, 0, 0] }, "origin", /Invalid origin \[NaN, 0, 0\]/],
    ["origin beyond float32", { origin: [1e39, 0, 0] }, "origin", /float32 range/],
    ["two origin values", { origin: [1, 2] }, "origin", /3 finite Å values/],
    ["two voxel sizes in a typed array", { voxelSize: new Float32Array([1, 2]) }, "voxelSize", /Invalid voxel size \[1, 2\]: expected one Å value or 3/],
    ["BigInt voxel sizes", { voxelSize: new BigInt64Array([1n, 2n, 3n]) }, "voxelSize", /Invalid voxel size \[1n, 2n, 3n\]: expected positive finite Å values/],
    ["BigInt origin", { origin: [0n, 0, 0] }, "origin", /Invalid origin \[0n, 0, 0\]/],
    ["fractional nstart", { nstart: [1.5, 0, 0] }, "nstart", /whole numbers/],
    ["nstart beyond int32", { nstart: [0, 2 ** 31, 0] }, "nstart", /2147483647/],
    ["unknown kind", { kind: "stack" }, "kind", /"volume" \(ISPG 1\) or "imageStack"/],
    ["five-character EXTTYP", { exttyp: "FEI12", extendedHeader: new Uint8Array(4) }, "exttyp", /at most 4 characters/],
    ["string littleEndian", { littleEndian: "false" }, "littleEndian", /^Invalid littleEndian "false": expected true or false\.$/],
    ["numeric stampLabel", { stampLabel: 0 }, "stampLabel", /^Invalid stampLabel 0: expected true or false\.$/],
    ["string computeStats", { computeStats: "no" }, "computeStats", /^Invalid computeStats "no": expected true or false\.$/],
  ];

  it.each(rejected)("rejects %s", (_name, options, field, message) => {
    expect(() => encodeMrc({ ...base, ...options } as MrcWriteInput)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field, message: expect.stringMatching(message) }));
  });

  it("rejects a mode given as a string", () => {
    expect(() => encodeMrc({ ...base, mode: "2" } as unknown as MrcWriteInput)).toThrow(expect.objectContaining({ code: "UNKNOWN_MODE", field: "mode", value: "2" }));
  });

  it("rejects an axis beyond int32", () => {
    expect(() => encodeMrc({ data: new Float32Array(0), shape: [0, 1, 2 ** 31] })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "shape", message: expect.stringMatching(/at most 2147483647/) }));
  });

  it("stores values at the field limits", () => {
    const { header } = encodeMrc({ ...base, voxelSize: [0.5, 2, 1e30], origin: [-3.4e38, 0, 12.25], nstart: [-(2 ** 31), 2 ** 31 - 1, 0], kind: "imageStack" });
    expect(header.nxstart).toBe(-(2 ** 31));
    expect(header.nystart).toBe(2 ** 31 - 1);
    expect(header.origin[2]).toBe(12.25);
    expect(header.cella[0]).toBe(1);
    expect(header.ispg).toBe(0);
  });

  it("takes typed arrays of three values", () => {
    // The writer spreads these into header fields, so typed arrays worked before the checks too.
    const input = { ...base, voxelSize: new Float32Array([0.5, 2, 4]), origin: new Float64Array([1.5, -2, 3]), nstart: new Int32Array([-4, 0, 7]) };
    const file = readMrc(encodeMrc(input as unknown as MrcWriteInput).bytes);

    expect(file.voxelSize).toEqual([0.5, 2, 4]);
    expect(file.header.origin).toEqual([1.5, -2, 3]);
    expect([file.header.nxstart, file.header.nystart, file.header.nzstart]).toEqual([-4, 0, 7]);
  });
});
