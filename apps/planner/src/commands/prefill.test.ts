import { getAccelerator, getModel, withPrice } from "@modelsys/catalog";
import { estimatePrefillSeconds } from "@modelsys/prfaas";
import { prefillTime, theoreticalKvBytes, type PrefillTime } from "@modelsys/roofline";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { runPlanner } from "../test-support.js";
import type { PrefillCapacity } from "./prefill-capacity.js";

const DEEPSEEK_V3_CONFIG = fileURLToPath(new URL("../../../../packages/catalog/fixtures/hf-configs/deepseek-v3.json", import.meta.url));

interface PrefillJson {
  model: string;
  modelSource: string;
  options: { cachedTokens: number; gpus: number; flopEfficiency: number; hbmEfficiency: number; kvElementType: string };
  hardware: { id: string; priceUsdPerHour: number | null }[];
  results: PrefillTime[];
  capacity: PrefillCapacity[];
}

/** Runs `planner prefill … --json`, expects success and returns the parsed output. */
async function prefillJson(args: readonly string[]): Promise<PrefillJson> {
  const result = await runPlanner(["prefill", ...args, "--json"]);

  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PrefillJson;
}

/** Runs `planner prefill` with `args`, expects exit code 2 and returns stderr. */
async function usageError(args: readonly string[]): Promise<string> {
  const result = await runPlanner(["prefill", ...args]);

  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  return result.stderr;
}

const VALID = ["--model", "qwen3-32b", "--hardware", "h800", "--tokens", "8K"];

describe("planner prefill --json", () => {
  it("defaults and roofline numbers", async () => {
    const output = await prefillJson(["--model", "qwen3-32b", "--hardware", "h800,h20", "--tokens", "8K,32K", "--cached", "4K"]);

    expect(output.options).toMatchObject({ cachedTokens: 4096, gpus: 8, flopEfficiency: 0.6, hbmEfficiency: 0.5 });
    expect(output.results.map((time) => `${time.newTokens} ${time.acceleratorId}`)).toEqual(["8192 h800", "8192 h20", "32768 h800", "32768 h20"]);
    for (const time of output.results) {
      const expected = prefillTime(getModel("qwen3-32b"), getAccelerator(time.acceleratorId), { newTokens: time.newTokens, cachedTokens: 4096, gpus: 8 });
      expect(time).toEqual(expected);
    }
  });

  it("passes every instance option", async () => {
    const output = await prefillJson([
      "--model", "deepseek-v3", "--hardware", "h100", "--tokens", "1000", "--gpus", "16",
      "--flop-efficiency", "0.4", "--hbm-efficiency", "0.8", "--price", "h100=2.5", "--kv-dtype", "bf16",
    ]);
    const expected = prefillTime(getModel("deepseek-v3"), withPrice(getAccelerator("h100"), 2.5), {
      newTokens: 1000,
      gpus: 16,
      flopEfficiency: 0.4,
      hbmEfficiency: 0.8,
      kvElementType: "bf16",
    });

    expect(output.results).toEqual([expected]);
    expect(output.results[0]!.usd).toBeCloseTo((expected.seconds * 16 * 2.5) / 3600, 15);
    expect(output.hardware).toMatchObject([{ id: "h100", priceUsdPerHour: 2.5 }]);
  });

  it("null USD without a price", async () => {
    const output = await prefillJson(["--model", "qwen3-32b", "--hardware", "b200", "--tokens", "2K"]);

    expect(output.results[0]!.usd).toBeNull();
    expect(output.results[0]!.seconds).toBeGreaterThan(0);
  });

  it("imports a config.json", async () => {
    const output = await prefillJson(["--model", DEEPSEEK_V3_CONFIG, "--hardware", "h800", "--tokens", "8K"]);
    const builtIn = await prefillJson(["--model", "deepseek-v3", "--hardware", "h800", "--tokens", "8K"]);

    expect(output.modelSource).toBe(DEEPSEEK_V3_CONFIG);
    expect(output.results[0]!.seconds).toBe(builtIn.results[0]!.seconds);
  });
});

