// The CLI on a sparse file whose NSYMBT declares 2 × 10⁹ bytes of extended header, none of which
// takes disk space. header, stats and validate never read the extended header, so they work with a
// --max-data-bytes far below NSYMBT. convert copies it in chunks and zarr leaves it unread, so both
// work too, and neither keeps the 2 GB in memory.
import { closeSync, ftruncateSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { encodeHeader, encodeMrc } from "@modelsys/cryoet";
import { openMrcFile } from "@modelsys/cryoet/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runMrc } from "./test-support.js";

const NSYMBT = 2_000_000_000;
const VALUES = Float32Array.from({ length: 4 * 4 * 4 }, (_, index) => index);
const LIMIT = String(2 ** 20);
let dir = "";
let path = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mrc-sparse-extended-"));
  path = join(dir, "extended.mrc");
  const { header } = encodeMrc({ data: VALUES, shape: [4, 4, 4], voxelSize: 10, stampLabel: false });
  header.nsymbt = NSYMBT;
  header.exttyp = "MRCO";
  const fd = openSync(path, "w");
  try {
    writeSync(fd, encodeHeader(header, true), 0, 1024, 0);
    writeSync(fd, new Uint8Array(VALUES.buffer), 0, VALUES.byteLength, 1024 + NSYMBT);
    ftruncateSync(fd, 1024 + NSYMBT + VALUES.byteLength);
  } finally {
    closeSync(fd);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extended header of 2e9 bytes", () => {
  it("header leaves it unread", async () => {
    const result = await runMrc(["header", path, "--json", "--max-data-bytes", LIMIT]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.extendedHeaderBytes).toBe(NSYMBT);
    expect(json.dataOffset).toBe(1024 + NSYMBT);
  });

  it("stats reads only the data", async () => {
    const result = await runMrc(["stats", path, "--json", "--max-data-bytes", LIMIT]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ min: 0, max: 63 });
  });

  it("validate passes", async () => {
    const result = await runMrc(["validate", path, "--max-data-bytes", LIMIT]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("convert copies it in bounded memory and keeps the copy sparse", async () => {
    const out = join(dir, "out.mrc");
    const rssBefore = process.resourceUsage().maxRSS * 1024;
    const result = await runMrc(["convert", path, "--mode", "12", "--output", out, "--max-data-bytes", LIMIT]);
    const rssGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // Holding the extended header whole would raise the peak by 2e9 bytes.
    expect(rssGrowth).toBeLessThan(NSYMBT / 4);
    const reader = await openMrcFile(out);
    try {
      expect(reader.header.nsymbt).toBe(NSYMBT);
      expect(reader.header.exttyp).toBe("MRCO");
      expect(reader.header.mode).toBe(12);
      expect(Array.from((await reader.readSubvolume({})).data)).toEqual(Array.from(VALUES));
    } finally {
      await reader.close();
    }
    // The input takes a few blocks of disk; the copy skips the same runs of zeros.
    expect(statSync(out).blocks * 512).toBeLessThanOrEqual(statSync(path).blocks * 512 + 2 ** 20);
  }, 120_000);

  it("zarr leaves it unread", async () => {
    const out = join(dir, "out.zarr");
    const result = await runMrc(["zarr", path, out, "--max-data-bytes", LIMIT]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toContain("zarr.json");
  });
});
