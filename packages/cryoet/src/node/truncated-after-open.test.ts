// A file that shrinks after openMrcFile: every lazy read path must throw READ_FAILED, naming the
// file, the offset and the byte counts, instead of returning short data.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { encodeMrc, isMrcError, type MrcReader } from "../index.js";
import { FileSource, openMrcFile } from "./index.js";

const [NZ, NY, NX] = [8, 16, 16];
const SECTION_BYTES = NY * NX * 4;
let workDir = "";

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "cryoet-truncated-"));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Writes an 8-section float32 volume, opens it lazily, then keeps only its first 4 sections. */
async function openThenTruncate(name: string): Promise<{ reader: MrcReader; path: string }> {
  const path = join(workDir, name);
  writeFileSync(path, encodeMrc({ data: new Float32Array(NZ * NY * NX).fill(7), shape: [NZ, NY, NX], stampLabel: false }).bytes);
  const reader = await openMrcFile(path);
  truncateSync(path, 1024 + 4 * SECTION_BYTES);
  return { reader, path };
}

/** Asserts that `promise` rejects with READ_FAILED naming `path` and a short byte count. */
async function expectShortRead(promise: Promise<unknown>, path: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isMrcError(error), String(error)).toBe(true);
  if (!isMrcError(error)) return;
  expect(error.code).toBe("READ_FAILED");
  expect(error.file).toBe(path);
  expect(error.message).toContain(path);
  expect(error.message).toMatch(/Read \d+ of \d+ bytes at offset \d+/);
}

describe("reads after truncation", () => {
  const cases: [string, (reader: MrcReader) => Promise<unknown>][] = [
    ["readSlice z", (reader) => reader.readSlice("z", 6)],
    ["readSubvolume whole sections", (reader) => reader.readSubvolume({ z: [2, 8] })],
    ["readSubvolume rows", (reader) => reader.readSubvolume({ z: [6, 7], y: [2, 5] })],
    ["readSlice x", (reader) => reader.readSlice("x", 3)],
    ["readSubvolume box", (reader) => reader.readSubvolume({ z: [3, 8], y: [1, 4], x: [2, 9] })],
    ["readData", (reader) => reader.readData()],
    ["statistics", (reader) => reader.statistics()],
  ];

  it.each(cases)("%s throws READ_FAILED", async (name, read) => {
    const { reader, path } = await openThenTruncate(`${name.replace(/\s+/g, "-")}.mrc`);
    try {
      await expectShortRead(read(reader), path);
    } finally {
      await reader.close();
    }
  });

  it("sections before the cut still read", async () => {
    const { reader } = await openThenTruncate("before-cut.mrc");
    try {
      const region = await reader.readSlice("z", 1);
      expect(region.data.length).toBe(NY * NX);
      expect(region.data.every((value) => value === 7)).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it("FileSource read paths throw READ_FAILED", async () => {
    const path = join(workDir, "source.bin");
    writeFileSync(path, new Uint8Array(200_000));
    const source = await FileSource.open(path);
    truncateSync(path, 1000);
    try {
      await expectShortRead(source.read(500, 1000), path);
      await expectShortRead(source.readRanges([{ offset: 900, length: 200 }]), path);
      await expectShortRead(source.visitRanges([{ offset: 900, length: 200 }], () => undefined), path);
      await expectShortRead(source.visitRanges([{ offset: 0, length: 150_000 }], () => undefined), path);
    } finally {
      await source.close();
    }
  });
});
