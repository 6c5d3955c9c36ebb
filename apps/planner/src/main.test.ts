import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { listAcceleratorIds, listModelIds } from "@modelsys/catalog";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runPlanner } from "./test-support.js";

const DEEPSEEK_V3_CONFIG = fileURLToPath(
  new URL("../../../packages/catalog/fixtures/hf-configs/deepseek-v3.json", import.meta.url),
);
const REPORT_HARDWARE = ["h800", "h20", "a800", "ascend-910b"];

/** Step-3 at 8K, from the Step-3 report's worked example. */
const STEP3 = { kvBytes: 255_852_544, attentionFlops: 32_749_125_632, linearFlops: 20_660_092_928, ffnFlops: 53_288_632_320 };

const run = runPlanner;

interface HardwareCostJson {
  acceleratorId: string;
  priced: boolean;
  attentionUsdPerMillionTokens: number | null;
  ffnUsdPerMillionTokens: number | null;
  colocatedUsdPerMillionTokens: number | null;
  attentionBound: string;
}

interface ResultJson {
  model: string;
  contextTokens: number;
  kvBytes: number;
  attentionFlops: number;
  linearFlops: number;
  ffnFlops: number;
  arithmeticIntensityFlopsPerByte: number;
  kvBytesPerContextToken: number;
  hardware: HardwareCostJson[];
  afd: { attentionAcceleratorId: string; ffnAcceleratorId: string; usdPerMillionTokens: number } | null;
  importNotes: string[];
}

/** Runs `planner cost … --json`, expects success and returns the parsed results. */
async function costJson(argv: readonly string[]): Promise<ResultJson[]> {
  const result = await run(["cost", ...argv, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { results: ResultJson[] }).results;
}

function hardwareCost(result: ResultJson, id: string): HardwareCostJson {
  const found = result.hardware.find((cost) => cost.acceleratorId === id);
  if (found === undefined) throw new Error(`no cost for ${id} in ${result.model}`);
  return found;
}

/** Step-3 cost at 8K in USD per 1M tokens, from the cost-model formulas. */
function expectedStep3Cost(priceUsdPerHour: number, peakFlopsPerSecond: number, bandwidthBytesPerSecond: number) {
  const usdPerFlop = priceUsdPerHour / 3600 / peakFlopsPerSecond;
  const usdPerByte = priceUsdPerHour / 3600 / bandwidthBytesPerSecond;
  const attention =
    Math.max(STEP3.attentionFlops * usdPerFlop, STEP3.kvBytes * usdPerByte) + STEP3.linearFlops * usdPerFlop;
  const ffn = STEP3.ffnFlops * usdPerFlop;
  return { attention: attention * 1e6, ffn: ffn * 1e6, colocated: (attention + ffn) * 1e6 };
}

interface ParsedTable {
  title: string;
  header: string;
  rows: string[];
  /** [start, end) of each column, from the dashes of the rule line. */
  columns: [number, number][];
}

/** Splits human output into its tables: a header line, a rule of dashes and the rows up to a blank line. */
function parseTables(text: string): ParsedTable[] {
  const lines = text.split("\n");
  const tables: ParsedTable[] = [];
  lines.forEach((line, index) => {
    if (!/^-+( +-+)*$/.test(line)) return;

    const columns = [...line.matchAll(/-+/g)].map((match): [number, number] => [match.index, match.index + match[0].length]);
    const rows: string[] = [];
    for (let next = index + 1; next < lines.length && lines[next] !== ""; next++) rows.push(lines[next]!);
    tables.push({ title: lines[index - 2] ?? "", header: lines[index - 1]!, rows, columns });
  });
  return tables;
}

function cellsOf(table: ParsedTable, line: string): string[] {
  return table.columns.map(([start, end]) => line.slice(start, end).trim());
}

/** Checks that every line of `table` keeps to the rule's columns and the rule fits the widest cell. */
function expectAligned(table: ParsedTable): void {
  const lines = [table.header, ...table.rows];
  for (const line of lines) {
    const lastEnd = table.columns.at(-1)![1];
    expect(line.length, line).toBeLessThanOrEqual(lastEnd);
    table.columns.forEach(([start], column) => {
      if (column === 0) return;
      const gap = line.slice(table.columns[column - 1]![1], start);
      expect(gap.trim(), `text between columns ${column - 1} and ${column} of "${line}"`).toBe("");
    });
  }

  table.columns.forEach(([start, end], column) => {
    const widest = Math.max(...lines.map((line) => line.slice(start, end).trim().length));
    expect(widest, `width of column ${column} in "${table.header}"`).toBe(end - start);
  });
}

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "planner-main-test-"));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function writeTemp(name: string, text: string): string {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
}

