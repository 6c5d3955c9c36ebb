// Browser tests of the built site in Debian's Chromium, served on 127.0.0.1: every page loads
// without console errors, every live example shows its expected output, editing and re-running
// changes the output, the playground stops a runaway loop, cuts a flood of prints, draws SVG
// without running its scripts and shows bad output arguments as errors. Saves a screenshot of
// each package page.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

import { encodeMrc } from "@modelsys/cryoet";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { EXAMPLE_EXPECTATIONS } from "./example-expectations.js";

const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM_PATH);
const SITE_DIR = fileURLToPath(new URL("../.vitepress/dist/", import.meta.url));
const DOCS_DIR = fileURLToPath(new URL("../../../docs/", import.meta.url));
const SCREENSHOT_DIR = fileURLToPath(new URL("../screenshots/", import.meta.url));
const SAMPLE_MAPS = fileURLToPath(new URL("../../../packages/cryoet/fixtures/", import.meta.url));

if (!hasChromium && process.env["CI"] === "true") {
  throw new Error(
    `@modelsys/docs browser tests: Chromium not found at ${CHROMIUM_PATH}, and CI=true makes that a failure. Install Debian's chromium package (apt-get install -y chromium).`,
  );
}
if (!hasChromium) {
  process.stderr.write(
    `@modelsys/docs browser tests skipped: Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH.\n`,
  );
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

/** Serves the built site like a static host with clean URLs. */
function serveSite(): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, "");
    const candidates = [join(SITE_DIR, safe), join(SITE_DIR, `${safe}.html`), join(SITE_DIR, safe, "index.html")];
    const file = candidates.find((candidate) => candidate.startsWith(SITE_DIR) && existsSync(candidate) && !candidate.endsWith("/"));
    if (file === undefined || !existsSync(file) || readdirSafe(file)) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

const packagePages = readdirSync(join(DOCS_DIR, "packages"))
  .filter((file) => file.endsWith(".md"))
  .map((file) => `/packages/${file.replace(/\.md$/, "")}`);
const pages = ["/", "/getting-started", "/cli", ...packagePages, "/playground", "/prfaas-case-study", "/api/", "/benchmarks"];

/** Which package page shows each example, read from the pages' <LiveExample id="…"> tags. */
const examplePages = new Map<string, string>();
for (const page of packagePages) {
  const markdown = readFileSync(join(DOCS_DIR, `${page}.md`), "utf8");
  for (const match of markdown.matchAll(/<LiveExample id="([^"]+)"/g)) examplePages.set(match[1]!, page);
}

