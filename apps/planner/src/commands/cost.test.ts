import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runPlanner } from "../test-support.js";

const DEEPSEEK_V3_CONFIG = fileURLToPath(
  new URL("../../../../packages/catalog/fixtures/hf-configs/deepseek-v3.json", import.meta.url),
);

interface CostResultJson {
  model: string;
  modelSource: string;
  contextTokens: number;
  kvBytes: number;
}

let workDir = "";

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "planner-cost-"));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Copies the DeepSeek-V3 fixture to `relativePath` under the test folder and returns the full path. */
function deepseekCopy(relativePath: string): string {
  const path = join(workDir, relativePath);
  mkdirSync(join(path, ".."), { recursive: true });
  copyFileSync(DEEPSEEK_V3_CONFIG, path);
  return path;
}

/** Runs `planner cost … --json` on h800 at 8K, expects success and returns the results. */
async function costResults(models: readonly string[]): Promise<CostResultJson[]> {
  const result = await runPlanner(["cost", ...models.flatMap((model) => ["--model", model]), "--context", "8K", "--hardware", "h800", "--json"]);

  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { results: CostResultJson[] }).results;
}

/** Runs `planner cost` as a table on h800 at 8K and returns the first cell of each body row. */
async function tableModelCells(models: readonly string[]): Promise<string[]> {
  const result = await runPlanner(["cost", ...models.flatMap((model) => ["--model", model]), "--context", "8K", "--hardware", "h800"]);

  expect(result.code).toBe(0);
  const lines = result.stdout.split("\n");
  const rule = lines.findIndex((line) => line.startsWith("---"));
  const blank = lines.indexOf("", rule);
  return lines.slice(rule + 1, blank).map((line) => line.split(/\s{2,}/)[0]!);
}

describe("planner cost --model repeats", () => {
  it("one row for a repeated id", async () => {
    for (const models of [["deepseek-v3", "deepseek-v3"], ["deepseek-v3,deepseek-v3"]]) {
      const results = await costResults(models);

      expect(results.map((result) => result.model)).toEqual(["deepseek-v3"]);
      expect(results[0]!.modelSource).toBe("built-in");
    }
  });

  it("one row for one file named twice", async () => {
    const path = deepseekCopy("same/deepseek-v3.json");
    const respelled = join(workDir, "same", "..", "same", "deepseek-v3.json");

    const results = await costResults([path, respelled, path]);

    expect(results).toHaveLength(1);
    expect(results[0]!.modelSource).toBe(path);
  });

  it("file and built-in with one id stay apart", async () => {
    const path = deepseekCopy("file/deepseek-v3.json");

    const results = await costResults([path, "deepseek-v3"]);
    const cells = await tableModelCells([path, "deepseek-v3"]);

    expect(results.map((result) => `${result.model} ${result.modelSource}`)).toEqual([`deepseek-v3 ${path}`, "deepseek-v3 built-in"]);
    expect(cells).toEqual([`deepseek-v3 (${path})`, "deepseek-v3 (built-in)"]);
  });

  it("two files with one id are labelled by path", async () => {
    const first = deepseekCopy("first/deepseek-v3.json");
    const second = deepseekCopy("second/deepseek-v3.json");

    const cells = await tableModelCells([first, second]);
    const results = await costResults([first, second]);

    expect(cells).toEqual([`deepseek-v3 (${first})`, `deepseek-v3 (${second})`]);
    expect(results.map((result) => result.modelSource)).toEqual([first, second]);
    expect(results[0]!.kvBytes).toBe(results[1]!.kvBytes);
  });

  it("distinct ids keep plain labels", async () => {
    const path = deepseekCopy("plain/deepseek-v3.json");

    expect(await tableModelCells([path, "step-3", "qwen3-32b"])).toEqual(["deepseek-v3", "step-3", "qwen3-32b"]);
  });

  it("import notes name the labelled row", async () => {
    const path = deepseekCopy("notes/deepseek-v3.json");

    const result = await runPlanner(["cost", "--model", path, "--model", "deepseek-v3", "--context", "8K", "--hardware", "h800"]);

    expect(result.stdout).toContain(`deepseek-v3 (${path}): Skipped 1 multi-token-prediction layer(s)`);
  });
});

