import { readFileSync } from "node:fs";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseAzureTimestampUs, parseAzureTrace, readAzureTrace } from "./azure-trace.js";
import { parseBurstGptTrace } from "./burstgpt-trace.js";
import { isPrfaasError, type PrfaasError } from "./errors.js";
import { parseMooncakeTrace, readMooncakeTrace } from "./mooncake-trace.js";
import { streamTrace, type TraceFormat } from "./trace-stream.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/traces/${name}`, import.meta.url), "utf8");

function thrown(action: () => unknown): PrfaasError {
  try {
    action();
  } catch (error) {
    if (isPrfaasError(error)) return error;
    throw error;
  }
  throw new Error("expected a PrfaasError");
}

describe("Mooncake trace", () => {
  const trace = parseMooncakeTrace(fixture("mooncake_conversation_trace.jsonl"));

  it("reads every conversation row", () => {
    expect(trace.requests).toHaveLength(12_031);
    expect(trace.blockTokens).toBe(512);
    const meanInput = trace.requests.reduce((sum, request) => sum + request.inputTokens, 0) / trace.requests.length;
    expect(meanInput).toBeCloseTo(12_035, -1);
    expect(Math.max(...trace.requests.map((request) => request.inputTokens))).toBe(126_195);
  });

  it("converts milliseconds to microseconds", () => {
    const last = trace.requests[trace.requests.length - 1]!;
    expect(Number.isSafeInteger(last.arrivalUs)).toBe(true);
    expect(last.arrivalUs / 1e6).toBeGreaterThan(3500);
    expect(last.arrivalUs / 1e6).toBeLessThan(3600);
  });

  it("names line and field of a bad row", () => {
    const text = '{"timestamp": 0, "input_length": 10, "output_length": 1, "hash_ids": [1]}\n{"timestamp": 5, "input_length": 600, "output_length": 1, "hash_ids": [1]}\n';
    const error = thrown(() => parseMooncakeTrace(text));
    expect(error.code).toBe("MALFORMED_TRACE");
    expect(error.line).toBe(2);
    expect(error.field).toBe("hash_ids");
    expect(error.message).toMatch(/^Line 2: hash_ids has 1 block id, but input_length 600 needs/);
  });

  it("names the hash_ids count and the count needed", () => {
    const short = thrown(() => parseMooncakeTrace('{"timestamp": 0, "input_length": 600, "output_length": 1, "hash_ids": [1]}'));
    const missing = thrown(() => parseMooncakeTrace('{"timestamp": 0, "input_length": 100, "output_length": 1}'));

    expect([short.code, short.line, short.field, short.value]).toEqual(["MALFORMED_TRACE", 1, "hash_ids", 1]);
    expect(short.message).toBe("Line 1: hash_ids has 1 block id, but input_length 600 needs ceil(600 / 512) = 2 block ids, one per 512-token block. Fix or remove that row.");
    expect(missing.message).toBe("Line 1: missing hash_ids: expected an array of ceil(input_length / 512) = 1 block id. Fix or remove that row.");
  });

  it("rejects invalid JSON and negative lengths", () => {
    expect(thrown(() => parseMooncakeTrace("{oops")).field).toBe("row");
    const negative = '{"timestamp": 0, "input_length": -3, "output_length": 1, "hash_ids": []}';
    expect(thrown(() => parseMooncakeTrace(negative)).field).toBe("input_length");
  });

  it("rejects a block id repeated in a row", () => {
    // Without the check, [7, 7, 7] after a cached [7] would match three blocks, of which one was stored.
    const text = '{"timestamp": 0, "input_length": 512, "output_length": 1, "hash_ids": [7]}\n{"timestamp": 1, "input_length": 1536, "output_length": 1, "hash_ids": [7, 8, 7]}\n';
    const error = thrown(() => parseMooncakeTrace(text));
    expect([error.code, error.line, error.field, error.value]).toEqual(["MALFORMED_TRACE", 2, "hash_ids", 7]);
    expect(error.message).toBe("Line 2: invalid hash_ids 7: expected distinct block ids within a row, because each id names a different prefix. Fix or remove that row.");
  });

  it("rejects timestamps that go back", () => {
    const text = '{"timestamp": 9, "input_length": 1, "output_length": 1, "hash_ids": [1]}\n{"timestamp": 3, "input_length": 1, "output_length": 1, "hash_ids": [2]}';
    const error = thrown(() => parseMooncakeTrace(text));
    expect([error.line, error.field]).toEqual([2, "timestamp"]);
    expect(error.message).toBe("Line 2: timestamp goes back in time, 6 ms before the row on line 1: sort the file by timestamp.");
  });

  it("rejects a token count beyond 2^31 − 1 with its line", () => {
    const error = thrown(() => parseMooncakeTrace('{"timestamp": 0, "input_length": 3000000000, "output_length": 1, "hash_ids": [1]}'));
    expect([error.line, error.field, error.value]).toEqual([1, "input_length", 3e9]);
    expect(error.message).toContain("a whole number of tokens from 1 to 2,147,483,647");
  });

  it("accepts a byte-order mark before the first row", () => {
    const row = '{"timestamp": 0, "input_length": 10, "output_length": 1, "hash_ids": [1]}';
    expect(parseMooncakeTrace(`\uFEFF${row}\n`)).toEqual(parseMooncakeTrace(`${row}\n`));
  });

  it("rejects a timestamp beyond 2^53 µs", () => {
    const error = thrown(() => parseMooncakeTrace('{"timestamp": 1e300, "input_length": 10, "output_length": 1, "hash_ids": [1]}'));
    expect([error.line, error.field, error.value]).toEqual([1, "timestamp", 1e300]);
    expect(error.message).toMatch(/expected milliseconds from the trace start, from 0 to 9,000,000,000,000/);
  });

  it("reads a Web stream in small chunks the same way", async () => {
    const text = fixture("mooncake_conversation_trace.jsonl").slice(0, 20_000);
    const whole = parseMooncakeTrace(text.slice(0, text.lastIndexOf("\n")));
    const chunks = text.slice(0, text.lastIndexOf("\n")).match(/[\s\S]{1,97}/g)!;
    const stream = new ReadableStream<string>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    expect(await readMooncakeTrace(stream)).toEqual(whole);
  });

  it("reads a byte stream like text", async () => {
    const text = fixture("mooncake_conversation_trace.jsonl").slice(0, 20_000);
    const complete = text.slice(0, text.lastIndexOf("\n"));
    const bytes = new TextEncoder().encode(complete);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 97) controller.enqueue(bytes.subarray(offset, offset + 97));
        controller.close();
      },
    });
    expect(await readMooncakeTrace(stream)).toEqual(parseMooncakeTrace(complete));
  });

  it("keeps a character split across byte chunks", async () => {
    const header = "TIMESTAMP,ContextTokens,GeneratedTokens\n";
    const bytes = new TextEncoder().encode(`${header}2023-11-16 18:17:03.0000000,é,2\n`);
    // The two bytes of "é" go to different chunks.
    const split = header.length + 29;
    const error = await readAzureTrace([bytes.subarray(0, split), bytes.subarray(split)]).catch((caught: unknown) => caught as PrfaasError);
    expect(error).toMatchObject({ code: "MALFORMED_TRACE", line: 2, field: "ContextTokens", value: "é" });
  });

  it("rejects a chunk that is neither text nor bytes", async () => {
    const error = await readMooncakeTrace([42 as unknown as string]).catch((caught: unknown) => caught as PrfaasError);
    expect(error).toMatchObject({ code: "INVALID_OPTION", field: "chunk", value: "number" });
  });
});

