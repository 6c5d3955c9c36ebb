// The contract every byte source must meet, run by byte-source.test.ts for each implementation:
// lazy reads through the source agree with a whole read of the same file.
import { expect, it } from "vitest";

import { computeStatistics, openMrc, readMrc, type Box, type ByteSource, type MrcDataInput } from "../index.js";

/** Returns the values of `box` cut from a whole `[nz][ny][nx]` array (the naive reference). */
export function cutBox(data: MrcDataInput, shape: number[], box: Required<Box>, components: number): number[] {
  const [, ny, nx] = shape as [number, number, number];
  const out: number[] = [];
  for (let z = box.z[0]; z < box.z[1]; z++) {
    for (let y = box.y[0]; y < box.y[1]; y++) {
      for (let x = box.x[0]; x < box.x[1]; x++) {
        for (let k = 0; k < components; k++) out.push(data[((z * ny + y) * nx + x) * components + k]!);
      }
    }
  }
  return out;
}

/**
 * Registers the byte-source contract tests. `makeSource` opens a fresh source over `fileBytes`
 * (possibly compressed); `plainBytes` are the uncompressed bytes used as the reference.
 */
export function describeByteSource(makeSource: () => Promise<ByteSource>, plainBytes: Uint8Array): void {
  const reference = readMrc(plainBytes, { copy: true });
  const components = reference.mode === 3 || reference.mode === 4 ? 2 : 1;
  const spatial = components === 1 ? reference.shape! : reference.shape!.slice(0, -1);
  const [nz, ny, nx] = spatial.slice(-3) as [number, number, number];

  it("reads ranges and clips at the end", async () => {
    const source = await makeSource();
    expect((await source.read(0, 4)).length).toBe(4);
    const tail = await source.read(source.size - 3, 10);
    expect(tail.length).toBe(3);
    await expect(source.read(-1, 4)).rejects.toThrow(/Invalid byte range/);
    await source.close?.();
  });

  it("header matches a whole read", async () => {
    const reader = await openMrc(await makeSource());
    expect(reader.header).toEqual(reference.header);
    expect(reader.shape).toEqual(reference.shape);
    expect(reader.warnings).toEqual(reference.warnings);
    await reader.close();
  });

  it("slices along every axis", async () => {
    const reader = await openMrc(await makeSource());
    for (const [axis, size] of [["z", nz], ["y", ny], ["x", nx]] as const) {
      for (const index of [0, Math.floor(size / 2), size - 1]) {
        const region = await reader.readSlice(axis, index);
        const box = { x: [0, nx], y: [0, ny], z: [0, nz], [axis]: [index, index + 1] } as Required<Box>;
        expect(Array.from(region.data), `${axis} = ${index}`).toEqual(cutBox(reference.data!, [nz, ny, nx], box, components));
      }
    }
    await reader.close();
  });

  it("sub-volumes and whole data", async () => {
    const reader = await openMrc(await makeSource());
    const box: Required<Box> = { x: [1, Math.max(2, nx - 1)], y: [Math.min(1, ny - 1), ny], z: [0, Math.max(1, nz - 1)] };
    const region = await reader.readSubvolume(box);
    expect(region.shape.slice(0, 3)).toEqual([box.z[1] - box.z[0], box.y[1] - box.y[0], box.x[1] - box.x[0]]);
    expect(Array.from(region.data)).toEqual(cutBox(reference.data!, [nz, ny, nx], box, components));
    expect(Array.from(await reader.readData())).toEqual(Array.from(reference.data!));
    await expect(reader.readSubvolume({ x: [0, nx + 1] })).rejects.toThrow(/Invalid x range/);
    await reader.close();
  });

  it("streaming statistics equal whole-array statistics", async () => {
    const reader = await openMrc(await makeSource());
    const streamed = await reader.statistics();
    const whole = computeStatistics(reference.data!, components === 2);
    expect(streamed.count).toBe(whole.count);
    expect(streamed.min).toBe(whole.min);
    expect(streamed.max).toBe(whole.max);
    expect(streamed.mean).toBeCloseTo(whole.mean, 10);
    expect(streamed.rms).toBeCloseTo(whole.rms, 10);
    await reader.close();
  });
}
