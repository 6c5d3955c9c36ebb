// Test support shared by the packages' browser tests: bundles a small entry script with esbuild,
// serves it on 127.0.0.1 and reads the JSON the page writes into its body, in headless Chromium
// (Debian's package at /usr/bin/chromium, or CHROMIUM_PATH).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { build } from "esbuild";
import { chromium } from "playwright-core";

/** Path of the Chromium binary the browser tests drive. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Returns whether Chromium is installed. Without it, CI=true makes the package's browser tests
 * fail (this throws), and otherwise they are skipped with a message naming the package.
 */
export function chromiumAvailable(packageName) {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env["CI"] === "true") {
    throw new Error(
      `${packageName} browser tests: Chromium not found at ${CHROMIUM_PATH}, and CI=true makes that a failure. Install Debian's chromium package (apt-get install -y chromium).`,
    );
  }
  process.stderr.write(
    `${packageName} browser tests skipped: Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH.\n`,
  );
  return false;
}

/** Waits until `server` listens on a free port of 127.0.0.1 and returns its base URL. */
async function listen(server) {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The test server has no TCP address.");
  return `http://127.0.0.1:${address.port}/`;
}

/**
 * Bundles `entry` (resolving imports from `resolveDir`), serves it as a page on 127.0.0.1 and
 * launches headless Chromium. `route` may serve other requests first, such as fixture files.
 */
export async function startBundledPage({ entry, resolveDir, route }) {
  const bundle = await build({
    stdin: { contents: entry, resolveDir, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0].text;
  const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/app.js"></script></body></html>`;

  const server = createServer((request, response) => {
    if (route?.(request, response) === true) return;
    const isScript = request.url === "/app.js";
    response.writeHead(200, { "content-type": isScript ? "text/javascript" : "text/html" });
    response.end(isScript ? script : html);
  });
  const url = await listen(server);
  const workDir = mkdtempSync(join(tmpdir(), "modelsys-chromium-"));
  const context = await chromium.launchPersistentContext(workDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

  return {
    url,
    async run({ timeoutMs = 30_000 } = {}) {
      const page = await context.newPage();
      const consoleErrors = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));

      await page.goto(url);
      // An expression string, because this function runs in the page, not in Node.
      await page.waitForFunction('document.body.textContent !== ""', undefined, { timeout: timeoutMs });
      const result = JSON.parse((await page.textContent("body")) ?? "{}");
      return { result, consoleErrors };
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(() => resolve()));
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
