// The CLI on a file whose data block is over 4 GiB: a sparse file, whose logical size is over
// 4 GiB while only the bytes written here take disk space. header, slice and validate read only
// the header and one section. stats would read the whole block, so it is left out to keep the
// test fast.
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { buildHeader, encodeHeader } from "@modelsys/cryoet";
import { decode } from "fast-png";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runMrc } from "./test-support.js";

const [NZ, NY, NX] = [1100, 1024, 1024];
const SECTION_BYTES = NY * NX * 4;
let dir = "";
let path = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mrc-large-"));
  path = join(dir, "tomogram.mrc");
  const { header } = buildHeader({ shape: [NZ, NY, NX], mode: 2, voxelSize: 10, stampLabel: false });
  const fd = openSync(path, "w");
  try {
    writeSync(fd, encodeHeader(header, true), 0, 1024, 0);
    const section = Float32Array.from({ length: NY * NX }, (_, index) => index % NX);
    writeSync(fd, new Uint8Array(section.buffer), 0, SECTION_BYTES, 1024 + 500 * SECTION_BYTES);
    ftruncateSync(fd, 1024 + NZ * SECTION_BYTES);
  } finally {
    closeSync(fd);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("data block over 4 GiB", () => {
  it("header reads no data", async () => {
    const result = await runMrc(["header", path, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.shape).toEqual([NZ, NY, NX]);
    expect(json.dataBytes).toBe(NZ * SECTION_BYTES);
    expect(json.dataBytes).toBeGreaterThan(2 ** 32);
  });

  it("slice writes one section", async () => {
    const png = join(dir, "slice.png");
    const result = await runMrc(["slice", path, "--index", "500", "--png", png]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const image = decode(readFileSync(png));
    expect([image.width, image.height]).toEqual([NX, NY]);
    const pixels = image.data as Uint8Array;
    expect(pixels[0]).toBe(0);
    expect(pixels[NX - 1]).toBe(255);
  });

  it("validate passes", async () => {
    const result = await runMrc(["validate", path]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("is a valid MRC2014 file");
    expect(result.code).toBe(0);
  });
});
