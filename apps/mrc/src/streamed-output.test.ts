// convert and zarr stream the data a chunk at a time. Their output must equal what the whole-file
// path gives: encodeMrc on convertData of the whole array, and writeOmeZarr on toXFastest of it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

import { convertData, encodeMrc, readMrc, toXFastest, writeOmeZarr, type MrcMode } from "@modelsys/cryoet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runMrc } from "./test-support.js";

// Five sections of 4 MiB of float32: more than the 16 MiB that convert reads at a time, so the
// data arrive in two chunks (four sections, then one).
const [NZ, NY, NX] = [5, 2048, 512];
const EXTENDED = Uint8Array.from({ length: 3001 }, (_, index) => (index * 13) % 256);
let dir = "";
let big = "";
let small = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mrc-streamed-"));
  big = join(dir, "big.mrc");
  const data = Float32Array.from({ length: NZ * NY * NX }, (_, index) => Math.sin(index / 977) * 300 + (index % 7) / 4);
  writeFileSync(big, encodeMrc({ data, shape: [NZ, NY, NX], voxelSize: 4, extendedHeader: EXTENDED, exttyp: "MRCO", littleEndian: false, stampLabel: false }).bytes);
  // The other modes convert more slowly per value, so they take a file of one chunk.
  small = join(dir, "small.mrc");
  const values = data.subarray(0, 3 * 64 * 65);
  writeFileSync(small, encodeMrc({ data: values, shape: [3, 64, 65], voxelSize: 4, extendedHeader: EXTENDED, exttyp: "MRCO", littleEndian: false, stampLabel: false }).bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts the whole array in memory and returns the bytes of the file that encodeMrc writes. */
function wholeConversion(path: string, mode: MrcMode): Uint8Array {
  const file = readMrc(readFileSync(path));
  const data = convertData(file.data!, file.mode!, mode, { overflow: "clip" });
  return encodeMrc({ data, shape: file.shape!, mode, header: file.header, extendedHeader: file.extendedHeader!, littleEndian: file.littleEndian }).bytes;
}

describe("mrc convert in chunks", () => {
  for (const [mode, size] of [
    [0, "small"],
    [1, "big"],
    [2, "big"],
    [6, "small"],
    [12, "small"],
    [101, "small"],
  ] as const) {
    it(`writes the bytes of a whole-array conversion to mode ${mode} (${size} file)`, async () => {
      const path = size === "big" ? big : small;
      const out = join(dir, `mode-${mode}.mrc`);
      const result = await runMrc(["convert", path, "--mode", String(mode), "--clip", "--output", out]);

      expect(result.code).toBe(0);
      expect(Buffer.compare(readFileSync(out), wholeConversion(path, mode))).toBe(0);
      const values = size === "big" ? NZ * NY * NX : 3 * 64 * 65;
      if (mode !== 2 && mode !== 12) expect(result.stdout).toContain(`of ${values} values were not whole numbers`);
    });
  }

  it("section over 16 MiB, in blocks of rows", async () => {
    // 2100 × 2048 float32 voxels: 17.2 MB per section, so each section is read in two blocks.
    const path = join(dir, "wide.mrc");
    const data = Float32Array.from({ length: 2 * 2100 * 2048 }, (_, index) => ((index * 7) % 1000) - 500.5);
    writeFileSync(path, encodeMrc({ data, shape: [2, 2100, 2048], stampLabel: false }).bytes);
    const out = join(dir, "wide-1.mrc");
    const result = await runMrc(["convert", path, "--mode", "1", "--output", out]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(Buffer.compare(readFileSync(out), wholeConversion(path, 1))).toBe(0);
    expect(result.stdout).toContain(`${data.length} of ${data.length} values were not whole numbers`);
  });

  it("compresses a .gz output as a stream", async () => {
    const out = join(dir, "mode-1.mrc.gz");
    const result = await runMrc(["convert", big, "--mode", "1", "--clip", "--output", out]);

    expect(result.code).toBe(0);
    expect(Buffer.compare(gunzipSync(readFileSync(out)), wholeConversion(big, 1))).toBe(0);
  });

  it("out-of-range value in a later chunk", async () => {
    const path = join(dir, "late-outlier.mrc");
    const data = new Float32Array(NZ * NY * NX);
    data[4 * NY * NX + 17] = 70_000;
    writeFileSync(path, encodeMrc({ data, shape: [NZ, NY, NX], stampLabel: false }).bytes);
    const out = join(dir, "late-outlier-16.mrc");
    const result = await runMrc(["convert", path, "--mode", "1", "--output", out]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the data contain 70000, but mode 1 stores integers from -32768 to 32767");
    expect(readdirSync(dir).filter((name) => name.includes("late-outlier-16"))).toEqual([]);
  });
});

describe("mrc convert without data", () => {
  it("truncated file, permissive", async () => {
    const path = join(dir, "truncated.mrc");
    writeFileSync(path, readFileSync(small).subarray(0, 1024 + EXTENDED.length + 100));
    const out = join(dir, "truncated-2.mrc");
    const result = await runMrc(["convert", path, "--mode", "2", "--output", out, "--permissive"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path} has no readable data, so it cannot be converted:\n  File is ${1024 + EXTENDED.length + 100} bytes, but the header describes`);
    expect(result.stderr.split("\n").filter((line) => line !== "")).toHaveLength(2);
    expect(readdirSync(dir).filter((name) => name.includes("truncated-2"))).toEqual([]);
  });
});

describe("mrc zarr in boxes", () => {
  for (const [mapping, chunk] of [
    [[1, 2, 3], 3],
    [[2, 3, 1], 4],
    [[3, 1, 2], 5],
  ] as const) {
    it(`zarr with MAPC/MAPR/MAPS ${mapping.join(", ")} and chunks of ${chunk}`, async () => {
      const shape = [6, 7, 9];
      const data = Int16Array.from({ length: 6 * 7 * 9 }, (_, index) => index * 3 - 400);
      const encoded = encodeMrc({ data, shape, stampLabel: false });
      encoded.header.mapc = mapping[0];
      encoded.header.mapr = mapping[1];
      encoded.header.maps = mapping[2];
      const path = join(dir, `mapped-${mapping.join("")}.mrc`);
      writeFileSync(path, encodeMrc({ data, shape, header: encoded.header }).bytes);
      const out = join(dir, `mapped-${mapping.join("")}.zarr`);
      const result = await runMrc(["zarr", path, out, "--chunk", String(chunk)]);

      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const file = readMrc(readFileSync(path));
      const expected = toXFastest(file);
      const reference = new Map<string, Uint8Array>();
      await writeOmeZarr(reference, expected.data, expected.shape, { chunks: [chunk, chunk, chunk] });
      // The array metadata and every chunk match byte for byte; the group differs only in its name.
      const keys = [...reference.keys()].filter((key) => key.startsWith("/0/"));
      expect(keys.length).toBeGreaterThan(2);
      for (const key of keys) expect(Buffer.compare(readFileSync(join(out, key)), reference.get(key)!)).toBe(0);
    });
  }
});

