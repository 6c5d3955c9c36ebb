// Every byte source runs the same contract suite: memory, Blob, HTTP range requests, a Node file
// handle, and gzip and bzip2 files (which are decompressed into memory).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { gzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { HTTP_CONCURRENT_REQUESTS } from "./byte-source.js";
import { BlobSource, BytesSource, encodeMrc, HttpRangeSource, openMrc } from "./index.js";
import { FileSource } from "./node/index.js";
import { describeByteSource } from "./testing/byte-source-contract.js";
import { fixtureBytes, fixturePath } from "./testing/fixtures.js";

const emd = fixtureBytes("EMD-3197.map");
let server: Server;
let baseUrl = "";
let workDir = "";
const served = new Map<string, Uint8Array>();
const requests: string[] = [];
/** Resolves when the client closes the connection of an endless response. */
let endlessClosed: Promise<void> = Promise.resolve();

/**
 * Responds to a range request wrongly, chosen by the path. `/extra/` sends the requested bytes and
 * 4 MiB more, and `/endless/` keeps sending until the client closes the connection. `/shifted/`
 * sends the same number of bytes from offset 0, with a Content-Range that names them.
 */
function misbehave(url: string, start: number, end: number, body: Uint8Array, response: ServerResponse): void {
  if (url.startsWith("/extra/")) {
    response.writeHead(206, { "content-range": `bytes ${start}-${end}/${body.length}` });
    response.write(body.subarray(start, end + 1));
    response.end(new Uint8Array(4 * 2 ** 20));
  } else if (url.startsWith("/endless/")) {
    response.writeHead(206, { "content-range": `bytes ${start}-${end}/${body.length}` });
    const chunk = new Uint8Array(64 * 1024);
    endlessClosed = new Promise((resolve) => response.on("close", resolve));
    const pump = () => {
      while (!response.destroyed && response.write(chunk)) {
        // Keep writing until the socket's buffer is full, then wait for it to drain.
      }
      if (!response.destroyed) response.once("drain", pump);
    };
    pump();
  } else {
    const length = end - start + 1;
    response.writeHead(206, { "content-range": `bytes 0-${length - 1}/${body.length}`, "content-length": length });
    response.end(body.subarray(0, length));
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "cryoet-sources-"));
  server = createServer((request, response) => {
    const body = served.get(request.url ?? "");
    requests.push(`${request.url} ${request.headers.range ?? ""}`);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const match = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? "");
    if (match === null || request.url?.startsWith("/norange")) {
      response.writeHead(200, { "content-length": body.length }).end(body);
      return;
    }
    const start = Number(match[1]);
    const end = Math.min(body.length - 1, Number(match[2]));
    if (/^\/(extra|endless|shifted)\//.test(request.url ?? "")) {
      misbehave(request.url!, start, end, body, response);
      return;
    }
    response.writeHead(206, { "content-range": `bytes ${start}-${end}/${body.length}`, "content-length": end - start + 1 });
    response.end(body.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no TCP address");
  baseUrl = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(workDir, { recursive: true, force: true });
});

// A small volume with odd sizes in several modes and byte orders exercises the strided paths.
const volumes = {
  "float32 big-endian": encodeMrc({ data: Float32Array.from({ length: 7 * 6 * 5 }, (_, i) => Math.sin(i) * 100), shape: [5, 6, 7], littleEndian: false, stampLabel: false }).bytes,
  "mode 101 odd width": encodeMrc({ data: Uint8Array.from({ length: 7 * 6 * 5 }, (_, i) => (i * 7) % 16), shape: [5, 6, 7], mode: 101, stampLabel: false }).bytes,
  "mode 12": encodeMrc({ data: Float32Array.from({ length: 7 * 6 * 5 }, (_, i) => (i % 13) - 6.5), shape: [5, 6, 7], mode: 12, stampLabel: false }).bytes,
  "mode 4 complex": encodeMrc({ data: Float32Array.from({ length: 7 * 6 * 5 * 2 }, (_, i) => i / 3), shape: [5, 6, 7, 2], mode: 4, stampLabel: false }).bytes,
  "mode 0 with odd NSYMBT": encodeMrc({ data: Int8Array.from({ length: 7 * 6 * 5 }, (_, i) => (i % 200) - 100), shape: [5, 6, 7], extendedHeader: new Uint8Array(13), exttyp: "MRCO", stampLabel: false }).bytes,
};

describe("BytesSource", () => describeByteSource(async () => new BytesSource(emd), emd));
describe("BlobSource", () => describeByteSource(async () => new BlobSource(new Blob([emd as Uint8Array<ArrayBuffer>])), emd));
describe("FileSource", () => describeByteSource(() => FileSource.open(fixturePath("EMD-3197.map")), emd));
describe("HttpRangeSource", () => {
  served.set("/emd.map", emd);
  describeByteSource(() => HttpRangeSource.open(`${baseUrl}/emd.map`), emd);
});
describe("gzip through BytesSource", () => describeByteSource(async () => new BytesSource(fixtureBytes("emd_3197.map.gz")), emd));
describe("bzip2 through BlobSource", () => describeByteSource(async () => new BlobSource(new Blob([fixtureBytes("EMD-3197.map.bz2") as Uint8Array<ArrayBuffer>])), emd));

