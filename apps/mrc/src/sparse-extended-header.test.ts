// The CLI on a sparse file whose NSYMBT declares 2 × 10⁹ bytes of extended header, none of which
// takes disk space. header, stats and validate never read the extended header, so they work with a
// --max-data-bytes far below NSYMBT; convert, which copies the extended header, stops at it.
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { encodeHeader, encodeMrc } from "@modelsys/cryoet";
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

  it("convert stops at --max-data-bytes", async () => {
    const result = await runMrc(["convert", path, "--mode", "12", "--output", join(dir, "out.mrc"), "--max-data-bytes", LIMIT]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`NSYMBT declares a ${NSYMBT}-byte extended header, more than maxDataBytes (${LIMIT})`);
  });
});