describe.skipIf(!hasChromium)("docs site in headless Chromium", () => {
  let server: Server;
  let context: BrowserContext;
  let profileDir: string;
  let origin = "";

  beforeAll(async () => {
    if (!existsSync(join(SITE_DIR, "index.html"))) {
      throw new Error(`The site is not built at ${SITE_DIR}: run the docs build first (npx -y pnpm@10.34.9 build).`);
    }
    server = serveSite();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("server has no TCP address");
    origin = `http://127.0.0.1:${address.port}`;

    profileDir = mkdtempSync(join(tmpdir(), "modelsys-docs-chromium-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${path}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`${path}: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${path}: ${response.status()} for ${response.url()}`);
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: "load" });
    expect(response?.status(), `${path} status`).toBe(200);
    return { page, errors };
  }

  for (const path of pages) {
    it(`loads ${path} without console errors`, async () => {
      const { page, errors } = await open(path);
      await page.waitForLoadState("networkidle");
      await page.locator(".live-example[data-status='running']").first().waitFor({ state: "detached", timeout: 60_000 }).catch(() => undefined);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("lists every package on the home page", async () => {
    const { page, errors } = await open("/");
    const links = await page.locator(".VPFeatures a.VPFeature").evaluateAll((features) =>
      features.map((feature) => ({ title: feature.querySelector(".title")?.textContent?.trim(), href: new URL((feature as HTMLAnchorElement).href).pathname })),
    );

    const expected = packagePages.map((path) => ({ title: `@modelsys/${path.split("/").pop()}`, href: path }));
    const byTitle = (a: { title?: string }, b: { title?: string }) => (a.title ?? "").localeCompare(b.title ?? "");
    expect(links.sort(byTitle)).toEqual(expected.sort(byTitle));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("links the CLI page from the nav", async () => {
    const { page, errors } = await open("/");
    await page.locator(".VPNavBar a[href='/cli']").first().click();
    await page.waitForURL(/\/cli$/);
    await page.locator(".vp-doc h3", { hasText: "planner cost" }).first().waitFor({ timeout: 30_000 });

    const headings = await page.locator(".vp-doc h3").allInnerTexts();
    for (const command of ["planner cost", "planner afd", "planner kv", "mrc header", "mrc validate", "mrc slice", "mrc convert", "mrc zarr"]) {
      expect(headings.map((heading) => heading.replace(/\u200b|#/g, "").trim())).toContain(command);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds API pages with site search", async () => {
    const { page, errors } = await open("/getting-started");
    await page.locator(".VPNavBarSearch button").click();
    await page.locator(".VPLocalSearchBox input").fill("planAfd");
    const result = page.locator(".VPLocalSearchBox .results a[href*='/api/afd/functions/planAfd']").first();
    await result.waitFor({ timeout: 30_000 });

    await result.click();
    await page.waitForURL(/\/api\/afd\/functions\/planAfd/);
    // The router changes the URL before it renders the new page, so wait for the page's heading.
    await page.locator(".vp-doc h1", { hasText: "planAfd" }).first().waitFor({ timeout: 30_000 });
    expect(await page.locator(".vp-doc h1").first().innerText()).toContain("planAfd");
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [path, name] of [
    ["/api/cryoet/node/functions/updateMrcHeader", "updateMrcHeader"],
    ["/api/cryoet/node/functions/writeMrcFile", "writeMrcFile"],
    ["/api/kvcache/node/functions/createEncodePool", "createEncodePool"],
    ["/api/attention/gpu/functions/createGpuAttentionBackend", "createGpuAttentionBackend"],
  ] as const) {
    it(`documents subpath export ${name}`, async () => {
      const { page, errors } = await open(path);
      expect(await page.locator("h1").first().innerText()).toContain(name);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("finds subpath exports with site search", async () => {
    const { page, errors } = await open("/getting-started");
    await page.locator(".VPNavBarSearch button").click();
    await page.locator(".VPLocalSearchBox input").fill("updateMrcHeader");
    const result = page.locator(".VPLocalSearchBox .results a[href*='/api/cryoet/node/functions/updateMrcHeader']").first();
    await result.waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("omits Node's Error statics from API pages", async () => {
    const errorPages = readdirSync(join(SITE_DIR, "api"), { recursive: true, encoding: "utf8" }).filter((file) => /classes\/\w+Error\.html$/.test(file));
    expect(errorPages.length).toBeGreaterThanOrEqual(7);
    for (const file of errorPages) {
      const html = readFileSync(join(SITE_DIR, "api", file), "utf8");
      expect(html, file).not.toContain("captureStackTrace");
      expect(html, file).not.toContain("stackTraceLimit");
    }

    const { page, errors } = await open("/api/afd/classes/AfdError");
    const text = await page.locator(".vp-doc").innerText();
    expect(text).toContain("INVALID_OPTION");
    expect(text).not.toContain("captureStackTrace");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves each page address from one file", () => {
    // A static host may serve /a/b/ from a/b.html or from a/b/index.html, so a folder with an
    // index page must have no page file of the same name beside it.
    const folders = readdirSync(SITE_DIR, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("/index.html"))
      .map((file) => file.slice(0, -"/index.html".length));
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((folder) => existsSync(join(SITE_DIR, `${folder}.html`)))).toEqual([]);
  });

  // Packages with subpath exports get one API module page per entry point, listed on the package page.
  for (const name of ["attention", "cryoet", "kvcache"]) {
    it(`opens every API module page of @modelsys/${name}`, async () => {
      const { page, errors } = await open(`/api/${name}/`);
      const modules = await page.locator(".vp-doc li a").evaluateAll((links) =>
        links.map((link) => ({ title: link.textContent?.trim() ?? "", path: new URL((link as HTMLAnchorElement).href).pathname })),
      );
      expect(modules.map((module) => module.title).sort()).toEqual([name === "attention" ? "gpu" : "node", "index"].sort());

      for (const module of modules) {
        await page.locator(".vp-doc li a", { hasText: new RegExp(`^${module.title}$`) }).click();
        await page.waitForURL((url) => url.pathname === module.path);
        // The router changes the URL before it renders the new page, so wait for its heading.
        await page.locator(".vp-doc h1", { hasText: module.title }).first().waitFor({ timeout: 30_000 });
        expect(await page.locator(".vp-doc h1").first().innerText(), `${module.path} after a click`).toContain(module.title);
        await page.goBack();
        await page.waitForURL((url) => url.pathname === `/api/${name}/`);
        await page.locator(".vp-doc h1", { hasText: `@modelsys/${name}` }).first().waitFor({ timeout: 30_000 });

        const direct = await open(module.path);
        // Hydration replaces the server-rendered page after load, so wait for the scripts to settle.
        await direct.page.waitForLoadState("networkidle");
        expect(await direct.page.locator(".vp-doc h1").first().innerText(), `${module.path} loaded directly`).toContain(module.title);
        expect(await direct.page.locator(".vp-doc h2").allInnerTexts(), module.path).toContainEqual(expect.stringContaining("Functions"));
        expect(direct.errors).toEqual([]);
        await direct.page.close();
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const [id, expectation] of Object.entries(EXAMPLE_EXPECTATIONS)) {
    it(`runs example ${id} on its page`, async () => {
      const pagePath = examplePages.get(id);
      expect(pagePath, `a package page shows <LiveExample id="${id}">`).toBeDefined();

      const { page, errors } = await open(pagePath!);
      const example = page.locator(`.live-example[data-example='${id}']`);
      await example.locator("xpath=self::*[@data-status='done']").waitFor({ timeout: 60_000 });
      const text = await example.locator(".live-example-output").innerText();
      for (const expected of expectation.texts) expect(text).toContain(expected);
      if (expectation.kinds.includes("svg")) expect(await example.locator(".output-svg svg").count()).toBeGreaterThan(0);
      expect(await example.locator(".output-notice").allInnerTexts()).toEqual([]);
      if (expectation.kinds.includes("chart")) expect(await example.locator("canvas.chart-view").count()).toBeGreaterThan(0);
      if (expectation.kinds.includes("table")) expect(await example.locator("table.output-table").count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const file of ["EMD-3197.map", "emd_3197.map.gz"]) {
    it(`shows the sample map ${file} in the MRC viewer`, async () => {
      const { page, errors } = await open("/packages/cryoet");
      await page.locator(".mrc-viewer input[type=file]").setInputFiles(join(SAMPLE_MAPS, file));
      const viewer = page.locator(".mrc-viewer[data-loaded='true']");
      await viewer.waitFor({ timeout: 30_000 });

      expect(await viewer.locator(".summary").innerText()).toContain(`${file}: 20 × 20 × 20 voxels, mode 2`);
      const pixels = async () =>
        page.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>(".mrc-viewer canvas.slice")!;
          return Array.from(canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data).join(",");
        });
      const middle = await pixels();
      expect(middle.split(",").some((value, index) => index % 4 === 0 && value !== "0")).toBe(true);

      expect(await viewer.locator(".section-label").innerText()).toBe("Section 11 of 20 (z = 10)");
      await viewer.locator("input[type=range]").fill("3");
      expect(await viewer.locator(".section-label").innerText()).toBe("Section 4 of 20 (z = 3)");
      expect(await pixels()).not.toBe(middle);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("shows complex MRC data as magnitude", async () => {
    const data = new Float32Array(3 * 4 * 5 * 2).map((_, index) => index);
    const path = join(profileDir, "complex.mrc");
    writeFileSync(path, encodeMrc({ data, shape: [3, 4, 5, 2], mode: 4 }).bytes);
    const { page, errors } = await open("/packages/cryoet");
    await page.locator(".mrc-viewer input[type=file]").setInputFiles(path);
    const viewer = page.locator(".mrc-viewer[data-loaded='true']");
    await viewer.waitFor({ timeout: 30_000 });

    expect(await viewer.locator(".summary").innerText()).toContain("complex.mrc: 5 × 4 × 3 voxels, mode 4 (complex float32, shown as magnitude)");
    expect(await viewer.locator(".section-label").innerText()).toBe("Section 2 of 3 (z = 1)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows one MRC image without a slider", async () => {
    const path = join(profileDir, "image.mrc");
    writeFileSync(path, encodeMrc({ data: new Float32Array(6).map((_, index) => index), shape: [2, 3] }).bytes);
    const { page, errors } = await open("/packages/cryoet");
    await page.locator(".mrc-viewer input[type=file]").setInputFiles(path);
    const viewer = page.locator(".mrc-viewer[data-loaded='true']");
    await viewer.waitFor({ timeout: 30_000 });

    expect(await viewer.locator(".section-label").innerText()).toBe("Section 1 of 1 (z = 0)");
    expect(await viewer.locator("input[type=range]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("explains an MRC file without voxels", async () => {
    const { page, errors } = await open("/packages/cryoet");
    await page.locator(".mrc-viewer input[type=file]").setInputFiles(join(SAMPLE_MAPS, "compressed", "zeros.bin.bz2"));
    const viewer = page.locator(".mrc-viewer");
    await viewer.locator(".error").waitFor({ timeout: 30_000 });

    expect(await viewer.locator(".error").innerText()).toBe("zeros.bin.bz2 has no voxels to show: its header gives 0 × 0 × 0 voxels.");
    expect(await viewer.locator(".warnings summary").innerText()).toMatch(/^Read with \d+ warnings$/);
    expect(await viewer.getAttribute("data-loaded")).toBe("false");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("re-runs an edited example with new output", async () => {
    const { page } = await open("/packages/attention");
    const example = page.locator(".live-example[data-example='attention-window-masks']");
    await example.locator("xpath=self::*[@data-status='done']").waitFor({ timeout: 60_000 });
    expect(await example.locator(".live-example-output").innerText()).toContain("2, 4, 4");

    const source = readFileSync(join(DOCS_DIR, "examples", "attention-window-masks.ts"), "utf8");
    await example.locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(source.replace("const window = 4;", "const window = 3;"));
    await example.locator("button.run").click();
    await example.locator("xpath=self::*[@data-status='done']").waitFor({ timeout: 60_000 });

    expect(await example.locator(".live-example-output").innerText()).toContain("keys seen at S = 2, 4, 100: 2, 3, 3");
    await page.close();
  });

  it("runs a live example on Control+Enter", async () => {
    const { page, errors } = await open("/packages/attention");
    const example = page.locator(".live-example[data-example='attention-window-masks']");
    await example.locator("xpath=self::*[@data-status='done']").waitFor({ timeout: 60_000 });

    await example.locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText('print("run by key");');
    await page.keyboard.press("Control+Enter");
    await example.locator(".output-text").getByText("run by key").waitFor({ timeout: 30_000 });

    expect(await example.getAttribute("data-status")).toBe("done");
    expect(await example.locator(".cm-content").innerText()).toBe('print("run by key");');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("runs the playground on Control+Enter", async () => {
    const { page, errors } = await open(`/playground#code=${Buffer.from('print("playground by key");').toString("base64url")}`);
    const playground = page.locator(".playground");
    await page.locator(".cm-content").getByText("playground by key").click();
    await page.keyboard.press("Control+Enter");
    await playground.locator("xpath=self::*[@data-status='done']").waitFor({ timeout: 30_000 });

    expect(await playground.locator(".output-text").innerText()).toBe("playground by key");
    expect(await page.locator(".cm-content").innerText()).toBe('print("playground by key");');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stops a runaway loop in the playground and stays responsive", async () => {
    const code = Buffer.from("let spins = 0;\nwhile (true) spins += 1;\n").toString("base64url");
    const { page, errors } = await open(`/playground#code=${code}`);
    const playground = page.locator(".playground");
    await page.locator(".cm-content").getByText("while (true)").waitFor();
    await page.locator("input.time-limit").fill("2");
    await page.locator(".playground button.run").click();

    await playground.locator("xpath=self::*[@data-status='timeout']").waitFor({ timeout: 30_000 });
    expect(await playground.innerText()).toContain("Stopped after 2 s");
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Opens the playground with `code` in its address, runs it and waits until the run ends. */
  async function runInPlayground(code: string): Promise<{ page: Page; errors: string[]; status: string | null }> {
    const { page, errors } = await open(`/playground#code=${Buffer.from(code).toString("base64url")}`);
    await page.locator(".cm-content").getByText(code.split("\n")[0]!.slice(0, 30)).waitFor();
    await page.locator(".playground button.run").click();

    const playground = page.locator(".playground");
    await playground.locator("xpath=self::*[@data-status!='idle' and @data-status!='running']").waitFor({ timeout: 30_000 });
    return { page, errors, status: await playground.getAttribute("data-status") };
  }

  it("draws SVG output without running its scripts", async () => {
    const marker = (name: string) => `document.body.dataset.ran = '${name}'`;
    const markup =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" onload="${marker("svg onload")}">` +
      `<script>${marker("svg script")}</script>` +
      `<image href="x" onerror="${marker("image onerror")}"/>` +
      `<foreignObject width="20" height="20"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="${marker("img onerror")}"/></foreignObject>` +
      `<a href="javascript:${marker("link")}"><text y="15">link</text></a>` +
      `<set attributeName="onmouseover" to="${marker("set")}"/>` +
      `<rect width="10" height="10" fill="#3451b2" style="position: fixed"/></svg>`;
    const posted = `<svg><foreignObject><img src="x" onerror="${marker("posted block")}"></foreignObject></svg><img src="x" onerror="${marker("posted img")}">`;
    const code = [
      `svg(${JSON.stringify(markup)});`,
      `self.postMessage({ type: "output", block: { kind: "svg", markup: ${JSON.stringify(posted)} } });`,
      `svg(${JSON.stringify(`<img src="x" onerror="${marker("img root")}">`)});`,
    ].join("\n");

    const { page, errors, status } = await runInPlayground(code);
    const output = page.locator(".playground-output");
    await page.waitForLoadState("networkidle");

    expect(await page.evaluate(() => document.body.dataset["ran"] ?? "not set")).toBe("not set");
    expect(await output.locator("[onerror], [onload], [style], script, foreignObject, image, img, a, set").count()).toBe(0);
    expect(status).toBe("error");
    expect(await output.locator(".status.error").innerText()).toContain("svg(markup) expects markup whose root element is <svg>");
    expect(await output.locator(".output-svg svg").count()).toBe(2);
    expect(await output.locator(".output-svg rect").getAttribute("fill")).toBe("#3451b2");
    expect(await output.locator(".output-notice").first().innerText()).toBe(
      "Left out of the SVG output, because the page draws only shapes, text and paint: onload, <script>, <image>, <foreignObject>, <a>, <set>, style.",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps gradients, references and text in SVG output", async () => {
    const markup =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 60 20">' +
      '<defs><linearGradient id="fade"><stop offset="0" stop-color="#3451b2"/><stop offset="1" stop-color="#7ec699"/></linearGradient>' +
      '<rect id="app" width="10" height="10" fill="url(#fade)"/></defs>' +
      '<use xlink:href="#app"/><use href="#app" x="20"/><text x="40" y="10" font-size="6">mask</text></svg>';
    const { page, errors, status } = await runInPlayground(`svg(${JSON.stringify(markup)});`);
    const picture = page.locator(".playground-output .output-svg svg");

    expect(status).toBe("done");
    const links = await picture.evaluate((svg) => {
      const target = (reference: string | null) => svg.querySelector(`[id="${reference?.replace(/^url\(#|^#|\)$/g, "")}"]`)?.localName;
      return {
        fill: target(svg.querySelector("rect")!.getAttribute("fill")),
        uses: Array.from(svg.querySelectorAll("use"), (use) => target(use.getAttribute("href"))),
        appIsPage: document.getElementById("app")?.closest("svg") === null,
      };
    });
    expect(links).toEqual({ fill: "linearGradient", uses: ["rect", "rect"], appIsPage: true });
    expect(await picture.locator("text").textContent()).toBe("mask");
    expect(await page.locator(".playground-output .output-notice").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("cuts a loop of 20,000 prints and stays responsive", async () => {
    const { page, errors, status } = await runInPlayground('for (let i = 0; i < 20000; i += 1) print("line " + i);');
    const output = page.locator(".playground-output");

    expect(status).toBe("done");
    const texts = await output.locator(".output-text").allInnerTexts();
    expect(texts).toHaveLength(1);
    const lines = texts[0]!.split("\n");
    expect(lines).toHaveLength(2_000);
    expect(lines[0]).toBe("line 0");
    expect(lines.at(-1)).toBe("line 1999");
    expect(await output.locator(".output-notice").innerText()).toBe("Output truncated after 2,000 lines. The rest of this run's output is not shown.");
    expect(await page.evaluate(() => 6 * 7)).toBe(42);

    await page.locator(".playground button.run").click();
    await page.locator(".playground[data-status='done']").waitFor({ timeout: 30_000 });
    expect(await output.locator(".output-text").allInnerTexts()).toEqual(texts);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stops a printing loop at the time limit with its output cut", async () => {
    const code = Buffer.from('while (true) print("spin");\n').toString("base64url");
    const { page, errors } = await open(`/playground#code=${code}`);
    const playground = page.locator(".playground");
    await page.locator(".cm-content").getByText("while (true)").waitFor();
    await page.locator("input.time-limit").fill("2");
    await page.locator(".playground button.run").click();

    await playground.locator("xpath=self::*[@data-status='timeout']").waitFor({ timeout: 30_000 });
    expect(await playground.locator(".status.error").innerText()).toContain("Stopped after 2 s");
    expect((await playground.locator(".output-text").innerText()).split("\n")).toHaveLength(2_000);
    expect(await playground.locator(".output-notice").innerText()).toContain("Output truncated after 2,000 lines");
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [call, expected] of [
    ["table({ a: 1 })", "table(rows) expects an array of row objects"],
    ["table(null)", "table(rows) expects an array of row objects"],
    ["chart({})", 'chart(spec) expects spec.type to be "bar" or "line"'],
  ]) {
    it(`shows the error of ${call} after earlier prints`, async () => {
      const { page, errors, status } = await runInPlayground(`print("before");\n${call};\nprint("after");`);
      const output = page.locator(".playground-output");

      expect(status).toBe("error");
      expect(await output.locator(".status.error").innerText()).toContain(`TypeError: ${expected}`);
      expect(await output.locator(".output-text").allInnerTexts()).toEqual(["before"]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("shows a bad table error in a live example", async () => {
    const { page, errors } = await open("/packages/attention");
    const example = page.locator(".live-example[data-example='attention-window-masks']");
    await example.locator("xpath=self::*[@data-status='done']").waitFor({ timeout: 60_000 });

    await example.locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText('print("before"); table({ a: 1 }); print("after");');
    await example.locator("button.run").click();
    await example.locator("xpath=self::*[@data-status='error']").waitFor({ timeout: 30_000 });

    expect(await example.locator(".status.error").innerText()).toContain("table(rows) expects an array of row objects");
    expect(await example.locator(".output-text").allInnerTexts()).toEqual(["before"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [name, code] of [
    ["Promise.reject", 'print("before");\nPromise.reject(new Error("x"));'],
    ["an async call without await", 'print("before");\n(async () => { await null; throw new RangeError("later"); })();'],
  ] as const) {
    it(`fails the run on ${name}`, async () => {
      const { page, errors, status } = await runInPlayground(code);
      const output = page.locator(".playground-output");

      expect(status).toBe("error");
      expect(await output.locator(".status.error").innerText()).toMatch(/^Unhandled promise rejection: (Error: x|RangeError: later)$/);
      expect(await output.locator(".output-text").allInnerTexts()).toEqual(["before"]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("keeps the run open for pending timers", async () => {
    const { page, errors, status } = await runInPlayground('setTimeout(() => print("late"), 300);\nprint("now");');
    const output = page.locator(".playground-output");

    expect(status).toBe("done");
    expect(await output.locator(".output-text").innerText()).toBe("now\nlate");
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [name, code, expected] of [
    ["a late timer that throws", 'print("before");\nsetTimeout(() => { throw new Error("late failure"); }, 300);', "Uncaught Error: late failure"],
    ["a late rejection", 'print("before");\nsetTimeout(() => { Promise.reject(new Error("late rejection")); }, 300);', "Unhandled promise rejection: Error: late rejection"],
    ["a thrown revoked proxy", 'print("before");\nconst { proxy, revoke } = Proxy.revocable({}, {});\nrevoke();\nthrow proxy;', "[Object: could not be read: Cannot perform 'getPrototypeOf' on a proxy that has been revoked]"],
  ] as const) {
    it(`fails the run on ${name}`, async () => {
      const { page, errors, status } = await runInPlayground(code);
      const output = page.locator(".playground-output");

      expect(status).toBe("error");
      expect(await output.locator(".status.error").innerText()).toBe(expected);
      expect(await output.locator(".output-text").allInnerTexts()).toEqual(["before"]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("stops an endless interval at the time limit", async () => {
    const code = 'setInterval(() => undefined, 100);\nprint("started");';
    const { page, errors } = await open(`/playground#code=${Buffer.from(code).toString("base64url")}&timeLimit=1`);
    const playground = page.locator(".playground");
    await page.locator(".cm-content").getByText("started").waitFor();
    await page.locator(".playground button.run").click();

    await playground.locator("xpath=self::*[@data-status='timeout']").waitFor({ timeout: 30_000 });
    expect(await playground.innerText()).toContain("Stopped after 1 s");
    expect(await playground.locator(".output-text").innerText()).toBe("started");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("prints typed arrays, Map and undefined", async () => {
    const { page, errors, status } = await runInPlayground('print(new Float32Array([1.5, 2]));\nprint(new Map([["a", 1]]), undefined, [1, undefined, NaN]);');

    expect(status).toBe("done");
    expect(await page.locator(".playground-output .output-text").innerText()).toBe('Float32Array(2) [1.5, 2]\nMap(1) { "a" => 1 } undefined [1, undefined, NaN]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows console output with its level", async () => {
    const { page, errors, status } = await runInPlayground('console.log("logged", 1);\nconsole.warn("careful");\nconsole.error(new Error("bad"));\nprint("end");');
    const output = page.locator(".playground-output");

    expect(status).toBe("done");
    expect(await output.locator(".output-text").allInnerTexts()).toEqual(["logged 1", "warn careful", "error Error: bad", "end"]);
    expect(await output.locator(".output-warn .output-level").innerText()).toBe("warn");
    expect(await output.locator(".output-error .output-level").innerText()).toBe("error");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("routes the global console to output", async () => {
    const code = 'globalThis.console.log("global");\nself.console.warn("self");\nconsole.table([{ a: 1 }]);\nconsole.assert(false, "checked");';
    const { page, errors, status } = await runInPlayground(code);
    const output = page.locator(".playground-output");

    expect(status).toBe("done");
    expect(await output.locator(".output-text").allInnerTexts()).toEqual(["global", "warn self", "error Assertion failed: checked"]);
    expect(await output.locator("table").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps other output when the worker posts a bad block", async () => {
    const code = 'print("before");\nself.postMessage({ type: "output", block: { kind: "table", rows: { a: 1 } } });\nprint("after");';
    const { page, errors, status } = await runInPlayground(code);
    const output = page.locator(".playground-output");

    expect(status).toBe("done");
    expect(await output.locator(".output-text").allInnerTexts()).toEqual(["before", "after"]);
    expect(await output.locator(".output-notice").innerText()).toContain("Skipped an output block that the page cannot show: table(rows) expects an array");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shares code and time limit through the address", async () => {
    const { page, errors } = await open("/playground");
    await page.locator(".playground select").selectOption("roofline-decode-cost");
    await page.locator("input.time-limit").fill("7");
    await page.locator(".playground button.share").click();

    const parameters = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(Buffer.from(parameters.get("code") ?? "", "base64url").toString("utf8")).toContain("modelDecodeCost");
    expect(parameters.get("timeLimit")).toBe("7");

    await page.reload({ waitUntil: "load" });
    await page.locator(".cm-content").getByText("modelDecodeCost").first().waitFor();
    expect(await page.locator("input.time-limit").inputValue()).toBe("7");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads a new share link in the same tab", async () => {
    const link = (code: string, seconds: number) => `/playground#code=${Buffer.from(code).toString("base64url")}&timeLimit=${seconds}`;
    const { page, errors } = await open(link('print("first");', 5));
    await page.locator(".cm-content").getByText("first").waitFor();
    expect(await page.locator("input.time-limit").inputValue()).toBe("5");

    await page.goto(`${origin}${link('print("second");', 30)}`, { waitUntil: "load" });
    await page.locator(".cm-content").getByText("second").waitFor();
    expect(await page.locator(".cm-content").innerText()).not.toContain("first");
    expect(await page.locator("input.time-limit").inputValue()).toBe("30");

    await page.evaluate(() => {
      const anchor = document.createElement("a");
      anchor.href = `#code=${btoa('print("third");').replace(/=+$/, "")}&timeLimit=12`;
      anchor.textContent = "third link";
      document.querySelector(".playground")!.append(anchor);
    });
    await page.getByText("third link").click();
    await page.locator(".cm-content").getByText("third").waitFor();
    expect(await page.locator("input.time-limit").inputValue()).toBe("12");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drops shared code on picking an example", async () => {
    const { page, errors } = await open(`/playground#code=${Buffer.from('print("shared code");').toString("base64url")}`);
    await page.locator(".cm-content").getByText("shared code").waitFor();
    await page.locator(".playground select").selectOption("roofline-decode-cost");
    expect(new URL(page.url()).hash).toBe("#example=roofline-decode-cost");

    await page.reload({ waitUntil: "load" });
    await page.locator(".cm-content").getByText("modelDecodeCost").first().waitFor();
    expect(await page.locator(".cm-content").innerText()).not.toContain("shared code");
    expect(await page.locator(".playground select").inputValue()).toBe("roofline-decode-cost");
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [name, hash] of [
    ["not UTF-8", `code=${Buffer.from([0xff, 0xfe, 0x41]).toString("base64url")}`],
    ["a broken escape", "code=%%%"],
  ] as const) {
    it(`rejects a link that is ${name}`, async () => {
      const warnings: string[] = [];
      const { page, errors } = await open("/playground");
      page.on("console", (entry) => {
        if (entry.type() === "warning") warnings.push(entry.text());
      });
      await page.goto(`${origin}/playground#${hash}`, { waitUntil: "load" });
      await page.reload({ waitUntil: "load" });
      const playground = page.locator(".playground");

      await playground.locator(".status.error").waitFor();
      expect(await playground.locator(".status.error").innerText()).toBe("The #code= part of this address is not valid: loaded the first example instead.");
      expect(await page.locator(".cm-content").innerText()).not.toContain("\uFFFD");
      expect(warnings.filter((warning) => warning.includes("URIError"))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const value of ["0", "", "-3", "1e9"]) {
    it(`rejects the time limit "${value}"`, async () => {
      const { page, errors } = await open(`/playground#code=${Buffer.from('print("ran");').toString("base64url")}`);
      const playground = page.locator(".playground");
      await page.locator(".cm-content").getByText("ran").waitFor();
      await page.locator("input.time-limit").fill(value);
      await page.locator(".playground button.run").click();

      const expected = value === "" ? "The time limit is empty" : `Invalid time limit "${value === "1e9" ? "1000000000" : value}"`;
      expect(await playground.locator(".status.error").innerText()).toBe(`${expected}: enter a number of seconds from 1 to 120.`);
      expect(await playground.getAttribute("data-status")).toBe("idle");
      expect(await playground.locator(".output-text").count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("clears the share error after a valid share", async () => {
    const { page, errors } = await open(`/playground#code=${Buffer.from('print("ran");').toString("base64url")}&timeLimit=500`);
    const playground = page.locator(".playground");
    await page.locator(".cm-content").getByText("ran").waitFor();
    await playground.locator(".status.error").waitFor();

    await page.locator("input.time-limit").fill("200");
    await page.locator(".playground button.share").click();
    expect(await playground.locator(".status.error").innerText()).toContain("Share links carry the time limit");

    await page.locator("input.time-limit").fill("20");
    await page.locator(".playground button.share").click();
    await playground.locator(".share-url").waitFor();
    expect(await playground.locator(".status.error").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells an unparsable time limit from an empty one", async () => {
    const { page, errors } = await open(`/playground#code=${Buffer.from('print("ran");').toString("base64url")}`);
    const playground = page.locator(".playground");
    const field = page.locator("input.time-limit");
    await page.locator(".cm-content").getByText("ran").waitFor();
    await field.fill("");
    await field.pressSequentially("1e400");
    await page.locator(".playground button.run").click();

    expect(await playground.locator(".status.error").innerText()).toBe("The time limit is not a number: enter a number of seconds from 1 to 120.");
    expect(await playground.getAttribute("data-status")).toBe("idle");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("saves a screenshot of each package page", async () => {
    for (const path of packagePages) {
      const { page } = await open(path);
      await page.locator(".live-example[data-status='running']").first().waitFor({ state: "detached", timeout: 60_000 }).catch(() => undefined);
      if ((await page.locator(".mrc-viewer").count()) > 0) {
        await page.locator(".mrc-viewer input[type=file]").setInputFiles(join(SAMPLE_MAPS, "EMD-3197.map"));
        await page.locator(".mrc-viewer[data-loaded='true']").waitFor({ timeout: 30_000 });
      }
      const file = join(SCREENSHOT_DIR, `${path.split("/").pop()}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
      await page.close();
    }
    process.stdout.write(`Screenshots of the package pages saved in ${SCREENSHOT_DIR}\n`);
  });
});