describe("Azure trace", () => {
  it("reads the code trace without a final newline", () => {
    const text = fixture("AzureLLMInferenceTrace_code_2023.csv");
    const trace = parseAzureTrace(text);
    expect(trace.requests).toHaveLength(8819);
    expect(trace.requests[0]!.arrivalUs).toBe(0);
    const meanContext = trace.requests.reduce((sum, request) => sum + request.inputTokens, 0) / trace.requests.length;
    expect(meanContext).toBeCloseTo(2048, -1);
  });

  it("keeps sub-millisecond timestamp digits", () => {
    const a = parseAzureTimestampUs("2023-11-16 18:17:03.9799600")!;
    const b = parseAzureTimestampUs("2023-11-16 18:17:04.0000010")!;
    expect(b - a).toBe(20_041);
    expect(parseAzureTimestampUs("16/11/2023")).toBeNull();
  });

  it("rejects date and time fields out of range", () => {
    for (const text of ["2023-13-45 18:17:03.0000000", "2023-00-10 18:17:03", "2023-02-29 00:00:00", "2023-04-31 00:00:00", "2023-11-16 24:00:00", "2023-11-16 18:60:00", "2023-11-16 18:17:60"]) {
      expect(parseAzureTimestampUs(text), text).toBeNull();
    }
    expect(parseAzureTimestampUs("2024-02-29 00:00:00")).toBe(Date.UTC(2024, 1, 29) * 1000);
    const error = thrown(() => parseAzureTrace("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-13-45 18:17:03.0000000,10,2\n"));
    expect([error.line, error.field]).toEqual([2, "TIMESTAMP"]);
  });

  it("keeps years 0 to 99", () => {
    // 719,528 days separate 0000-01-01 from 1970-01-01 in the proleptic Gregorian calendar.
    expect(parseAzureTimestampUs("0000-01-01 00:00:00")).toBe(-719_528 * 86_400 * 1e6);
    expect(parseAzureTimestampUs("0099-12-31 23:59:59")! + 1e6).toBe(parseAzureTimestampUs("0100-01-01 00:00:00"));
    const trace = parseAzureTrace("TIMESTAMP,ContextTokens,GeneratedTokens\n0099-12-31 23:59:59,10,2\n0100-01-01 00:00:00,10,2\n");
    expect(trace.requests.map((request) => request.arrivalUs)).toEqual([0, 1_000_000]);
  });

  it("year lengths follow the leap rule", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9998 }), (year) => {
        const text = (value: number) => `${String(value).padStart(4, "0")}-01-01 00:00:00`;
        const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        const days = (parseAzureTimestampUs(text(year + 1))! - parseAzureTimestampUs(text(year))!) / 86_400e6;
        expect(days).toBe(leap ? 366 : 365);
      }),
      { examples: [[0], [99], [1900], [2000]] },
    );
  });

  it("reads UTC offsets of the 2024 files", () => {
    expect(parseAzureTimestampUs("2024-05-10 00:00:00.009930+00:00")).toBe(Date.UTC(2024, 4, 10) * 1000 + 9930);
    expect(parseAzureTimestampUs("2024-05-10 00:00:01+00:00")).toBe(Date.UTC(2024, 4, 10, 0, 0, 1) * 1000);
    expect(parseAzureTimestampUs("2024-05-10T02:30:00+02:30")).toBe(Date.UTC(2024, 4, 10) * 1000);
    expect(parseAzureTimestampUs("2024-05-09 22:00:00-0200")).toBe(Date.UTC(2024, 4, 10) * 1000);
    expect(parseAzureTimestampUs("2024-05-10 00:00:00Z")).toBe(Date.UTC(2024, 4, 10) * 1000);
    const trace = parseAzureTrace("TIMESTAMP,ContextTokens,GeneratedTokens\n2024-05-10 00:00:00.009930+00:00,2048,28\n2024-05-10 00:00:00.054177+00:00,1055,4\n");
    expect(trace.requests.map((request) => request.arrivalUs)).toEqual([0, 44_247]);
  });

  it("rejects malformed UTC offsets", () => {
    for (const text of ["2024-05-10 00:00:00+24:00", "2024-05-10 00:00:00+01:60", "2024-05-10 00:00:00+1", "2024-05-10 00:00:00 +00:00", "2024-05-10 00:00:00Z+00:00"]) {
      expect(parseAzureTimestampUs(text), text).toBeNull();
    }
  });

  it("accepts a byte-order mark before the header", () => {
    const text = "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:03.0000000,10,2\n";
    expect(parseAzureTrace(`\uFEFF${text}`)).toEqual(parseAzureTrace(text));
  });

  it("reads chunks like text", async () => {
    const text = "TIMESTAMP,ContextTokens,GeneratedTokens\r\n2023-11-16 18:17:03.0000000,10,2\r\n2023-11-16 18:17:04.5000000,20,3";
    expect(await readAzureTrace([text.slice(0, 50), text.slice(50)])).toEqual(parseAzureTrace(text));
  });

  it("names the column of a bad cell", () => {
    const error = thrown(() => parseAzureTrace("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:03.0,ten,2\n"));
    expect([error.line, error.field, error.value]).toEqual([2, "ContextTokens", "ten"]);
    expect(thrown(() => parseAzureTrace("time,tokens\n")).field).toBe("header");
  });

  it("rejects a generated-token count that would wrap around in the request log", () => {
    const error = thrown(() => parseAzureTrace("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:03.0,100,5000000000\n"));
    expect([error.line, error.field, error.value]).toEqual([2, "GeneratedTokens", "5000000000"]);
  });
});

