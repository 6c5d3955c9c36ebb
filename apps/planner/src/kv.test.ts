import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { getModel } from "@modelsys/catalog";
import { applyCodecPreset, frameSize, modelPlanes } from "@modelsys/kvcache";
import { afterAll, describe, expect, it } from "vitest";

import type { CliIo } from "./io.js";
import { main } from "./main.js";

const DEEPSEEK_V3_CONFIG = fileURLToPath(new URL("../../../packages/catalog/fixtures/hf-configs/deepseek-v3.json", import.meta.url));
const QWEN3_5_CONFIG = fileURLToPath(new URL("../../../packages/catalog/fixtures/hf-configs/qwen3.5-9b.json", import.meta.url));
const MISTRAL_CONFIG = fileURLToPath(new URL("../../../packages/catalog/fixtures/hf-configs/mistral-7b-instruct-v0.3.json", import.meta.url));
const QWEN3_NEXT_CONFIG = fileURLToPath(
  new URL("../../../packages/catalog/fixtures/hf-configs/qwen3-next-80b-a3b.class-defaults.json", import.meta.url),
);

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readTextFile: (path) => readFileSync(path, "utf8"),
    fileExists: (path) => existsSync(path),
  };
  return { code: await main(argv, io), stdout, stderr };
}

interface KvJson {
  requestBytes: number;
  frameCount: number;
  tokensPerFrame: number;
  largestFrameBytes: number;
  readerLimits: { maxFrameBytes: number; maxChunkBytes: number };
  frameOverheadBytes: number;
  transferSeconds: number;
  bytesByPlaneKind: Record<string, number>;
  planes: { role: string; kind: string; bytes: number }[];
}