describe("planner cost acceptance", () => {
  it("DeepSeek-V3 by catalog id", async () => {
    const [result, ...others] = await costJson(["--model", "deepseek-v3", "--context", "8192"]);

    expect(others).toEqual([]);
    expect(result!.model).toBe("deepseek-v3");
    expect(result!.contextTokens).toBe(8192);
    expect(result!.kvBytes).toBe(287_834_112);
    expect(result!.attentionFlops).toBe(147_371_065_344);
  });

  it("DeepSeek-V3 from its config.json", async () => {
    const [fromFile] = await costJson(["--model", DEEPSEEK_V3_CONFIG, "--context", "8192"]);
    const [builtIn] = await costJson(["--model", "deepseek-v3", "--context", "8192"]);

    expect(fromFile!.kvBytes).toBe(287_834_112);
    expect(fromFile!.attentionFlops).toBe(147_371_065_344);
    expect(fromFile!.linearFlops).toBe(builtIn!.linearFlops);
    expect(fromFile!.ffnFlops).toBe(builtIn!.ffnFlops);
    expect(fromFile!.hardware).toEqual(builtIn!.hardware);
    expect(fromFile!.importNotes.join("\n")).toContain("multi-token-prediction");
  });

  it("Step-3 figures on h800 and h20", async () => {
    const [result, ...others] = await costJson(["--model", "step-3", "--context", "8192", "--hardware", "h800,h20"]);

    expect(others).toEqual([]);
    expect(result!.kvBytes).toBe(STEP3.kvBytes);
    expect(result!.attentionFlops).toBe(STEP3.attentionFlops);
    expect(result!.linearFlops).toBe(STEP3.linearFlops);
    expect(result!.ffnFlops).toBe(STEP3.ffnFlops);
    expect(result!.arithmeticIntensityFlopsPerByte).toBe(128);
    expect(result!.hardware.map((cost) => cost.acceleratorId)).toEqual(["h800", "h20"]);
  });

  it("Step-3 costs follow the formulas", async () => {
    const [result] = await costJson(["--model", "step-3", "--context", "8192", "--hardware", "h800,h20"]);
    const h800 = hardwareCost(result!, "h800");
    const h20 = hardwareCost(result!, "h20");
    const expectedH800 = expectedStep3Cost(2.0, 1.98e15, 3.35e12);
    const expectedH20 = expectedStep3Cost(0.8, 2.96e14, 4.0e12);

    expect(h800.attentionUsdPerMillionTokens).toBeCloseTo(expectedH800.attention, 14);
    expect(h800.ffnUsdPerMillionTokens).toBeCloseTo(expectedH800.ffn, 14);
    expect(h800.colocatedUsdPerMillionTokens).toBeCloseTo(expectedH800.colocated, 14);
    expect(h800.attentionBound).toBe("memory");
    expect(h20.attentionUsdPerMillionTokens).toBeCloseTo(expectedH20.attention, 14);
    expect(h20.ffnUsdPerMillionTokens).toBeCloseTo(expectedH20.ffn, 14);
    expect(h20.colocatedUsdPerMillionTokens).toBeCloseTo(expectedH20.colocated, 14);
    expect(h20.attentionBound).toBe("compute");
    expect(result!.afd!.attentionAcceleratorId).toBe("h20");
    expect(result!.afd!.ffnAcceleratorId).toBe("h800");
    expect(result!.afd!.usdPerMillionTokens).toBeCloseTo(expectedH20.attention + expectedH800.ffn, 14);
  });
});