describe("planner cost --model paths a user types", () => {
  it("a model folder names the config.json inside it", async () => {
    const folder = join(workDir, "Qwen3-8B");
    mkdirSync(folder, { recursive: true });

    for (const spelling of [folder, `${folder}/`]) {
      const result = await runPlanner(["cost", "--model", spelling, "--hardware", "h800"]);

      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`planner: Model file ${spelling} is a directory. Pass the config.json inside it, such as ${folder}/config.json.\n`);
    }
  });

  it("a config.json path with a comma is one model", async () => {
    const path = deepseekCopy("runs/v3,fp8/config.json");

    const result = await runPlanner(["cost", "--model", path, "--context", "8K", "--hardware", "h800", "--json"]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { results } = JSON.parse(result.stdout) as { results: { modelSource: string }[] };
    expect(results.map((row) => row.modelSource)).toEqual([path]);
    const list = await runPlanner(["cost", "--model", "step-3,qwen3-32b", "--context", "8K", "--hardware", "h800", "--json"]);
    expect((JSON.parse(list.stdout) as { results: unknown[] }).results).toHaveLength(2);
  });

  it("a Hugging Face repository id says to download its config.json", async () => {
    const result = await runPlanner(["cost", "--model", "Qwen/Qwen3-8B", "--hardware", "h800"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Qwen/Qwen3-8B" looks like a Hugging Face repository id');
    expect(result.stderr).toContain("https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json");
  });

  it("a wrong-case --price id names the lower-case id", async () => {
    const wrongCase = await runPlanner(["cost", "--model", "step-3", "--hardware", "h800", "--price", "H800=2"]);
    const missing = await runPlanner(["cost", "--model", "step-3", "--hardware", "h800", "--price", "h20=2"]);

    expect(wrongCase.code).toBe(2);
    expect(wrongCase.stderr).toContain('Invalid --price for "H800": it is not in --hardware (h800). Did you mean "h800"? Ids are lower case.');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Invalid --price for "h20": it is not in --hardware (h800). Add it to --hardware.');
  });

  it("a path ending in .JSON is a file, not a built-in id", async () => {
    const path = deepseekCopy("upper/DEEPSEEK.JSON");
    const relative = "DEEPSEEK.JSON";

    expect((await costResults([path]))[0]!.modelSource).toBe(path);
    const result = await runPlanner(["cost", "--model", relative, "--hardware", "h800"]);
    expect(result.stderr).toContain(`Model file not found: ${relative}.`);
  });
});

describe("planner cost on newly imported families", () => {
  const fixture = (file: string) => fileURLToPath(new URL(`../../../../packages/catalog/fixtures/hf-configs/${file}`, import.meta.url));

  it("Phi-4 and OLMo 3 price like their layers", async () => {
    const [phi, olmo] = await costResults([fixture("phi-4.json"), fixture("olmo-3.1-32b-instruct.json")]);

    expect(phi!.model).toBe("phi-4");
    expect(phi!.kvBytes).toBe(40 * 2 * 10 * 128 * 8192);
    // 48 sliding layers hold 4096 keys at 8K, 16 full layers all 8192.
    expect(olmo!.kvBytes).toBe((48 * 4096 + 16 * 8192) * 2 * 8 * 128);
  });

  it("Qwen3-Next prices GDN state and gated GQA", async () => {
    const [qwen] = await costResults([fixture("qwen3-next-80b-a3b.class-defaults.json")]);

    expect(qwen!.model).toBe("qwen3-next-80b-a3b.class-defaults");
    // 12 GQA layers · 2 · 2 KV heads · 256 · 8192 tokens at FP8, plus 36 GDN layers reading and
    // writing 32 · 128 · 128 FP32 state elements: 100,663,296 + 150,994,944 bytes.
    expect(qwen!.kvBytes).toBe(251_658_240);
  });

  it("defaulted fields name their source", async () => {
    const result = await runPlanner(["cost", "--model", fixture("llama-3.1-8b-instruct.json"), "--hardware", "h800"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "llama-3.1-8b-instruct: head_dim defaulted to 128, from LlamaConfig (head_dim is hidden_size / num_attention_heads).",
    );
  });

  it("Qwen3.5 imports from its multimodal file", async () => {
    const [qwen] = await costResults([fixture("qwen3.5-9b.json")]);

    // 8 GQA layers · 2 · 4 KV heads · 256 · 8192 at FP8, plus 24 GDN layers of 2 · 32 · 128 · 128 · 4.
    expect(qwen!.kvBytes).toBe(8 * 2 * 4 * 256 * 8192 + 24 * 2 * 32 * 128 * 128 * 4);
  });
});

describe("planner cost --state-dtype", () => {
  it("rejected without linear attention", async () => {
    const one = await runPlanner(["cost", "--model", "qwen3-32b", "--hardware", "h800", "--state-dtype", "bf16"]);
    const two = await runPlanner(["cost", "--model", "qwen3-32b,deepseek-v3", "--hardware", "h800", "--state-dtype", "fp16"]);

    expect(one.code).toBe(2);
    expect(one.stdout).toBe("");
    expect(one.stderr).toContain("--state-dtype bf16 sets the element type of linear-attention states, and qwen3-32b has no linear-attention layer, so it would change nothing.");
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("and none of qwen3-32b, deepseek-v3 has a linear-attention layer");
  });

  it("applies to the models with linear attention", async () => {
    const fp32 = await costResults(["qwen3-32b", "minimax-m1"]);
    const result = await runPlanner(["cost", "--model", "qwen3-32b,minimax-m1", "--context", "8K", "--hardware", "h800", "--state-dtype", "bf16", "--json"]);
    const bf16 = (JSON.parse(result.stdout) as { results: CostResultJson[] }).results;

    expect(result.code).toBe(0);
    expect(bf16[0]!.kvBytes).toBe(fp32[0]!.kvBytes);
    // 70 lightning layers read and write a 64 · 128 · 128 state, in 2 bytes instead of 4.
    expect(fp32[1]!.kvBytes - bf16[1]!.kvBytes).toBe(70 * 2 * 64 * 128 * 128 * 2);
  });
});

describe("planner cost --mla-flops", () => {
  it("rejected without MLA", async () => {
    const result = await runPlanner(["cost", "--model", "qwen3-32b,step-3", "--hardware", "h800", "--mla-flops", "mla-576-pv512"]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "--mla-flops mla-576-pv512 sets how the attention FLOPs of MLA layers are counted, and none of qwen3-32b, step-3 has an MLA layer",
    );
  });

  it("the default needs no MLA", async () => {
    expect((await costResults(["qwen3-32b"]))[0]!.model).toBe("qwen3-32b");
  });
});

describe("planner cost repeated flags", () => {
  for (const [flag, first, second] of [
    ["--kv-dtype", "fp8", "bf16"],
    ["--state-dtype", "fp32", "bf16"],
    ["--mla-flops", "mla-576", "mla-576-pv512"],
    ["--roofline", "perKind", "modelTotal"],
  ] as const) {
    it(`rejects ${flag} twice`, async () => {
      const result = await runPlanner(["cost", "--model", "kimi-linear", "--hardware", "h800", flag, first, `${flag}=${second}`]);

      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Invalid ${flag}: given 2 times. Give it once.`);
    });
  }

  it("rejects twice without the command word", async () => {
    const result = await runPlanner(["--model", "qwen3-32b", "--hardware", "h800", "--kv-dtype", "fp8", "--kv-dtype", "bf16"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Invalid --kv-dtype: given 2 times. Give it once.");
  });
});

describe("planner cost prices", () => {
  it("prints a tiny price with significant digits, not 0.0000", async () => {
    const args = ["cost", "--model", "qwen3-32b", "--context", "8K", "--hardware", "h800", "--price", "h800=0.0001"];
    const json = await runPlanner([...args, "--json"]);
    expect(json.code).toBe(0);
    const { results } = JSON.parse(json.stdout) as { results: { hardware: { colocatedUsdPerMillionTokens: number }[] }[] };
    const usd = results[0]!.hardware[0]!.colocatedUsdPerMillionTokens;
    expect(usd).toBeGreaterThan(0);
    expect(usd).toBeLessThan(0.001);

    const table = await runPlanner(args);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(usd.toPrecision(3));
    expect(table.stdout).not.toMatch(/\b0\.0000\b/);
  });
});

describe("planner cost --price in the table", () => {
  it("notes supplied and replaced prices", async () => {
    const result = await runPlanner(["cost", "--model", "step-3", "--hardware", "h800,h100", "--price", "h800=3,h100=2.5"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Prices from --price, in USD per card-hour: h800 3 in place of the catalog's 2, h100 2.5.");
  });

  it("no note without --price", async () => {
    const result = await runPlanner(["cost", "--model", "step-3", "--hardware", "h800"]);

    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("--price,");
  });
});

interface PricedResultJson {
  model: string;
  contextTokens: number;
  kvBytes: number;
  attentionFlops: number;
  linearFlops: number;
  ffnFlops: number;
  hardware: { acceleratorId: string; attentionUsdPerMillionTokens: number; ffnUsdPerMillionTokens: number; colocatedUsdPerMillionTokens: number }[];
  afd: { attentionAcceleratorId: string; ffnAcceleratorId: string; usdPerMillionTokens: number };
}

/** Price in USD per card-hour, cost-model peak FLOP/s and HBM bytes/s of the Step-3 report's table of accelerators. */
const REPORT_CARDS: Record<string, [number, number, number]> = {
  h800: [2.0, 1.98e15, 3.35e12],
  h20: [0.8, 2.96e14, 4.0e12],
  a800: [0.75, 3.12e14, 2.0e12],
};

/** Totals of one decoded token, written out from the per-layer formulas of the Step-3 report's cost model. */
interface HandTotals {
  kvBytes: number;
  attentionFlops: number;
  linearFlops: number;
  ffnFlops: number;
}

/** DeepSeek-V3 (mla-576): 61 MLA layers of 128 heads, 3 dense layers of 18432 and 58 MoE layers of 8 + 1 experts of 2048. */
function deepseekV3(contextTokens: number): HandTotals {
  const [layers, width, heads] = [61, 7168, 128];
  const projections = width * 1536 + 1536 * heads * (128 + 64) + width * (512 + 64) + 512 * heads * (128 + 128) + heads * 128 * width;
  return {
    kvBytes: layers * 576 * contextTokens,
    attentionFlops: layers * 4 * heads * 576 * contextTokens,
    linearFlops: layers * 2 * projections,
    ffnFlops: 3 * 2 * 3 * width * 18432 + 58 * 2 * (8 + 1) * 3 * width * 2048,
  };
}

/** Qwen3-235B-A22B: 94 GQA layers of 64 query and 4 KV heads of 128, and 94 MoE layers of 8 experts of 1536. */
function qwen3Moe(contextTokens: number): HandTotals {
  const [layers, width, queryHeads, kvHeads, headDim] = [94, 4096, 64, 4, 128];
  return {
    kvBytes: layers * 2 * kvHeads * headDim * contextTokens,
    attentionFlops: layers * 4 * queryHeads * headDim * contextTokens,
    linearFlops: layers * 2 * (2 * width * queryHeads * headDim + 2 * width * kvHeads * headDim),
    ffnFlops: layers * 2 * 8 * 3 * width * 1536,
  };
}

describe("planner cost against the formulas", () => {
  for (const [model, totals] of [
    ["deepseek-v3", deepseekV3],
    ["qwen3-235b-a22b", qwen3Moe],
  ] as const) {
    it(`${model} at 8K and 32K`, async () => {
      const args = ["cost", "--model", model, "--context", "8K,32K", "--hardware", "h800,h20,a800", "--json"];
      const result = await runPlanner(args);
      expect(result.code).toBe(0);
      const rows = (JSON.parse(result.stdout) as { results: PricedResultJson[] }).results;

      expect(rows.map((row) => row.contextTokens)).toEqual([8192, 32768]);
      for (const row of rows) {
        const expected = totals(row.contextTokens);
        expect(row.kvBytes).toBe(expected.kvBytes);
        expect(row.attentionFlops).toBe(expected.attentionFlops);
        expect(row.linearFlops).toBe(expected.linearFlops);
        expect(row.ffnFlops).toBe(expected.ffnFlops);

        const attentionUsd: Record<string, number> = {};
        const ffnUsd: Record<string, number> = {};
        for (const cost of row.hardware) {
          const [price, peak, bandwidth] = REPORT_CARDS[cost.acceleratorId]!;
          const usdPerFlop = price / 3600 / peak;
          const usdPerByte = price / 3600 / bandwidth;
          attentionUsd[cost.acceleratorId] =
            (Math.max(expected.attentionFlops * usdPerFlop, expected.kvBytes * usdPerByte) + expected.linearFlops * usdPerFlop) * 1e6;
          ffnUsd[cost.acceleratorId] = expected.ffnFlops * usdPerFlop * 1e6;

          expect(cost.attentionUsdPerMillionTokens).toBeCloseTo(attentionUsd[cost.acceleratorId]!, 14);
          expect(cost.ffnUsdPerMillionTokens).toBeCloseTo(ffnUsd[cost.acceleratorId]!, 14);
          expect(cost.colocatedUsdPerMillionTokens).toBeCloseTo(attentionUsd[cost.acceleratorId]! + ffnUsd[cost.acceleratorId]!, 14);
        }
        expect(row.afd.usdPerMillionTokens).toBeCloseTo(Math.min(...Object.values(attentionUsd)) + Math.min(...Object.values(ffnUsd)), 14);
      }
    });
  }

  it("DeepSeek-V3 totals match the worked example", () => {
    // Checks the hand formulas themselves against the DeepSeek-V3 totals at 8K that the roofline tests pin.
    expect(deepseekV3(8192)).toEqual({
      kvBytes: 287_834_112,
      attentionFlops: 147_371_065_344,
      linearFlops: 22_826_844_160,
      ffnFlops: 48_356_130_816,
    });
  });
});

describe("planner cost --help", () => {
  it("states the K and M multipliers", async () => {
    const result = await runPlanner(["cost", "--help"]);

    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\s+/g, " ")).toContain("such as 8192, 8K (8 × 1024) or 1M (1024 × 1024)");
  });

  it("--context 1M is 1024 × 1024 tokens", async () => {
    const result = await runPlanner(["cost", "--model", "step-3", "--context", "1M", "--hardware", "h800", "--json"]);

    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { results: { contextTokens: number }[] }).results[0]!.contextTokens).toBe(1_048_576);
  });
});