async function kvJson(argv: readonly string[]): Promise<KvJson> {
  const result = await run(["kv", ...argv, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as KvJson;
}

describe("planner kv", () => {
  it("prints a link below 0.1 Gbps with its significant digits, not as 0.0", async () => {
    const result = await run(["kv", "--model", "qwen3-32b", "--context", "1K", "--codec", "bf16", "--link-gbps", "0.000001"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ ms over 0\.00000100 Gbps\n/);
  });

  it("qwen3-32b bf16 at 1024 tokens", async () => {
    // 2 × 64 layers × 8 KV heads × 128 × 2 bytes = 262,144 bytes per token; header and index
    // 64 + 2 × 80 + 128 × 40 = 5,344 bytes.
    const result = await kvJson(["--model", "qwen3-32b", "--context", "1024", "--codec", "bf16"]);
    expect(result.bytesByPlaneKind["token"]).toBe(262_144 * 1024);
    expect(result.frameOverheadBytes).toBe(5344);
    expect(result.requestBytes).toBe(262_144 * 1024 + 5344);
    expect(result.transferSeconds).toBeCloseTo(((262_144 * 1024 + 5344) * 8) / 100e9, 12);
    expect(result.frameCount).toBe(1);
    expect(result.tokensPerFrame).toBe(1024);
  });

  it("fp8 halves the bytes plus one scale per chunk", async () => {
    const result = await kvJson(["--model", "qwen3-32b", "--context", "1K", "--codec", "fp8-e4m3fn", "--link-gbps", "400"]);
    // Each of 128 chunks: a 4-byte scale padded to 16, then 1024 × 8 × 128 codes.
    expect(result.requestBytes).toBe(128 * (16 + 1024 * 8 * 128) + 5344);
  });

  it("DeepSeek-V3 MLA latent from config.json", async () => {
    // 61 layers × 576 × 2 bytes = 70,272 bytes per token in bf16.
    const result = await kvJson(["--model", DEEPSEEK_V3_CONFIG, "--context", "1000"]);
    expect(result.planes.map((plane) => plane.role)).toEqual(["latent"]);
    expect(result.bytesByPlaneKind["token"]).toBe(70_272 * 1000);
  });

  it("import note ends with one period", async () => {
    const result = await run(["kv", "--model", QWEN3_5_CONFIG, "--context", "1K"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("qwen3.5-9b: Skipped 1 multi-token-prediction layer(s) (mtp_num_hidden_layers).\n");
    expect(result.stdout).not.toContain("..");
  });

  it("window and state planes of hybrid models", async () => {
    const flash = await kvJson(["--model", "step-3.5-flash", "--context", "32K"]);
    // 33 sliding layers keep 512 tokens: 2 × 33 × 512 × 8 × 128 × 2 bytes.
    expect(flash.bytesByPlaneKind["window"]).toBe(2 * 33 * 512 * 8 * 128 * 2);
    const minimax = await kvJson(["--model", "minimax-m1", "--context", "4096"]);
    // 70 lightning layers of 64 heads × 128 × 128 fp32 state.
    expect(minimax.bytesByPlaneKind["state"]).toBe(70 * 64 * 128 * 128 * 4);
  });

  it("Qwen3-Next state and KV planes", async () => {
    const qwen = await kvJson(["--model", QWEN3_NEXT_CONFIG, "--context", "32K"]);

    // 36 GDN layers of 32 value heads × 128 × 128 fp32 state: 75,497,472 bytes.
    expect(qwen.bytesByPlaneKind["state"]).toBe(75_497_472);
    // 12 gated GQA layers: 2 × 12 × 32,768 × 2 KV heads × 256 × 2 bytes (bf16 codec).
    expect(qwen.bytesByPlaneKind["token"]).toBe(2 * 12 * 32_768 * 2 * 256 * 2);
  });

  it("kivi-int4 is about 3.2× below fp16", async () => {
    const fp16 = await kvJson(["--model", "qwen3-32b", "--context", "32768", "--codec", "fp16"]);
    const int4 = await kvJson(["--model", "qwen3-32b", "--context", "32768", "--codec", "kivi-int4"]);
    const ratio = fp16.requestBytes / int4.requestBytes;
    // 5 bits per value at G = 32 gives 3.2×, less a little for the 128-token fp16 residual.
    expect(ratio).toBeGreaterThan(3.1);
    expect(ratio).toBeLessThan(3.2);
  });

  it("prints a table", async () => {
    const result = await run(["kv", "--model", "qwen3-32b", "--context", "8K", "--codec", "kivi-int2"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/int2 G=32, 128 residual tokens/);
    expect(result.stdout).toMatch(/over 100\.0 Gbps/);
  });

  it("names one residual token in the singular", async () => {
    const result = await run(["kv", "--model", "qwen3-32b", "--context", "1", "--codec", "kivi-int2"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/int2 G=32, 1 residual token {2}/);
  });

  it.each([
    [["--codec", "int3"], /Invalid codec "int3": expected one of fp16, bf16/],
    [["--link-gbps", "0"], /Invalid --link-gbps "0"/],
    [["--link-gbps", "0x10"], /Invalid --link-gbps "0x10": expected a positive decimal number/],
    [["--link-gbps", "-5"], /Invalid --link-gbps "-5": expected a positive decimal number/],
    [["--context", "0"], /Invalid --context "0": expected one positive whole number of tokens/],
    [["--context", "-5"], /Invalid --context "-5": expected one positive whole number of tokens/],
    [["--context", "8K,16K"], /Invalid --context "8K,16K": expected one positive whole number of tokens/],
  ])("rejects %j with exit code 2", async (extra, message) => {
    const context = extra[0] === "--context" ? [] : ["--context", "1024"];
    const result = await run(["kv", "--model", "qwen3-32b", ...context, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("splits a request beyond the reader's frame limit into frames", async () => {
    // qwen3-32b in bf16 takes 262,144 bytes per token and 5,344 bytes of header and index per
    // frame. 16,384 tokens would make 4 GiB of payload plus the header, one step of 256 tokens
    // too many, so a frame contains 16,128 tokens and 131,072 tokens need 9 frames.
    const result = await kvJson(["--model", "qwen3-32b", "--context", "128K"]);
    expect(result.readerLimits.maxFrameBytes).toBe(4 * 2 ** 30);
    expect(result.frameCount).toBe(9);
    expect(result.tokensPerFrame).toBe(16_128);
    expect(result.largestFrameBytes).toBe(262_144 * 16_128 + 5344);
    expect(262_144 * (16_128 + 256) + 5344).toBeGreaterThan(result.readerLimits.maxFrameBytes);
    expect(result.frameOverheadBytes).toBe(9 * 5344);
    expect(result.requestBytes).toBe(262_144 * 131_072 + 9 * 5344);
    expect(result.bytesByPlaneKind["token"]).toBe(262_144 * 131_072);
  });

  it("splits DeepSeek-V3 in bf16 after about 61K tokens", async () => {
    // 70,272 bytes per token and a 2,592-byte header and index: 60,928 tokens fit 4 GiB, 61,184 do not.
    const fits = await kvJson(["--model", "deepseek-v3", "--context", "60928"]);
    expect(fits.frameCount).toBe(1);
    expect(fits.requestBytes).toBe(70_272 * 60_928 + 2592);
    const split = await kvJson(["--model", "deepseek-v3", "--context", "61184"]);
    expect(split.frameCount).toBe(2);
    expect(split.tokensPerFrame).toBe(60_928);
    expect(split.requestBytes).toBe(70_272 * 61_184 + 2 * 2592);
  });

  it("fills KIVI frames up to the limit and no further", async () => {
    const result = await kvJson(["--model", "qwen3-32b", "--context", "1M", "--codec", "kivi-int2"]);
    expect(result.frameCount).toBeGreaterThan(1);
    expect(result.tokensPerFrame % 256).toBe(0);
    expect(result.frameCount).toBe(Math.ceil(2 ** 20 / result.tokensPerFrame));
    expect(result.largestFrameBytes).toBeLessThanOrEqual(result.readerLimits.maxFrameBytes);
    // A last frame of one more step of tokens, with its recent tokens unquantised, would not fit.
    const planes = modelPlanes(getModel("qwen3-32b"), { contextTokens: result.tokensPerFrame + 256 }).map((plane) => applyCodecPreset(plane, "kivi-int2"));
    expect(frameSize(planes).frameBytes).toBeGreaterThan(result.readerLimits.maxFrameBytes);
  });

  it("gives earlier frames more tokens", async () => {
    // Llama 4 Maverick in fp16: 12 full layers of K and V take 49,152 bytes per token, and 36
    // chunked layers keep 8,192-token windows (1.21 GB) that only the last frame carries. Frames
    // without the windows hold 87,296 tokens, so 1M tokens need 13 frames; sizing every frame
    // like the last one (62,720 tokens) gave 17.
    const result = await kvJson(["--model", "llama-4-maverick", "--context", "1M", "--codec", "fp16"]);
    expect(result.frameCount).toBe(13);
    expect(result.tokensPerFrame).toBe(87_296);
    expect(result.largestFrameBytes).toBeLessThanOrEqual(result.readerLimits.maxFrameBytes);
    expect(result.bytesByPlaneKind["token"]).toBe(49_152 * 2 ** 20);
    expect(result.bytesByPlaneKind["window"]).toBe(36 * 8192 * 8 * 128 * 2 * 2);
    // One more step of tokens does not fit a frame of token planes alone.
    const tokenPlanes = modelPlanes(getModel("llama-4-maverick"), { contextTokens: 87_296 + 256 })
      .filter((plane) => plane.kind === "token")
      .map((plane) => applyCodecPreset(plane, "fp16"));
    expect(frameSize(tokenPlanes).frameBytes).toBeGreaterThan(result.readerLimits.maxFrameBytes);
  });

  it("puts leftover tokens in a shorter frame", async () => {
    // 160,000 tokens: one frame of 87,296 tokens, one of 72,448 and a last one of 256 with the windows.
    const result = await kvJson(["--model", "llama-4-maverick", "--context", "160000", "--codec", "fp16"]);
    expect(result.frameCount).toBe(3);
    expect(result.bytesByPlaneKind["token"]).toBe(49_152 * 160_000);
    const overhead = (planeCount: number, chunks: number) => Math.ceil((64 + planeCount * 80 + chunks * 40) / 16) * 16;
    expect(result.frameOverheadBytes).toBe(2 * overhead(2, 24) + overhead(4, 96));
    expect(result.requestBytes).toBe(49_152 * 160_000 + 36 * 8192 * 8 * 128 * 2 * 2 + result.frameOverheadBytes);
  });

  it("ends each import note with one period", async () => {
    const result = await run(["kv", "--model", DEEPSEEK_V3_CONFIG, "--context", "1000"]);
    const notes = result.stdout.split("\n").filter((line) => line.startsWith("deepseek-v3: "));

    expect(result.code).toBe(0);
    expect(notes).toContain("deepseek-v3: Skipped 1 multi-token-prediction layer(s) (num_nextn_predict_layers).");
    for (const note of notes) expect(note).not.toMatch(/\.\.$/);
  });

  it("notes only the codec and planes printed", async () => {
    const result = await run(["kv", "--model", "deepseek-v3", "--context", "32K", "--codec", "kivi-int4"]);
    const lastLine = result.stdout.trimEnd().split("\n").at(-1);

    expect(result.code).toBe(0);
    expect(lastLine).toBe("MB is 10^6 bytes.");
  });

  it("notes the deflate bound under fp16-deflate", async () => {
    const result = await run(["kv", "--model", "qwen3-32b", "--context", "1024", "--codec", "fp16-deflate"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("MB is 10^6 bytes. fp16-deflate is counted at the most deflate can store, an upper bound.\n");
    expect(result.stdout).not.toContain("State planes");
  });

  it("notes raw fp32 state planes of hybrids", async () => {
    const result = await run(["kv", "--model", QWEN3_NEXT_CONFIG, "--context", "1024", "--codec", "kivi-int4"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("MB is 10^6 bytes. State planes stay raw fp32 under every codec.\n");
    expect(result.stdout).not.toContain("fp16-deflate");
  });

  it("prints the frame count in the table", async () => {
    const result = await run(["kv", "--model", "qwen3-32b", "--context", "128K"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("frames: 9 of at most 16,128 tokens each, because the frame reader's default limits are 4 GiB per frame and 1 GiB per chunk");
    expect(result.stdout).toContain("frame headers and indexes: 48,096 bytes in all");
  });

  it("rejects an unknown model with exit code 2", async () => {
    const result = await run(["kv", "--model", "no-such-model", "--context", "1024"]);
    expect(result.code).toBe(2);
  });
});

describe("planner kv repeated flags", () => {
  it("rejects a single-value flag given twice instead of keeping the last", async () => {
    const result = await run(["kv", "--model", "deepseek-v3", "--model", "step-3", "--context", "8K"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Invalid --model: given 2 times. Give it once.");
    expect(result.stdout).toBe("");
  });
});

describe("planner kv without token planes", () => {
  // Mistral slides every layer when sliding_window is set, so its K and V are window planes only.
  const workDir = mkdtempSync(join(tmpdir(), "planner-kv-test-"));
  const slidingConfig = join(workDir, "mistral-sliding.json");
  const config = JSON.parse(readFileSync(MISTRAL_CONFIG, "utf8")) as Record<string, unknown>;
  writeFileSync(slidingConfig, JSON.stringify({ ...config, sliding_window: 262_144 }));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it("sends fitting windows in one frame", async () => {
    const result = await kvJson(["--model", slidingConfig, "--context", "8K"]);

    expect(result.planes.map((plane) => plane.kind)).toEqual(["window", "window"]);
    expect(result.frameCount).toBe(1);
    expect(result.requestBytes).toBe(2 * 32 * 8192 * 8 * 128 * 2 + result.frameOverheadBytes);
  });

  it("fails without splitting oversized windows", async () => {
    // 256K tokens of 32 layers × 8 KV heads × 128 in bf16: 16 GiB per plane, 512 MiB per chunk.
    const result = await run(["kv", "--model", slidingConfig, "--context", "256K"]);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("The window and state planes do not fit one frame");
    expect(result.stderr).toContain("the model has no token planes to split across frames");
  });
});