describe("BurstGPT trace", () => {
  const header = "Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type";

  it("skips failed rows with a count", () => {
    const trace = parseBurstGptTrace(`${header}\n5,ChatGPT,472,18,490,Conversation log\n45,ChatGPT,1087,0,1087,Conversation log\n118.5,GPT-4,417,276,693,API log\n`);
    expect(trace.requests).toEqual([
      { arrivalUs: 5_000_000, inputTokens: 472, outputTokens: 18 },
      { arrivalUs: 118_500_000, inputTokens: 417, outputTokens: 276 },
    ]);
    expect(trace.skipped).toEqual({ rows: 1, reason: "zero response tokens (failed requests)" });
  });

  it("names line and field of a bad row", () => {
    const error = thrown(() => parseBurstGptTrace(`${header}\n5,ChatGPT,472,18,490,Conversation log\nsoon,ChatGPT,1,1,2,API log\n`));
    expect([error.code, error.line, error.field]).toEqual(["MALFORMED_TRACE", 3, "Timestamp"]);
  });

  it("reads only decimal timestamps", () => {
    const row = (timestamp: string) => `${header}\n${timestamp},ChatGPT,472,18,490,Conversation log\n`;
    expect(parseBurstGptTrace(row("1.5e2")).requests[0]!.arrivalUs).toBe(150_000_000);
    expect(parseBurstGptTrace(row(".5")).requests[0]!.arrivalUs).toBe(500_000);
    for (const timestamp of ["0x10", "0b11", "-1", "1e", "Infinity"]) {
      const error = thrown(() => parseBurstGptTrace(row(timestamp)));
      expect([error.code, error.line, error.field]).toEqual(["MALFORMED_TRACE", 2, "Timestamp"]);
    }
  });

  it("rejects an empty file", () => {
    expect(thrown(() => parseBurstGptTrace(`${header}\n`)).code).toBe("EMPTY_INPUT");
  });

  it("names the skipped rows of a trace with only failed requests", () => {
    const oneRow = thrown(() => parseBurstGptTrace(`${header}\n45,ChatGPT,1087,0,1087,Conversation log\n`));
    const twoRows = thrown(() => parseBurstGptTrace(`${header}\n45,ChatGPT,1087,0,1087,Conversation log\n46,ChatGPT,10,0,10,API log\n`));

    expect(oneRow.code).toBe("EMPTY_INPUT");
    expect(oneRow.message).toBe(
      "The burstgpt trace has no request rows: its only row was skipped for zero response tokens (failed requests). Pass a trace with at least one request that can be simulated.",
    );
    expect(twoRows.message).toMatch(/^The burstgpt trace has no request rows: all 2 rows were skipped for zero response tokens \(failed requests\)\./);
  });

  it("accepts a byte-order mark before the header", () => {
    const text = `${header}\n5,ChatGPT,472,18,490,Conversation log\n`;
    expect(parseBurstGptTrace(`\uFEFF${text}`)).toEqual(parseBurstGptTrace(text));
  });
});

