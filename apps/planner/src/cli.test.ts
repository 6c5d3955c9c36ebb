// End-to-end checks of the built CLI: the real process, its exit code and its output streams.
// The turbo test task builds dist/ first. When running vitest directly, build first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function planner(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 30_000 });
  if (result.error !== undefined) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let workDir: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found: build the planner first (npx -y pnpm@10.34.9 build).`);
  workDir = mkdtempSync(join(tmpdir(), "planner-cli-test-"));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe("planner cli.js", () => {
  it("default job exits 0", () => {
    const result = planner([]);

    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("at 8,192 tokens of context");
    expect(result.stdout).toContain("at 32,768 tokens of context");
    expect(result.stdout).toMatch(/^step-3 +255\.9 /m);
  });

  it("DeepSeek-V3 JSON by id and path", () => {
    for (const model of ["deepseek-v3", "packages/catalog/fixtures/hf-configs/deepseek-v3.json"]) {
      const result = planner(["cost", "--model", model, "--context", "8192", "--json"]);
      const [row] = (JSON.parse(result.stdout) as { results: { kvBytes: number; attentionFlops: number }[] }).results;

      expect(result.code, model).toBe(0);
      expect(row!.kvBytes, model).toBe(287_834_112);
      expect(row!.attentionFlops, model).toBe(147_371_065_344);
    }
  });

  it("negative context exits 2", () => {
    const result = planner(["cost", "--context", "-5"]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('Invalid --context "-5"');
  });

  it("unknown model exits 2", () => {
    const result = planner(["cost", "--model", "gpt-5"]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('Unknown model "gpt-5"');
  });

  it("unknown model suggests a config path", () => {
    const result = planner(["cost", "--model", "DeepSeek-V3"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown model "DeepSeek-V3". Did you mean "deepseek-v3"? Ids are lower case.');
    expect(result.stderr).toContain("For another model, pass the path of its Hugging Face config.json.");
    expect(result.stderr).not.toContain("importHfConfig");
  });

  it("malformed JSON exits 2", () => {
    const path = join(workDir, "broken.json");
    writeFileSync(path, "{");
    const result = planner(["cost", "--model", path]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Invalid JSON in ${path}`);
  });

  it("unknown flag exits 2", () => {
    const result = planner(["--nope"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--nope");
  });

  it("help and version exit 0", () => {
    const help = planner(["--help"]);
    const version = planner(["--version"]);

    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: planner");
    expect(version.code).toBe(0);
    expect(version.stdout).toBe("0.1.0\n");
  });
});
