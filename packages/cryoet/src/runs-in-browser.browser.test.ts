// Checks that the ESM build of @modelsys/cryoet reads MRC files in a real browser: from a Blob,
// lazily through BlobSource, over HTTP range requests, and from gzip and bzip2 copies. Bundles a
// page with esbuild for the browser platform (which fails on any node: import), serves it and the
// EMD-3197 fixtures on 127.0.0.1, and evaluates it in headless Chromium (/usr/bin/chromium).
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";

import { chromiumAvailable, startBundledPage, type BundledPage } from "@modelsys/browser-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const hasChromium = chromiumAvailable("@modelsys/cryoet");

const ENTRY = `
import { BlobSource, HttpRangeSource, openMrc, readMrcBlob, validateMrc, computeStatistics } from "@modelsys/cryoet";
const result = {};
try {
  const [plain, gz, bz2] = await Promise.all(["/EMD-3197.map", "/emd_3197.map.gz", "/EMD-3197.map.bz2"].map(async (path) => (await fetch(path)).blob()));
  const file = await readMrcBlob(new File([plain], "EMD-3197.map"));
  const statistics = computeStatistics(file.data);
  result.blob = { shape: file.shape, first: file.data[0], label: file.header.labels[0], mean: statistics.mean, rms: statistics.rms };
  result.gzip = (await readMrcBlob(gz)).data[9 * 400 + 6 * 20 + 13];
  result.bzip2 = (await readMrcBlob(bz2)).data[19 * 400 + 19 * 20 + 19];
  const lazy = await openMrc(new BlobSource(plain));
  result.lazySlice = Array.from((await lazy.readSlice("x", 13)).data.slice(0, 3));
  const remote = await openMrc(await HttpRangeSource.open(location.origin + "/EMD-3197.map"));
  result.rangeSection = (await remote.readSection(9)).data[6 * 20 + 13];
  result.valid = validateMrc(new Uint8Array(await plain.arrayBuffer())).problems.map((problem) => problem.check);
  try { await readMrcBlob(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])])); } catch (error) { result.pngError = error.code; }
} catch (error) {
  result.error = String(error && error.stack || error);
}
document.body.textContent = JSON.stringify(result);
`;

const FIXTURES = new Map(
  ["EMD-3197.map", "emd_3197.map.gz", "EMD-3197.map.bz2"].map((name) => [`/${name}`, readFileSync(new URL(`../fixtures/${name}`, import.meta.url))]),
);

/** Serves the fixtures, with HTTP range requests; returns false for any other path. */
function serveFixture(request: IncomingMessage, response: ServerResponse): boolean {
  const fixture = FIXTURES.get(request.url ?? "");
  if (fixture === undefined) return false;

  const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? "");
  if (range === null) {
    response.writeHead(200, { "content-type": "application/octet-stream", "content-length": fixture.length }).end(fixture);
    return true;
  }
  const start = Number(range[1]);
  const end = Math.min(fixture.length - 1, Number(range[2]));
  response.writeHead(206, { "content-range": `bytes ${start}-${end}/${fixture.length}`, "content-length": end - start + 1 });
  response.end(fixture.subarray(start, end + 1));
  return true;
}

describe.skipIf(!hasChromium)("packages in headless Chromium", () => {
  let page: BundledPage;

  beforeAll(async () => {
    page = await startBundledPage({
      entry: ENTRY,
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
      route: serveFixture,
    });
  });

  afterAll(async () => {
    await page?.close();
  });

  it("reads EMD-3197 from a Blob, lazily and over HTTP ranges", async () => {
    const { result, consoleErrors } = await page.run<Record<string, unknown>>();

    expect(result["error"]).toBeUndefined();
    expect(consoleErrors).toEqual([]);
    const blob = result["blob"] as { shape: number[]; first: number; label: string; mean: number; rms: number };
    expect(blob.shape).toEqual([20, 20, 20]);
    expect(blob.first).toBeCloseTo(-1.8013091, 6);
    expect(blob.label).toBe("::::EMDATABANK.org::::EMD-3197::::");
    expect(blob.mean).toBeCloseTo(0.78361201, 6);
    expect(blob.rms).toBeCloseTo(2.3999529, 6);
    expect(result["gzip"]).toBeCloseTo(4.620779, 6);
    expect(result["bzip2"]).toBeCloseTo(1.3078574, 6);
    expect((result["lazySlice"] as number[]).length).toBe(3);
    expect(result["rangeSection"]).toBeCloseTo(4.620779, 6);
    expect(result["valid"]).toEqual([13]);
    expect(result["pngError"]).toBe("FILE_TOO_SHORT");
  });
});