describe("planner cost options", () => {
  it("8K means 8192 tokens", async () => {
    const [result] = await costJson(["--model", "step-3", "--context", "8K"]);

    expect(result!.contextTokens).toBe(8192);
    expect(result!.kvBytes).toBe(STEP3.kvBytes);
  });

  it("rows per context, then per model", async () => {
    const results = await costJson(["--model", "step-3,deepseek-v3", "--model", "qwen3-32b", "--context", "8192", "--context", "1K,0"]);

    expect(results.map((result) => `${result.contextTokens} ${result.model}`)).toEqual([
      "8192 step-3",
      "8192 deepseek-v3",
      "8192 qwen3-32b",
      "1024 step-3",
      "1024 deepseek-v3",
      "1024 qwen3-32b",
      "0 step-3",
      "0 deepseek-v3",
      "0 qwen3-32b",
    ]);
  });

  it("--kv-dtype bf16 doubles KV bytes", async () => {
    const [fp8] = await costJson(["--model", "qwen3-235b-a22b", "--context", "8192"]);
    const [bf16] = await costJson(["--model", "qwen3-235b-a22b", "--context", "8192", "--kv-dtype", "bf16"]);

    expect(fp8!.kvBytesPerContextToken).toBe(96_256);
    expect(bf16!.kvBytesPerContextToken).toBe(2 * 96_256);
    expect(bf16!.kvBytes).toBe(2 * fp8!.kvBytes);
  });

  it("--mla-flops mla-576-pv512", async () => {
    const [result] = await costJson(["--model", "deepseek-v3", "--context", "8192", "--mla-flops", "mla-576-pv512"]);

    expect(result!.attentionFlops).toBe(139_183_783_936);
    expect(result!.arithmeticIntensityFlopsPerByte.toFixed(1)).toBe("483.6");
  });

  it("--roofline modelTotal for Kimi Linear", async () => {
    const [perKind] = await costJson(["--model", "kimi-linear", "--context", "8192", "--hardware", "h20"]);
    const [modelTotal] = await costJson(["--model", "kimi-linear", "--context", "8192", "--hardware", "h20", "--roofline", "modelTotal"]);

    expect(hardwareCost(perKind!, "h20").attentionBound).toBe("mixed");
    expect(hardwareCost(perKind!, "h20").attentionUsdPerMillionTokens!).toBeGreaterThan(
      hardwareCost(modelTotal!, "h20").attentionUsdPerMillionTokens! * 1.001,
    );
  });
});