describe("streamTrace", () => {
  const burstGpt = "Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type\n5,ChatGPT,472,18,490,Conversation log\n45,ChatGPT,1087,0,1087,Conversation log\n118.5,GPT-4,417,276,693,API log";
  const texts: Record<TraceFormat, string> = {
    mooncake: fixture("mooncake_conversation_trace.jsonl").slice(0, 30_000),
    azure: fixture("AzureLLMInferenceTrace_conv_2023.csv").slice(0, 30_000),
    burstgpt: burstGpt,
  };
  const parsers = { mooncake: parseMooncakeTrace, azure: parseAzureTrace, burstgpt: parseBurstGptTrace };

  it("yields the parsed requests at any chunk boundaries", () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(texts) as TraceFormat[])), fc.array(fc.integer({ min: 1, max: 30_000 }), { maxLength: 12 }), (format, cuts) => {
        // Cut at whole lines so the parsed reference gets complete rows.
        const text = texts[format].slice(0, texts[format].lastIndexOf("\n"));
        const boundaries = [0, ...[...new Set(cuts)].filter((cut) => cut < text.length).sort((a, b) => a - b), text.length];
        const chunks = boundaries.slice(1).map((end, index) => text.slice(boundaries[index], end));
        const stream = streamTrace(format, () => chunks);
        const whole = parsers[format](text);
        expect([...stream]).toEqual(whole.requests);
        expect([stream.requests, stream.skipped, stream.blockTokens]).toEqual([whole.requests.length, whole.skipped, whole.blockTokens]);
      }),
      { numRuns: 30 },
    );
  });

  it("reads the source again on each iteration", () => {
    let opened = 0;
    const stream = streamTrace("burstgpt", () => {
      opened++;
      return [burstGpt];
    });
    expect([...stream]).toEqual([...stream]);
    expect(opened).toBe(2);
    expect(stream.skipped).toEqual({ rows: 1, reason: "zero response tokens (failed requests)" });
  });

  it("throws the parser's errors", () => {
    const empty = streamTrace("azure", () => ["TIMESTAMP,ContextTokens,GeneratedTokens\n"]);
    expect(thrown(() => [...empty]).code).toBe("EMPTY_INPUT");
    const bad = streamTrace("mooncake", () => ['{"timestamp": 0, "input_length": 10, "output_length": 1, "hash_ids": [1]}\n{oops}\n']);
    expect([thrown(() => [...bad]).line, bad.requests]).toEqual([2, null]);
  });
});
