// Checks that the ESM build of kvcache runs in a real browser: the library must never import
// node: modules, and its checksums (hash-wasm) and Web Streams must work there. Bundles a tiny
// page with esbuild, serves it on 127.0.0.1 and evaluates it in headless Chromium (Debian's
// package, /usr/bin/chromium).
import { fileURLToPath } from "node:url";

import { chromiumAvailable, startBundledPage, type BundledPage } from "@modelsys/browser-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CODECS } from "./codecs/index.js";
import { decodeFp8, encodeFp8 } from "./fp8.js";
import { fp32ToFp16 } from "./half.js";

const hasChromium = chromiumAvailable("@modelsys/kvcache");

// Encodes and decodes large enough for the WebAssembly kernels (FP8 from 4,096 elements, integer
// codes whenever the vector width fits), each folded to one number. The same source runs in Node.
const LARGE_ENCODES = `
function largeEncodes() {
  const fold = (bytes) => bytes.reduce((sum, byte, i) => (sum + byte * ((i % 251) + 1)) >>> 0, 0);
  const input = fp32ToFp16(Float32Array.from({ length: 64 * 2 * 64 }, (_, i) => Math.sin(i * 0.37) * 3));
  const plane = (role, encoding) => ({ role, kind: "token", elementType: "fp16", dims: [64, 2, 64], axisRoles: ["token", "head", "channel"], position: 0, channelOffset: 0, encoding });
  const keys = plane("key", { codec: "int", bits: 4, groupSize: 32, groupAxis: 0, residualTokens: 0 });
  const values = plane("value", { codec: "int", bits: 2, groupSize: 32, groupAxis: 2, residualTokens: 0 });
  const codes = encodeFp8(input, "e4m3fn", { scale: 0.02 });
  const keyPayload = CODECS.int.encode(keys, input);
  const valuePayload = CODECS.int.encode(values, input);
  const bytesOf = (array) => new Uint8Array(array.buffer);
  return [
    fold(codes),
    fold(bytesOf(decodeFp8(codes, "e4m3fn", { scale: 0.02 }))),
    fold(keyPayload),
    fold(bytesOf(CODECS.int.decode(keys, keyPayload))),
    fold(valuePayload),
    fold(bytesOf(CODECS.int.decode(values, valuePayload))),
  ];
}`;

const ENTRY = `
import { CODECS, checksumProvider, createFrameDecoderStream, createFrameEncoderStream, decodeFp8, encodeFp8, encoderBackend, fp32ToFp16, loadChecksums, modelPlanes } from "@modelsys/kvcache";
import { getModel } from "@modelsys/catalog";
const checksums = await loadChecksums();
const key = { role: "key", kind: "token", elementType: "fp32", dims: [2, 16, 2, 8], axisRoles: ["layer", "token", "head", "channel"], position: 0, channelOffset: 0, encoding: { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "head" } };
const header = { planes: [key], firstToken: 0, tokenCount: 16 };
const chunks = [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: Float32Array.from({ length: 256 }, (_, i) => Math.sin(i + layerIndex)) }));
const source = new ReadableStream({ start(controller) { for (const chunk of chunks) controller.enqueue(chunk); controller.close(); } });
const frames = [];
for await (const frame of source.pipeThrough(createFrameEncoderStream(header, { checksums }))) frames.push(frame);
const decode = (pieces) => new ReadableStream({ start(controller) { for (const piece of pieces) controller.enqueue(piece); controller.close(); } }).pipeThrough(createFrameDecoderStream({ checksums, expectedPlanes: [key] }));
let maxError = 0;
let layers = [];
for await (const chunk of decode(frames)) {
  layers.push(chunk.layerIndex);
  chunk.data.forEach((value, i) => { maxError = Math.max(maxError, Math.abs(value - chunks[chunk.layerIndex].data[i])); });
}
const corrupted = frames[1].slice();
corrupted[corrupted.length - 1] ^= 1;
let corruptionError = "";
try { for await (const _ of decode([frames[0], corrupted])) {} } catch (error) { corruptionError = error.code; }
const latent = modelPlanes(getModel("deepseek-v3"), { contextTokens: 1 })[0].dims;
${LARGE_ENCODES}
document.body.textContent = JSON.stringify({ fp8: [...encodeFp8(new Float32Array([1, 448, 500]), "e4m3fn")], frames: frames.length, layers, maxError, corruptionError, latent, large: largeEncodes(), backend: encoderBackend(), xxh64Provider: checksumProvider(checksums.xxh64) });
`;

describe.skipIf(!hasChromium)("packages in headless Chromium", () => {
  let page: BundledPage;

  beforeAll(async () => {
    page = await startBundledPage({ entry: ENTRY, resolveDir: fileURLToPath(new URL(".", import.meta.url)) });
  });

  afterAll(async () => {
    await page?.close();
  });

  it("streams checksummed frames in the page", async () => {
    const { result, consoleErrors } = await page.run<Record<string, unknown>>();

    expect(consoleErrors).toEqual([]);
    expect(result["fp8"]).toEqual([0x38, 0x7e, 0x7e]);
    expect(result["frames"]).toBe(2);
    expect(result["layers"]).toEqual([0, 1]);
    // E4M3 keeps 3 mantissa bits, so values in [-1, 1] with a per-head amax scale err by at most 2^-4.
    expect(result["maxError"]).toBeLessThanOrEqual(1 / 16);
    expect(result["corruptionError"]).toBe("FRAME_CHECKSUM_MISMATCH");
    expect(result["latent"]).toEqual([61, 1, 1, 576]);
    // The page's WebAssembly kernels write the bytes Node writes (whose kernels match the
    // JavaScript reference in src/wasm/kv-simd.test.ts).
    const nodeEncodes = new Function("encodeFp8", "decodeFp8", "fp32ToFp16", "CODECS", `${LARGE_ENCODES}; return largeEncodes();`) as (...args: unknown[]) => number[];
    expect(result["backend"]).toBe("wasm-simd");
    // The native xxHash64 is Node-only: the page falls back to hash-wasm's, which gives the same values.
    expect(result["xxh64Provider"]).toBe("hash-wasm");
    expect(result["large"]).toEqual(nodeEncodes(encodeFp8, decodeFp8, fp32ToFp16, CODECS));
  });
});