describe("planner usage errors", () => {
  const paths = {
    malformed: () => join(workDir, "malformed.json"),
    withoutHeads: () => join(workDir, "deepseek-v3-without-heads.json"),
    missing: () => join(workDir, "no-such-config.json"),
    directory: () => join(workDir, "a-directory"),
    malformedKey: () => join(workDir, "malformed-key.json"),
    huge: () => join(workDir, "huge.json"),
  };

  beforeAll(() => {
    writeFileSync(paths.malformed(), '{ "architectures": ["DeepseekV3ForCausalLM"], "hidden_size": ');
    const config = JSON.parse(readFileSync(DEEPSEEK_V3_CONFIG, "utf8")) as Record<string, unknown>;
    delete config["num_attention_heads"];
    writeFileSync(paths.withoutHeads(), JSON.stringify(config));
    mkdirSync(paths.directory(), { recursive: true });
    writeFileSync(paths.malformedKey(), '{"a\\x": 1}');
    // A sparse 5 MiB file of NUL bytes, above the 4 MiB limit for a config.json.
    writeFileSync(paths.huge(), "");
    truncateSync(paths.huge(), 5 * 1024 * 1024);
  });

  // Each case: a name, the arguments, and the texts stderr must contain, one of which names the bad value.
  const cases: [string, () => string[], () => string[]][] = [
    ["unknown model id", () => ["cost", "--model", "no-such-model"], () => ['"no-such-model"', "step-3"]],
    ["empty model for prefill", () => ["prefill", "--model", "", "--tokens", "8K", "--hardware", "h800"], () => ['Invalid --model ""', "planner models"]],
    ["empty model for afd", () => ["afd", "--model", " "], () => ['Invalid --model " "']],
    ["malformed JSON file", () => ["cost", "--model", paths.malformed()], () => ["Invalid JSON", paths.malformed()]],
    ["config without num_attention_heads", () => ["cost", "--model", paths.withoutHeads()], () => ['"num_attention_heads"', paths.withoutHeads()]],
    ["model file not found", () => ["cost", "--model", paths.missing()], () => [paths.missing()]],
    ["model path is a directory", () => ["cost", "--model", paths.directory()], () => [paths.directory()]],
    ["model file with a malformed key", () => ["cost", "--model", paths.malformedKey()], () => ["Invalid JSON", paths.malformedKey()]],
    ["model file above 4 MiB", () => ["cost", "--model", paths.huge()], () => [paths.huge(), "larger than 4 MiB"]],
    ["empty item in a context list", () => ["cost", "--context", "8K,,32K"], () => ['"8K,,32K"', "item 2 of the list is empty"]],
    ["trailing comma in a hardware list", () => ["cost", "--hardware", "h800,"], () => ['"h800,"', "item 2 of the list is empty"]],
    ["two models for prefill", () => ["prefill", "--model", "step-3,deepseek-v3", "--tokens", "8K", "--hardware", "h800"], () => ['"step-3,deepseek-v3"', "planner prefill takes one model"]],
    ["two models for afd", () => ["afd", "--model", "step-3,deepseek-v3"], () => ["planner afd takes one model"]],
    ["two models for kv", () => ["kv", "--model", "step-3,deepseek-v3", "--context", "8K"], () => ["planner kv takes one model"]],
    ["negative context", () => ["cost", "--context", "-5"], () => ['"-5"']],
    ["negative context with equals", () => ["cost", "--context=-5"], () => ['"-5"']],
    ["negative context without command", () => ["--context", "-5"], () => ['"-5"']],
    ["non-numeric context", () => ["cost", "--context", "abc"], () => ['"abc"']],
    ["fractional context", () => ["cost", "--context", "8.5K"], () => ['"8.5K"']],
    ["empty context list", () => ["cost", "--context", ","], () => ["--context"]],
    ["unknown hardware id", () => ["cost", "--hardware", "h900"], () => ['"h900"', "h800"]],
    ["empty hardware list", () => ["cost", "--hardware", ","], () => ["--hardware"]],
    ["empty model list", () => ["cost", "--model", ","], () => ["--model"]],
    ["unknown flag", () => ["cost", "--bogus"], () => ["--bogus"]],
    ["unknown KV element type", () => ["cost", "--kv-dtype", "fp7"], () => ['"fp7"', "bf16"]],
    ["unknown state element type", () => ["cost", "--state-dtype", "fp7"], () => ['"fp7"']],
    ["unknown MLA convention", () => ["cost", "--mla-flops", "mla-1024"], () => ["mla-1024"]],
    ["non-numeric price", () => ["cost", "--price", "h100=abc"], () => ["h100=abc"]],
    ["zero price", () => ["cost", "--price", "h800=0", "--hardware", "h800"], () => ["h800=0", "above 0"]],
    ["price with an exponent", () => ["cost", "--price", "h800=1e3", "--hardware", "h800"], () => ["h800=1e3", "plain decimal"]],
    ["price with a unit", () => ["cost", "--price", "h800=2.5/h", "--hardware", "h800"], () => ["h800=2.5/h", "no sign, unit or exponent"]],
    ["price without an id", () => ["cost", "--price", "2.5", "--hardware", "h800"], () => ['"2.5"', "<hardware id>=<USD per card-hour>"]],
    ["hardware id in upper case", () => ["cost", "--hardware", "H800"], () => ['"H800"', 'Did you mean "h800"?']],
    ["price outside --hardware", () => ["cost", "--price", "h100=2.5"], () => ['"h100"', "--hardware"]],
    ["unknown command", () => ["modles"], () => ['"modles"', "models"]],
    ["command one edit away", () => ["afdx"], () => ['"afdx"', 'Did you mean "afd"?']],
  ];

  for (const [name, argv, expectedTexts] of cases) {
    it(`exit 2: ${name}`, async () => {
      const result = await run(argv());

      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      for (const text of expectedTexts()) {
        expect(result.stderr).toContain(text);
      }
      expect(result.stderr).not.toContain("    at ");
    });
  }

  it("missing field message names the file", async () => {
    const config = JSON.parse(readFileSync(DEEPSEEK_V3_CONFIG, "utf8")) as Record<string, unknown>;
    delete config["num_attention_heads"];
    const path = writeTemp("no-heads.json", JSON.stringify(config));
    const result = await run(["cost", "--model", path, "--context", "8192"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^planner: Missing field "num_attention_heads" in .*no-heads\.json/);
    expect(result.stderr).not.toContain("    at ");
  });

  it("help and version exit 0", async () => {
    const help = await run(["--help"]);
    const costHelp = await run(["cost", "--help"]);
    const version = await run(["--version"]);

    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: planner");
    for (const command of ["cost", "models", "hardware"]) expect(help.stdout).toContain(command);
    expect(costHelp.code).toBe(0);
    for (const flag of ["--model", "--context", "--hardware", "--price", "--kv-dtype", "--json"]) {
      expect(costHelp.stdout).toContain(flag);
    }
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe("0.1.0");
  });
});

describe("planner default job", () => {
  it("prints 8K and 32K tables", async () => {
    const result = await run([]);
    const tables = parseTables(result.stdout);

    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(tables.map((table) => table.title)).toEqual([
      expect.stringContaining("at 8,192 tokens of context"),
      expect.stringContaining("at 32,768 tokens of context"),
    ]);
    for (const table of tables) {
      const headerCells = cellsOf(table, table.header);

      expect(table.rows.map((row) => cellsOf(table, row)[0])).toEqual(listModelIds());
      expect(headerCells.filter((cell) => listAcceleratorIds().includes(cell))).toEqual(REPORT_HARDWARE);
      expect(result.stdout).not.toContain("no price");
    }
  });

  it("same as cost without flags", async () => {
    const bare = await run([]);
    const cost = await run(["cost"]);
    const explicit = await run(["cost", "--context", "8192,32768", "--hardware", REPORT_HARDWARE.join(",")]);

    expect(cost.stdout).toBe(bare.stdout);
    expect(explicit.stdout).toBe(bare.stdout);
  });

  it("tables are aligned", async () => {
    const tables = parseTables((await run([])).stdout);

    expect(tables).toHaveLength(2);
    for (const table of tables) expectAligned(table);
  });

  it("cells match the JSON figures", async () => {
    const [table] = parseTables((await run(["--context", "8192"])).stdout);
    const results = await costJson(["--context", "8192"]);
    const header = cellsOf(table!, table!.header);
    const column = (title: string) => header.indexOf(title);

    expect(table!.rows).toHaveLength(results.length);
    table!.rows.forEach((row, index) => {
      const cells = cellsOf(table!, row);
      const result = results[index]!;

      expect(cells[column("model")]).toBe(result.model);
      expect(cells[column("KV MB")]).toBe((result.kvBytes / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
      expect(cells[column("FLOP/B")]).toBe(result.arithmeticIntensityFlopsPerByte.toFixed(1));
      for (const id of REPORT_HARDWARE) {
        expect(cells[column(id)], `${result.model} on ${id}`).toBe(hardwareCost(result, id).colocatedUsdPerMillionTokens!.toFixed(4));
      }
      expect(cells[column("AFD (attention + FFN)")]).toBe(
        `${result.afd!.usdPerMillionTokens.toFixed(4)} (${result.afd!.attentionAcceleratorId} + ${result.afd!.ffnAcceleratorId})`,
      );
    });
  });

  it("alignment check can fail", () => {
    const table = parseTables("t\n\nid  value\n--  -----\nab      1\nabc     2\n")[0]!;

    expect(() => expectAligned(table)).toThrow();
  });
});

describe("planner unpriced accelerators", () => {
  it("h100 without a price", async () => {
    const result = await run(["cost", "--model", "step-3", "--context", "8192", "--hardware", "h100"]);
    const [table] = parseTables(result.stdout);
    const cells = cellsOf(table!, table!.rows[0]!);
    const header = cellsOf(table!, table!.header);

    expect(result.code).toBe(0);
    expect(cells[header.indexOf("h100")]).toBe("no price");
    expect(cells[header.indexOf("AFD (attention + FFN)")]).toBe("no price");
    expect(result.stdout).toContain("No public price for h100");
    expect(result.stdout).toContain("--price");
  });

  it("h100 without a price in JSON", async () => {
    const [result] = await costJson(["--model", "step-3", "--context", "8192", "--hardware", "h100"]);
    const h100 = hardwareCost(result!, "h100");

    expect(h100.priced).toBe(false);
    expect(h100.colocatedUsdPerMillionTokens).toBeNull();
    expect(result!.afd).toBeNull();
  });

  it("--price makes h100 priced", async () => {
    const text = await run(["cost", "--model", "step-3", "--context", "8192", "--hardware", "h800,h100", "--price", "h100=2.5"]);
    const [result] = await costJson(["--model", "step-3", "--context", "8192", "--hardware", "h800,h100", "--price", "h100=2.5"]);
    const h800 = hardwareCost(result!, "h800").colocatedUsdPerMillionTokens!;
    const h100 = hardwareCost(result!, "h100");

    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("no price");
    expect(h100.priced).toBe(true);
    expect(h100.colocatedUsdPerMillionTokens).toBeCloseTo(expectedStep3Cost(2.5, 1.979e15, 3.35e12).colocated, 14);
    // The H100 has the H800's HBM bandwidth but an FP8 peak of 1.979e15 instead of 1.98e15, so its
    // FLOP terms cost slightly more at the same price.
    expect(h100.colocatedUsdPerMillionTokens!).toBeGreaterThan(h800 * (2.5 / 2.0));
    expect(h100.colocatedUsdPerMillionTokens!).toBeLessThan(h800 * (2.5 / 2.0) * (1.98e15 / 1.979e15));
  });
});

describe("planner models and hardware", () => {
  it("models lists every id", async () => {
    const result = await run(["models"]);
    const [table] = parseTables(result.stdout);

    expect(result.code).toBe(0);
    expect(table!.rows.map((row) => cellsOf(table!, row)[0])).toEqual(listModelIds());
    expectAligned(table!);
  });

  it("models groups FFN layers alone", async () => {
    const [table] = parseTables((await run(["models"])).stdout);
    const header = cellsOf(table!, table!.header);
    const ffnOf = (id: string) =>
      cellsOf(table!, table!.rows.find((row) => cellsOf(table!, row)[0] === id)!)[header.indexOf("FFN")];

    expect(ffnOf("llama-4-maverick")).toBe("24× dense 16384 + 24× MoE 1/128 +1 shared");
    expect(ffnOf("minimax-m1")).toBe("80× MoE 2/32");
    expect(ffnOf("kimi-linear")).toBe("1× dense 9216 + 26× MoE 8/256 +1 shared");
    expect(ffnOf("step-3")).toBe("5× dense 18432 + 56× MoE 3/48 +1 shared");
  });

  it("models --json parses", async () => {
    const result = await run(["models", "--json"]);
    const models = JSON.parse(result.stdout) as { id: string; layers: unknown[] }[];

    expect(result.code).toBe(0);
    expect(models.map((model) => model.id)).toEqual(listModelIds());
    expect(models.find((model) => model.id === "step-3")!.layers).toHaveLength(61);
  });

  it("hardware lists every id", async () => {
    const result = await run(["hardware"]);
    const [table] = parseTables(result.stdout);

    expect(result.code).toBe(0);
    expect(table!.rows.map((row) => cellsOf(table!, row)[0])).toEqual(listAcceleratorIds());
    expectAligned(table!);
  });

  it("hardware lists unconfirmed figures", async () => {
    const result = await run(["hardware"]);

    expect(result.stdout).toContain("l20: Peak FLOP/s are unconfirmed");
    expect(result.stdout).toContain("ascend-910b: Capacity 64 GB is unconfirmed");
    expect(result.stdout).not.toContain("No public rental price");
  });

  it("hardware --json parses", async () => {
    const result = await run(["hardware", "--json"]);
    const accelerators = JSON.parse(result.stdout) as { id: string; priceUsdPerHour: number | null }[];

    expect(result.code).toBe(0);
    expect(accelerators.map((accelerator) => accelerator.id)).toEqual(listAcceleratorIds());
    expect(accelerators.find((accelerator) => accelerator.id === "h800")!.priceUsdPerHour).toBe(2);
    expect(accelerators.find((accelerator) => accelerator.id === "h100")!.priceUsdPerHour).toBeNull();
  });
});

describe("number flags", () => {
  it("rejects a hexadecimal price", async () => {
    const result = await run(["cost", "--model", "step-3", "--hardware", "h100", "--price", "h100=0x10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("h100=0x10");
  });

  it("rejects a context past the maximum", async () => {
    const result = await run(["cost", "--model", "step-3", "--context", "2048M"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("1,073,741,824");
  });

  it("rejects --max-instances past 64", async () => {
    const result = await run(["afd", "--model", "step-3", "--max-instances", "1000"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the maximum is 64");
  });
});
