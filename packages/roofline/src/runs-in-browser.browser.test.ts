// Checks that the ESM builds of attention, catalog and roofline run in a real browser: the
// packages must never import node: modules. Bundles a tiny page with esbuild, serves it on
// 127.0.0.1 and evaluates it in headless Chromium (Debian's package, /usr/bin/chromium).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
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
    `@modelsys/roofline browser tests: Chromium not found at ${CHROMIUM_PATH}, and CI=true makes that a failure. Install Debian's chromium package (apt-get install -y chromium).`,
  );
}
if (!hasChromium) {
  process.stderr.write(
    `@modelsys/roofline browser tests skipped: Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH.\n`,
  );
}

const ENTRY = `
import { getAccelerator, getModel, importHfConfig } from "@modelsys/catalog";
import { acceleratorTokenCost, modelDecodeCost } from "@modelsys/roofline";
const cost = modelDecodeCost(getModel("deepseek-v3"), { contextTokens: 8192 });
const h800 = acceleratorTokenCost(cost, getAccelerator("h800"));
let importError = "";
try { importHfConfig({ architectures: ["NotAModel"] }); } catch (error) { importError = error.code; }
document.body.textContent = JSON.stringify({ kvBytes: cost.kvBytes, attentionFlops: cost.attentionFlops, usd: h800.colocatedUsdPerMillionTokens, importError });
`;

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

  it("computes DeepSeek-V3 decode cost in the page", async () => {
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));

    await page.goto(pageUrl);
    await page.waitForFunction(() => document.body.textContent !== "");
    const result = JSON.parse((await page.textContent("body")) ?? "{}") as Record<string, unknown>;

    expect(consoleErrors).toEqual([]);
    expect(result["kvBytes"]).toBe(287_834_112);
    expect(result["attentionFlops"]).toBe(147_371_065_344);
    expect(result["usd"]).toBeGreaterThan(0);
    expect(result["importError"]).toBe("UNSUPPORTED_ARCHITECTURE");
  });
});
