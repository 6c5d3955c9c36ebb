import { describe, expect, it } from "vitest";

import { runPlanner } from "../test-support.js";
import { formatPrfaasJson } from "./prfaas-json.js";

describe("formatPrfaasJson", () => {
  it("writes non-finite numbers as null", () => {
    const text = formatPrfaasJson({ limit: Number.POSITIVE_INFINITY, floor: Number.NEGATIVE_INFINITY, missing: Number.NaN, rate: 2.5 });
    expect(JSON.parse(text)).toEqual({ limit: null, floor: null, missing: null, rate: 2.5 });
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("planner prfaas --json infinities", () => {
  it("model writes infinite threshold as null", async () => {
    const result = await runPlanner(["prfaas", "model", "--json"]);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { policy: string; thresholdTokens: number | null }[];
    expect(rows.find((row) => row.policy === "homogeneous-pd")!.thresholdTokens).toBeNull();
    expect(result.stdout).not.toContain("Infinity");
  });

  it("simulate writes infinities as null", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "homogeneous-pd", "--requests", "50", "--rate", "1", "--json"]);
    expect(result.code).toBe(0);
    type Run = { config: { cache: { capacityBytes: number | null } }; metrics: { threshold: { initialTokens: number | null; meanTokens: number | null } } };
    const [run] = JSON.parse(result.stdout) as Run[];
    expect(run!.config.cache.capacityBytes).toBeNull();
    expect(run!.metrics.threshold.initialTokens).toBeNull();
    expect(run!.metrics.threshold.meanTokens).toBeNull();
    expect(result.stdout).not.toContain("Infinity");
  });

  it("sweep writes infinite threshold as null", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "rate", "--values", "1", "--policy", "homogeneous-pd", "--requests", "50", "--json"]);
    expect(result.code).toBe(0);
    const [row] = JSON.parse(result.stdout) as { thresholdMeanTokens: number | null; thresholdFinalTokens: number | null }[];
    expect(row!.thresholdMeanTokens).toBeNull();
    expect(row!.thresholdFinalTokens).toBeNull();
    expect(result.stdout).not.toContain("Infinity");
  });
});
