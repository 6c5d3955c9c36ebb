import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { openTraceFile, readFileChunks } from "./prfaas-trace-file.js";

const directory = mkdtempSync(join(tmpdir(), "planner-trace-file-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("readFileChunks", () => {
  it("keeps a character split between chunks whole", () => {
    // The two bytes of "é" straddle the 1 MiB chunk boundary.
    const text = `${"a".repeat(2 ** 20 - 1)}é${"b".repeat(10)}`;
    const path = join(directory, "split.txt");
    writeFileSync(path, text);
    const chunks = [...readFileChunks(path)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe(text);
  });
});

describe("openTraceFile", () => {
  it("counts rows across chunks and guesses the format", () => {
    const row = (index: number) => `{"timestamp": ${index}, "input_length": 600, "output_length": 1, "hash_ids": [${index}, ${index + 1}]}`;
    const rows = Array.from({ length: 30_000 }, (_, index) => row(index));
    const path = join(directory, "many.jsonl");
    writeFileSync(path, `\n${rows.join("\n")}\n`);
    const { trace, requests } = openTraceFile(path, "auto");
    expect([trace.format, requests]).toEqual(["mooncake", 30_000]);
    expect([...trace].map((request) => request.arrivalUs)).toEqual(rows.map((_, index) => index * 1000));
  });

  it("names a file of unknown format", () => {
    const path = join(directory, "notes.txt");
    writeFileSync(path, "hello\n");
    expect(() => openTraceFile(path, "auto")).toThrow(`Cannot tell the format of ${path}: pass --format mooncake, azure or burstgpt.`);
  });
});
