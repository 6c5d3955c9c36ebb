import * as zarr from "zarrita";
import { decode } from "fast-png";
import { describe, expect, it } from "vitest";

import { BytesSource, convertData, imageToPng, openMrc, percentile, projectVolume, readMrc, sliceToImage, toXFastest, writeOmeZarr } from "./index.js";
import { fixtureBytes } from "./testing/fixtures.js";

describe("PNG", () => {
  it("maps percentiles to black and white", () => {
    const values = Float32Array.from({ length: 100 }, (_, index) => index);
    const png = imageToPng({ values, width: 10, height: 10 }, { lowPercentile: 10, highPercentile: 90 });
    const image = decode(png);
    expect([image.width, image.height, image.channels, image.depth]).toEqual([10, 10, 1, 8]);
    const pixels = image.data as Uint8Array;
    expect(pixels[0]).toBe(0);
    expect(pixels[10]).toBe(0); // 10 is the 10th percentile
    expect(pixels[50]).toBe(Math.round(((50 - 9.9) * 255) / (89.1 - 9.9)));
    expect(pixels[99]).toBe(255);
  });

  it("percentile interpolates like NumPy", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([5, Number.NaN, 1], 100)).toBe(5);
  });

  it("rejects bad percentiles and sizes", () => {
    expect(() => imageToPng({ values: [1, 2], width: 2, height: 1 }, { lowPercentile: 50, highPercentile: 50 })).toThrow(/Invalid percentiles 50 and 50/);
    expect(() => imageToPng({ values: [1, 2], width: 3, height: 1 })).toThrow(/3 × 1 with 2 values/);
  });

  it("projects along each axis", () => {
    const data = Float32Array.from({ length: 2 * 3 * 4 }, (_, index) => index);
    expect(projectVolume(data, [2, 3, 4], "z", "sum").values[0]).toBe(0 + 12);
    const y = projectVolume(data, [2, 3, 4], "y", "max");
    expect([y.width, y.height, y.values[4]]).toEqual([4, 2, 12 + 8]);
    const x = projectVolume(data, [2, 3, 4], "x", "mean");
    expect([x.width, x.height, x.values[0]]).toEqual([3, 2, 1.5]);
  });
});

describe("sliceToImage", () => {
  it("matches a one-slice projection on each axis", async () => {
    const bytes = fixtureBytes("EMD-3197.map");
    const file = readMrc(bytes);
    const data = file.data as Float32Array;
    const shape = file.shape!;
    const reader = await openMrc(new BytesSource(bytes));

    for (const axis of ["z", "y", "x"] as const) {
      const image = sliceToImage(await reader.readSlice(axis, 0), axis);
      // The first slice along `axis`, cut out of the whole volume. Summing it along `axis` keeps its values.
      const ranges = { z: [1, shape[1]!, shape[2]!], y: [shape[0]!, 1, shape[2]!], x: [shape[0]!, shape[1]!, 1] }[axis];
      const slab = Float32Array.from({ length: ranges[0]! * ranges[1]! * ranges[2]! }, (_, index) => {
        const x = index % ranges[2]!;
        const y = Math.floor(index / ranges[2]!) % ranges[1]!;
        const z = Math.floor(index / (ranges[1]! * ranges[2]!));
        return data[(z * shape[1]! + y) * shape[2]! + x]!;
      });
      const projection = projectVolume(slab, ranges, axis, "sum");

      expect([image.width, image.height]).toEqual([projection.width, projection.height]);
      expect(Array.from(image.values)).toEqual(Array.from(projection.values));
    }
  });

  it("rejects a shape that is not one slice", () => {
    const data = new Float32Array(8);
    expect(() => sliceToImage({ data, shape: [2, 2, 2] }, "z")).toThrow(/a slice has a length of 1 on that axis/);
    expect(() => sliceToImage({ data, shape: [1, -2, -4] }, "z")).toThrow(/expected three whole sizes/);
    expect(() => sliceToImage({ data, shape: [1, 1.5, 2] }, "z")).toThrow(/expected three whole sizes/);
    expect(() => sliceToImage({ data, shape: [1, 2, 2] }, "z")).toThrow(/needs 4 values, and the data has 8/);
  });

  it("names the component axis of complex slices", () => {
    expect(() => sliceToImage({ data: new Float32Array(16), shape: [1, 2, 4, 2] }, "z")).toThrow(/contains 2 components per voxel/);
  });

  it("rejects an axis other than x, y or z", () => {
    const slice = { data: new Float32Array(4), shape: [1, 2, 2] };
    expect(() => sliceToImage(slice, "Z" as "z")).toThrow(/Invalid axis "Z": expected "x", "y" or "z"/);
  });
});

