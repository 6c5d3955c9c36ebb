import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { RandomStream } from "@modelsys/prfaas";

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

describe("openTraceFile on hostile files", () => {
  const rows = [
    `{"timestamp": 0, "input_length": 600, "output_length": 1, "hash_ids": [1, 2]}`,
    `{"timestamp": 3000, "input_length": 700, "output_length": 2, "hash_ids": [1, 3]}`,
  ];

  it("reads a gzip-compressed trace", () => {
    const plain = join(directory, "plain.jsonl");
    const compressed = join(directory, "compressed.jsonl.gz");
    writeFileSync(plain, `${rows.join("\n")}\n`);
    writeFileSync(compressed, gzipSync(`${rows.join("\n")}\n`));

    const { trace, requests } = openTraceFile(compressed, "auto");

    expect(trace.format).toBe("mooncake");
    expect(requests).toBe(2);
    expect([...trace]).toEqual([...openTraceFile(plain, "auto").trace]);
  });

  it("reads a gzip trace larger than one chunk", () => {
    // Random ids keep the compressed file above the 1 MiB read size.
    const random = new RandomStream(3, "test");
    const many = Array.from({ length: 60_000 }, (_, index) => `{"timestamp": ${index}, "input_length": 600, "output_length": 1, "hash_ids": [${Math.floor(random.uniform() * 2 ** 40)}, ${Math.floor(random.uniform() * 2 ** 40)}]}`);
    const path = join(directory, "many.jsonl.gz");
    writeFileSync(path, gzipSync(`${many.join("\n")}\n`));

    expect(gzipSync(`${many.join("\n")}\n`).length).toBeGreaterThan(2 ** 20);
    expect(openTraceFile(path, "auto").requests).toBe(60_000);
  });

  it("names a gzip file cut off in its header", () => {
    const bytes = gzipSync(`${rows.join("\n")}\n`);
    // The first 10 bytes are the gzip header, and fflate raises no error for a file cut off in it.
    for (const length of [2, 5, 10]) {
      const path = join(directory, `header-${length}.jsonl.gz`);
      writeFileSync(path, bytes.subarray(0, length));

      expect(() => openTraceFile(path, "auto")).toThrow(`Invalid --trace "${path}": the gzip data decompresses to 0 bytes, so the file is empty or truncated. Check the file with gzip -t.`);
    }
  });

  it("names a truncated gzip file", () => {
    const path = join(directory, "truncated.jsonl.gz");
    const bytes = gzipSync(`${rows.join("\n")}\n`);
    writeFileSync(path, bytes.subarray(0, bytes.length - 12));

    expect(() => openTraceFile(path, "auto")).toThrow(`Invalid --trace "${path}": the gzip data is corrupt or truncated`);
  });

  it("names a gzip file cut mid-stream", () => {
    const manyRows = Array.from({ length: 5000 }, (_, index) => `{"timestamp": ${index * 7}, "input_length": ${513 + ((index * 7919) % 511)}, "output_length": 1, "hash_ids": [${index}, ${index + 1}]}`);
    const bytes = gzipSync(`${manyRows.join("\n")}\n`);
    // fflate alone returns the data decoded so far, with no error, at about one cut in ten.
    for (let length = 11; length < bytes.length; length += 97) {
      const path = join(directory, `cut-${length}.jsonl.gz`);
      writeFileSync(path, bytes.subarray(0, length));

      expect(() => openTraceFile(path, "auto"), `cut at ${length} of ${bytes.length} bytes`).toThrow(/the gzip data (is corrupt or truncated|decompresses to 0 bytes)/);
    }
  });

  it("reads a gzip file of two members", () => {
    const path = join(directory, "two-members.jsonl.gz");
    const half = rows.length / 2;
    writeFileSync(path, Buffer.concat([gzipSync(`${rows.slice(0, half).join("\n")}\n`), gzipSync(`${rows.slice(half).join("\n")}\n`)]));

    expect(openTraceFile(path, "auto").requests).toBe(rows.length);
  });

  it.each(["", "\n\n", " \r\n"])("names an empty file %j", (text) => {
    const path = join(directory, "empty.jsonl");
    writeFileSync(path, text);

    expect(() => openTraceFile(path, "auto")).toThrow(`Invalid --trace "${path}": the file is empty. Pass a Mooncake JSONL, Azure CSV or BurstGPT CSV file with at least one request.`);
  });

  it("reads CRLF line ends", () => {
    const path = join(directory, "crlf.jsonl");
    writeFileSync(path, `${rows.join("\r\n")}\r\n`);

    expect([...openTraceFile(path, "auto").trace].map((request) => request.inputTokens)).toEqual([600, 700]);
  });
});
