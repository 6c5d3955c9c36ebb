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

  it("Qwen3.5 imports from its multimodal file", async () => {
    const [qwen] = await costResults([fixture("qwen3.5-9b.json")]);

    // 8 GQA layers · 2 · 4 KV heads · 256 · 8192 at FP8, plus 24 GDN layers of 2 · 32 · 128 · 128 · 4.
    expect(qwen!.kvBytes).toBe(8 * 2 * 4 * 256 * 8192 + 24 * 2 * 32 * 128 * 128 * 4);
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