describe("planner prefill table", () => {
  it("one row per accelerator", async () => {
    const result = await runPlanner(["prefill", ...VALID, "--hardware", "h20", "--price", "h20=1"]);
    const expected = prefillTime(getModel("qwen3-32b"), getAccelerator("h800"), { newTokens: 8192, gpus: 8 });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Prefill of 8,192 new tokens, qwen3-32b on one instance of 8 GPUs");
    const h800Row = result.stdout.split("\n").find((line) => line.startsWith("h800 "));
    expect(h800Row?.split(/\s+/).slice(1, 3)).toEqual([(expected.seconds * 1000).toPrecision(4), expected.bound]);
    expect(result.stdout).toMatch(/^h20 /m);
    expect(result.stdout).toContain("Prices from --price, in USD per card-hour: h20 1 in place of the catalog's 0.8.");
  });

  it("small figures keep their digits", async () => {
    const result = await runPlanner(["prefill", "--model", "kimi-linear", "--hardware", "h800", "--tokens", "1"]);
    const expected = prefillTime(getModel("kimi-linear"), getAccelerator("h800"), { newTokens: 1, gpus: 8 });
    const tera = (flops: number) => (flops / 1e12).toPrecision(3);

    expect(result.code).toBe(0);
    // One token of Kimi Linear is about 0.006 TFLOP, which one decimal printed as 0.0.
    expect(result.stdout).toContain(
      `TFLOP ${tera(expected.flops)} (linear ${tera(expected.linearFlops)}, FFN ${tera(expected.ffnFlops)}, attention ${tera(expected.attentionFlops)});`,
    );
    expect(result.stdout).toContain(`KV and state written ${(expected.kvBytesWritten / 1e9).toPrecision(3)})`);
  });

  it("warns when the weights exceed HBM", async () => {
    const tooSmall = await runPlanner(["prefill", "--model", "deepseek-v3", "--hardware", "h800,h20", "--tokens", "256"]);
    const enough = await runPlanner(["prefill", "--model", "deepseek-v3", "--hardware", "h800", "--tokens", "256", "--gpus", "16"]);
    const json = await runPlanner(["prefill", "--model", "deepseek-v3", "--hardware", "h800,h20", "--tokens", "256", "--json"]);
    // DeepSeek-V3 caches 61 layers × 576 FP8 bytes per token.
    const kvGigabytes = ((61 * 576 * 256) / 1e9).toPrecision(3);

    // 669.1 GB of layer weights plus a BF16 embedding and LM head of 129,280 × 7,168 each (3.7 GB).
    expect(tooSmall.stdout).toContain(
      `h800: the weights (672.8 GB) exceed the HBM of 8 × h800 (640.0 GB) even without the KV cache of 256 tokens (${kvGigabytes} GB), ` +
        "and the estimate assumes both fit. Pass --gpus 9 or more.",
    );
    expect(tooSmall.stdout).not.toContain("h20: the weights");
    expect(enough.stdout).not.toContain("HBM of");
    const hardware = (JSON.parse(json.stdout) as { hardware: { id: string; instanceHbmBytes: number; weightsFitInHbm: boolean }[] }).hardware;
    expect(hardware.map((card) => [card.id, card.instanceHbmBytes, card.weightsFitInHbm])).toEqual([
      ["h800", 640e9, false],
      ["h20", 768e9, true],
    ]);
  });

  it("names a one-token prompt in the singular", async () => {
    const alone = await runPlanner(["prefill", "--model", "deepseek-v3", "--hardware", "h800", "--tokens", "1"]);
    const afterCache = await runPlanner(["prefill", "--model", "deepseek-v3", "--hardware", "h800", "--tokens", "1", "--cached", "4K"]);

    expect(alone.stdout).toContain("even without the KV cache of 1 token (");
    expect(afterCache.stdout).toContain("even without the KV cache of 4,096 cached + 1 new token (");
  });

  it("warns when the KV cache does not fit", async () => {
    // Qwen3-32B on one H800: 31.2 GB of FP8 layer weights and 3.1 GB of BF16 embedding and LM head
    // (151,936 × 5,120 each) fit in 80 GB. The KV cache does not: 64 layers × 2 × 8 heads × 128
    // FP8 bytes per token for 65,536 + 1,048,576 tokens is 146.03 GB.
    const result = await runPlanner(["prefill", "--model", "qwen3-32b", "--hardware", "h800,h20", "--tokens", "8K,1M", "--cached", "64K", "--gpus", "1"]);
    const kvBytes = 64 * 2 * 8 * 128 * (65_536 + 1_048_576);
    const weightBytes = prefillTime(getModel("qwen3-32b"), getAccelerator("h800"), { newTokens: 1, gpus: 1 }).weightBytes + 2 * 151_936 * 5_120 * 2;

    expect(result.code).toBe(0);
    expect(theoreticalKvBytes(getModel("qwen3-32b"), 65_536 + 1_048_576)).toBe(kvBytes);
    expect(result.stdout).toContain(
      `h800: the weights (34.3 GB) fit in the HBM of 1 × h800 (80.0 GB), but the KV cache of 65,536 cached + 1,048,576 new tokens (146.03 GB) ` +
        `does not fit beside them (${((weightBytes + kvBytes) / 1e9).toFixed(1)} GB in all), and the estimate assumes it does. Pass --gpus 3 or more.`,
    );
    // 180.4 GB fits in 2 × 96 GB of H20.
    expect(result.stdout).toContain("h20: the weights (34.3 GB) fit in the HBM of 1 × h20 (96.0 GB), but the KV cache of 65,536 cached + 1,048,576 new tokens");
    expect(result.stdout).toContain("Pass --gpus 2 or more.");
    // The 8K prompt fits, so only the 1M prompt is named.
    expect(result.stdout).not.toContain("8,192 new tokens (");
  });

  it("JSON reports the capacity bytes", async () => {
    const output = await prefillJson(["--model", "kimi-linear", "--hardware", "h800,h20", "--tokens", "1K,1M", "--cached", "512K", "--gpus", "1", "--kv-dtype", "bf16"]);
    const storage = { kvElementType: "bf16" } as const;

    expect(output.capacity.map((row) => `${row.newTokens} ${row.acceleratorId}`)).toEqual(["1024 h800", "1024 h20", "1048576 h800", "1048576 h20"]);
    for (const row of output.capacity) {
      const tokens = row.cachedTokens + row.newTokens;
      const instanceHbmBytes = getAccelerator(row.acceleratorId).hbmCapacityBytes;
      const result = output.results.find((time) => time.acceleratorId === row.acceleratorId && time.newTokens === row.newTokens)!;

      expect(row.cachedTokens).toBe(524_288);
      // The KV cache of the MLA layers at BF16 plus the FP32 KDA states, which --kv-dtype leaves alone.
      expect(row.kvCacheBytes).toBe(theoreticalKvBytes(getModel("kimi-linear"), tokens, storage));
      expect(row.kvCacheBytes).toBe(7 * 576 * 2 * tokens + 20 * 32 * 128 * 128 * 4);
      expect(row.weightBytes).toBe(result.weightBytes);
      expect(row.requiredBytes).toBe(row.weightBytes + row.kvCacheBytes);
      expect(row.instanceHbmBytes).toBe(instanceHbmBytes);
      expect(row.fitsInHbm).toBe(row.requiredBytes <= instanceHbmBytes);
      expect(row.minimumGpus).toBe(Math.ceil(row.requiredBytes / instanceHbmBytes));
    }
  });

  it("counts a tied embedding once", async () => {
    const llama = fileURLToPath(new URL("../../../../packages/catalog/fixtures/hf-configs/llama-3.2-1b-instruct.json", import.meta.url));
    const tied = await prefillJson(["--model", llama, "--hardware", "h800", "--tokens", "1K"]);
    const deepseek = await prefillJson(["--model", "deepseek-v3", "--hardware", "h800", "--tokens", "1K"]);
    const kimi = await runPlanner(["prefill", "--model", "kimi-linear", "--hardware", "h800", "--tokens", "1K"]);

    // Llama 3.2 1B ties its LM head to the 128,256 × 2,048 embedding, kept in BF16.
    expect(tied.capacity[0]!.embeddingBytes).toBe(128_256 * 2_048 * 2);
    expect(tied.capacity[0]!.requiredBytes).toBe(tied.capacity[0]!.weightBytes + 128_256 * 2_048 * 2 + tied.capacity[0]!.kvCacheBytes);
    // DeepSeek-V3 has a separate LM head beside its 129,280 × 7,168 embedding.
    expect(deepseek.capacity[0]!.embeddingBytes).toBe(2 * 129_280 * 7_168 * 2);
    expect(kimi.stdout).toContain("kimi-linear gives no vocabulary size, so the HBM check leaves out the embedding and LM head.");
  });

  it("names unpriced accelerators", async () => {
    const result = await runPlanner(["prefill", "--model", "qwen3-32b", "--hardware", "h100", "--tokens", "1K", "--cached", "1K"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("after 1,024 cached");
    expect(result.stdout).toContain("no price");
    expect(result.stdout).toContain("No public price for h100: pass --price <id>=<USD per card-hour>.");
  });
});

describe("planner prefill usage errors", () => {
  it("invalid token counts", async () => {
    expect(await usageError(["--model", "qwen3-32b", "--hardware", "h800", "--tokens", "0"])).toContain('Invalid --tokens "0": expected at least 1 new token');
    expect(await usageError(["--model", "qwen3-32b", "--hardware", "h800", "--tokens", "8.5K"])).toContain('Invalid --tokens "8.5K": expected a non-negative whole number');
    expect(await usageError([...VALID, "--cached", "1,2"])).toContain('Invalid --cached "1,2": expected one whole number');
    expect(await usageError([...VALID, "--cached", "-5"])).toContain('Invalid --cached "-5"');
  });

  it("invalid instance options", async () => {
    expect(await usageError([...VALID, "--gpus", "0"])).toContain('Invalid --gpus "0": expected a positive whole number');
    expect(await usageError([...VALID, "--flop-efficiency", "1.5"])).toContain('Invalid --flop-efficiency "1.5"');
    expect(await usageError([...VALID, "--hbm-efficiency", "0"])).toContain('Invalid --hbm-efficiency "0"');
    expect(await usageError([...VALID, "--kv-dtype", "fp4"])).toContain('Invalid --kv-dtype "fp4"');
  });

  it("prices and hardware", async () => {
    expect(await usageError([...VALID, "--price", "h100=2"])).toContain('Invalid --price for "h100": it is not in --hardware (h800)');
    expect(await usageError(["--model", "qwen3-32b", "--hardware", "h9000", "--tokens", "8K"])).toContain("h9000");
    expect(await usageError(["--model", "qwen3-32b", "--tokens", "8K"])).toContain("--hardware");
  });

  it("--state-dtype without linear attention", async () => {
    const message = await usageError([...VALID, "--state-dtype", "bf16"]);

    expect(message).toContain("--state-dtype bf16 sets the element type of linear-attention states, and qwen3-32b has no linear-attention layer, so it would change nothing.");
    expect(message).toContain("Drop --state-dtype");
  });

  it("--state-dtype with linear attention", async () => {
    const fp32 = await prefillJson(["--model", "kimi-linear", "--hardware", "h800", "--tokens", "1K"]);
    const bf16 = await prefillJson(["--model", "kimi-linear", "--hardware", "h800", "--tokens", "1K", "--state-dtype", "bf16"]);

    // 20 KDA layers write one 32 · 128 · 128 state each, in 2 bytes instead of 4.
    expect(fp32.results[0]!.kvBytesWritten - bf16.results[0]!.kvBytesWritten).toBe(20 * 32 * 128 * 128 * 2);
  });

  it("model once and known", async () => {
    expect(await usageError([...VALID, "--model", "deepseek-v3"])).toContain("Invalid --model: given 2 times. Give it once.");
    expect(await usageError(["--model", "qwen9", "--hardware", "h800", "--tokens", "8K"])).toContain("qwen9");
  });
});

describe("prfaas prefill wrappers", () => {
  it("same seconds as roofline", () => {
    // estimatePrefillSeconds names the KV type cacheElementType where roofline names it kvElementType.
    const accelerator = getAccelerator("h200");
    // One new token is memory-bound, so the KV element type changes the time.
    const seconds = estimatePrefillSeconds(getModel("step-3.5-flash"), 1, 512, { accelerator, gpus: 8, cacheElementType: "bf16" });
    const time = prefillTime(getModel("step-3.5-flash"), accelerator, { newTokens: 1, cachedTokens: 512, gpus: 8, kvElementType: "bf16" });

    expect(time.bound).toBe("memory");
    expect(seconds).toBe(time.seconds);
    expect(seconds).not.toBe(prefillTime(getModel("step-3.5-flash"), accelerator, { newTokens: 1, cachedTokens: 512, gpus: 8 }).seconds);
  });
});
