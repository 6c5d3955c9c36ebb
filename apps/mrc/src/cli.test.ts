// End-to-end checks of the built CLI: the real process, its exit code and its output streams.
// The turbo test task builds dist/ first. When running vitest directly, build first.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { beforeAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function mrc(args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 30_000 });
  if (result.error !== undefined) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found: build the mrc app first (npx -y pnpm@10.34.9 build).`);
});

describe("mrc cli.js", () => {
  it("header --json exits 0", () => {
    const result = mrc(["header", "packages/cryoet/fixtures/emd_3197.map.gz", "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).header.nxstart).toBe(-2);
  });

  it("header of a short data block exits 0", () => {
    // mrcfile-header prints the header of such a file too, because it reads no data.
    const result = mrc(["header", "packages/cryoet/fixtures/parity/data-short.mrc"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("NX 5  NY 4  NZ 3");
    expect(result.stdout).toContain("warning (check 7): File is 1257 bytes, but the header describes");
  });

  it("PNG exits 1", () => {
    const result = mrc(["header", "packages/cryoet/fixtures/parity/not-mrc.png"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("It starts like a PNG image");
  });

  it("validate of an invalid file exits 1", () => {
    expect(mrc(["validate", "packages/cryoet/fixtures/EMD-3197.map"]).code).toBe(1);
  });

  it("unknown command exits 2", () => {
    const result = mrc(["headr", "x"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("header");
  });

  it("zarr onto its input keeps it", () => {
    const dir = mkdtempSync(join(tmpdir(), "mrc-cli-js-"));
    try {
      const input = join(dir, "a.mrc");
      copyFileSync(join(REPO_ROOT, "packages/cryoet/fixtures/EMD-3197.map"), input);
      const result = mrc(["zarr", input, input, "--force"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("is the input file");
      expect(statSync(input).isFile()).toBe(true);
      expect(readFileSync(input)).toEqual(readFileSync(join(REPO_ROOT, "packages/cryoet/fixtures/EMD-3197.map")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("version exits 0", () => {
    expect(mrc(["--version"]).stdout).toBe("0.1.0\n");
  });
});