describe("mode conversion", () => {
  it("rounds half to even and checks the range", () => {
    expect(Array.from(convertData(Float32Array.from([0.5, 1.5, -2.5, 3.2]), 2, 1))).toEqual([0, 2, -2, 3]);
    expect(() => convertData(Float32Array.from([1, 40000]), 2, 1)).toThrow("Cannot convert value 40000 at index 1 to mode 1: mode 1 stores integers from -32768 to 32767.");
    expect(Array.from(convertData(Float32Array.from([-5, 300]), 2, 0, { overflow: "clip" }))).toEqual([-5, 127]);
    expect(() => convertData(Float32Array.from([Number.NaN]), 2, 6, { overflow: "clip" })).toThrow(/value NaN/);
    expect(() => convertData(Float32Array.from([1]), 2, 7 as never)).toThrow(expect.objectContaining({ code: "UNKNOWN_MODE", field: "mode", value: 7 }));
    expect(() => convertData(Float32Array.from([1]), 2, "1" as never)).toThrow(expect.objectContaining({ code: "UNKNOWN_MODE", value: "1" }));
    expect(() => convertData(Float32Array.from([1]), 5 as never, 1)).toThrow(expect.objectContaining({ code: "UNKNOWN_MODE", value: 5 }));
    expect(() => convertData(Float32Array.from([1e6]), 2, 1, { overflow: "Clip" as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "overflow" }));
    expect(Array.from(convertData(Float32Array.from([1 / 3]), 2, 12))).toEqual([0.333251953125]);
    expect(() => convertData(new Float32Array(2), 4, 2)).toThrow(/complex and RGB/);
  });
});

describe("OME-Zarr", () => {
  it.each([
    ["chunks", { chunks: [Number.NaN, 1, 1] }],
    ["chunks", { chunks: [1.5, 1, 1] }],
    ["voxelSizeAngstrom", { voxelSizeAngstrom: [0, 1, 1] }],
    ["voxelSizeAngstrom", { voxelSizeAngstrom: [Number.NaN, 1, 1] }],
    ["originAngstrom", { originAngstrom: [Number.NaN, 0, 0] }],
  ] as const)("rejects an invalid %s", async (field, options) => {
    const store = new Map<string, Uint8Array>();
    const data = Float32Array.from({ length: 24 }, (_, index) => index);
    await expect(writeOmeZarr(store, data, [2, 3, 4], options as never)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field });
    expect(store.size).toBe(0);
  });

  it("writes a volume that zarrita reads back", async () => {
    const file = readMrc(fixtureBytes("EMD-3197.map"));
    const volume = toXFastest(file);
    const store = new Map<string, Uint8Array>();
    await writeOmeZarr(store, volume.data, volume.shape, { chunks: [8, 8, 8], voxelSizeAngstrom: file.voxelSize });
    const group = JSON.parse(new TextDecoder().decode(store.get("/zarr.json")!)) as { attributes: { ome: { version: string; multiscales: { datasets: { coordinateTransformations: { scale?: number[] }[] }[] }[] } } };
    expect(group.attributes.ome.version).toBe("0.5");
    expect(group.attributes.ome.multiscales[0]!.datasets[0]!.coordinateTransformations[0]!.scale!.map((value) => Math.round(value * 1e6) / 1e6)).toEqual([1.14, 1.14, 1.14]);
    const metadata = JSON.parse(new TextDecoder().decode(store.get("/0/zarr.json")!)) as { fill_value: unknown; data_type: string };
    // Zarr v3 requires a fill value of the data type; null is not one.
    expect(metadata).toMatchObject({ data_type: "float32", fill_value: 0 });
    const array = await zarr.open.v3(zarr.root(store).resolve("0"), { kind: "array" });
    expect(array.shape).toEqual([20, 20, 20]);
    expect(array.chunks).toEqual([8, 8, 8]);
    const chunk = await zarr.get(array);
    expect(Array.from(chunk.data as Float32Array)).toEqual(Array.from(file.data!));
  });

  it("rejects complex data", async () => {
    await expect(writeOmeZarr(new Map(), new Int16Array(4), [1, 1, 2, 2])).rejects.toThrow(/expected a real \[z, y, x\] volume/);
  });
});