// The contract suites are registered when the file is collected, before beforeAll runs. Their
// files therefore get a directory of their own now, which afterAll removes.
const contractDir = mkdtempSync(join(tmpdir(), "cryoet-contract-"));
afterAll(() => rmSync(contractDir, { recursive: true, force: true }));

for (const [name, bytes] of Object.entries(volumes)) {
  describe(`FileSource over ${name}`, () => {
    const path = join(contractDir, `${name.replace(/\W+/g, "-")}.mrc`);
    writeFileSync(path, bytes);
    describeByteSource(() => FileSource.open(path), bytes);
  });
  describe(`BlobSource over ${name}`, () => describeByteSource(async () => new BlobSource(new Blob([bytes as Uint8Array<ArrayBuffer>])), bytes));
}

describe("HttpRangeSource errors", () => {
  it("rejects a server that ignores ranges", async () => {
    served.set("/norange.map", emd);
    await expect(HttpRangeSource.open(`${baseUrl}/norange.map`)).rejects.toMatchObject({ code: "READ_FAILED", field: "status", value: 200 });
  });

  it("reads only the header for a header-only open", async () => {
    served.set("/big.map", emd);
    requests.length = 0;
    const reader = await openMrc(await HttpRangeSource.open(`${baseUrl}/big.map`));
    expect(reader.header.nx).toBe(20);
    expect(requests).toEqual(["/big.map bytes=0-0", "/big.map bytes=0-1023"]);
  });

  it("merges an x slice of long rows into a few requests", async () => {
    // Rows of 2,048 float32 values (8 KiB): one request per voxel would be 16 × 16 = 256 requests.
    const bytes = encodeMrc({ data: Float32Array.from({ length: 2048 * 16 * 16 }, (_, i) => i % 1000), shape: [16, 16, 2048], stampLabel: false }).bytes;
    served.set("/rows.map", bytes);
    let inFlight = 0;
    let peak = 0;
    let count = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      count++;
      peak = Math.max(peak, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const reader = await openMrc(await HttpRangeSource.open(`${baseUrl}/rows.map`, {}, counting));
    count = 0;
    const slice = await reader.readSlice("x", 1500);
    const expected = await (await openMrc(new BytesSource(bytes))).readSlice("x", 1500);
    expect(slice.data).toEqual(expected.data);
    expect(count).toBeLessThanOrEqual(4);
    expect(peak).toBeLessThanOrEqual(HTTP_CONCURRENT_REQUESTS);
  });

  it("keeps at most six range requests in flight for scattered reads", async () => {
    served.set("/scattered.map", emd);
    let inFlight = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const source = await HttpRangeSource.open(`${baseUrl}/scattered.map`, {}, counting);
    const ranges = Array.from({ length: 40 }, (_, i) => ({ offset: 1024 + i * 100, length: 4 }));
    const chunks = await source.readRanges(ranges);
    expect(chunks.map((chunk) => [...chunk])).toEqual(ranges.map(({ offset }) => [...emd.subarray(offset, offset + 4)]));
    expect(peak).toBe(HTTP_CONCURRENT_REQUESTS);
  });

  it("cancels a body longer than the range", async () => {
    served.set("/extra/emd.map", emd);
    await expect(HttpRangeSource.open(`${baseUrl}/extra/emd.map`)).rejects.toMatchObject({ code: "READ_FAILED", field: "body", message: expect.stringContaining("requested bytes 0-0 (1 bytes), but the server sent more") });
  });

  it("cancels an endless body", async () => {
    served.set("/endless/emd.map", emd);
    const before = process.memoryUsage().arrayBuffers;
    await expect(HttpRangeSource.open(`${baseUrl}/endless/emd.map`)).rejects.toMatchObject({ code: "READ_FAILED", field: "body" });
    await endlessClosed;
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 2 ** 20);
  });

  it("rejects a Content-Range other than the request", async () => {
    served.set("/shifted/emd.map", emd);
    served.set("/emd-for-shift.map", emd);
    const honest = await HttpRangeSource.open(`${baseUrl}/emd-for-shift.map`);
    const shifted = await HttpRangeSource.open(`${baseUrl}/shifted/emd.map`);
    expect(shifted.size).toBe(emd.length);
    expect(await honest.read(0, 8)).toEqual(emd.subarray(0, 8));
    await expect(shifted.read(1024, 8)).rejects.toMatchObject({
      code: "READ_FAILED",
      field: "Content-Range",
      value: `bytes 0-7/${emd.length}`,
      message: expect.stringContaining(`requested bytes 1024-1031, but the server answered with Content-Range "bytes 0-7/${emd.length}"`),
    });
  });

  it("a gzip file over HTTP is decompressed", async () => {
    served.set("/emd.map.gz", gzipSync(emd));
    const reader = await openMrc(await HttpRangeSource.open(`${baseUrl}/emd.map.gz`));
    expect(reader.compression).toBe("gzip");
    expect((await reader.readSlice("z", 3)).data.length).toBe(400);
  });
});
