// Checks that the ESM build of @modelsys/cryoet reads MRC files in a real browser: from a Blob,
// lazily through BlobSource, over HTTP range requests, and from gzip and bzip2 copies. Bundles a
// page with esbuild for the browser platform (which fails on any node: import), serves it and the
// EMD-3197 fixtures on 127.0.0.1, and evaluates it in headless Chromium (/usr/bin/chromium).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium && process.env["CI"] === "true") {
  throw new Error(
    `@modelsys/cryoet browser tests: Chromium not found at ${CHROMIUM_PATH}, and CI=true makes that a failure. Install Debian's chromium package (apt-get install -y chromium).`,
  );
}
if (!hasChromium) {
  process.stderr.write(
    `@modelsys/cryoet browser tests skipped: Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH.\n`,
  );
}

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

describe.skipIf(!hasChromium)("packages in headless Chromium", () => {
  let server: Server;
  let context: BrowserContext;
  let workDir: string;
  let pageUrl = "";
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "js" },
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const script = bundle.outputFiles[0]!.text;
    const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/app.js"></script></body></html>`;

    server = createServer((request, response) => {
      const fixture = FIXTURES.get(request.url ?? "");
      if (fixture !== undefined) {
        const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? "");
        if (range === null) {
          response.writeHead(200, { "content-type": "application/octet-stream", "content-length": fixture.length }).end(fixture);
          return;
        }
        const start = Number(range[1]);
        const end = Math.min(fixture.length - 1, Number(range[2]));
        response.writeHead(206, { "content-range": `bytes ${start}-${end}/${fixture.length}`, "content-length": end - start + 1 });
        response.end(fixture.subarray(start, end + 1));
        return;
      }
      const isScript = request.url === "/app.js";
      response.writeHead(200, { "content-type": isScript ? "text/javascript" : "text/html" });
      response.end(isScript ? script : html);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("server has no TCP address");
    pageUrl = `http://127.0.0.1:${address.port}/`;

    workDir = mkdtempSync(join(tmpdir(), "modelsys-chromium-"));
    context = await chromium.launchPersistentContext(workDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it("reads EMD-3197 from a Blob, lazily and over HTTP ranges", async () => {
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));

    await page.goto(pageUrl);
    await page.waitForFunction(() => document.body.textContent !== "");
    const result = JSON.parse((await page.textContent("body")) ?? "{}") as Record<string, unknown>;

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
