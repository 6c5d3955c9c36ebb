// Checks that the ESM builds of attention, catalog and roofline run in a real browser: the
// packages must never import node: modules. Bundles a tiny page with esbuild, serves it on
// 127.0.0.1 and evaluates it in headless Chromium (Debian's package, /usr/bin/chromium).
import { fileURLToPath } from "node:url";

import { chromiumAvailable, startBundledPage, type BundledPage } from "@modelsys/browser-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const hasChromium = chromiumAvailable("@modelsys/roofline");

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
  let page: BundledPage;

  beforeAll(async () => {
    page = await startBundledPage({ entry: ENTRY, resolveDir: fileURLToPath(new URL(".", import.meta.url)) });
  });

  afterAll(async () => {
    await page?.close();
  });

  it("computes DeepSeek-V3 decode cost in the page", async () => {
    const { result, consoleErrors } = await page.run<Record<string, unknown>>();

    expect(consoleErrors).toEqual([]);
    expect(result["kvBytes"]).toBe(287_834_112);
    expect(result["attentionFlops"]).toBe(147_371_065_344);
    expect(result["usd"]).toBeGreaterThan(0);
    expect(result["importError"]).toBe("UNSUPPORTED_ARCHITECTURE");
  });
});
