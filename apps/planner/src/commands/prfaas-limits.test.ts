import { describe, expect, it } from "vitest";

import { runPlanner } from "../test-support.js";
import { MAX_FULL_LOG_REQUESTS, MAX_SUMMARY_LOG_REQUESTS, parseRequestCount } from "./prfaas-limits.js";

describe("planner prfaas numeric limits", () => {
  it.each([
    [["simulate", "--requests", "100000000"], 'Invalid --requests "100000000": the maximum is 1,000,000 requests per run when every request is kept. For up to 10,000,000, pass --request-log summary'],
    [["simulate", "--requests", "100000000", "--request-log", "summary"], 'Invalid --requests "100000000": the maximum is 10,000,000 requests per run.'],
    [["sweep", "--over", "rate", "--values", "1", "--requests", "100000000"], 'Invalid --requests "100000000": the maximum is 1,000,000 requests per run'],
    [["simulate", "--link-gbps", "0.000000001", "--requests", "5", "--policy", "prfaas"], 'Invalid --link-gbps "0.000000001": expected a link rate from 1 to 1,000,000 Gbit/s'],
    [["simulate", "--link-gbps", "10000000", "--requests", "5"], 'Invalid --link-gbps "10000000": expected a link rate from 1 to 1,000,000 Gbit/s'],
    [["sweep", "--over", "bandwidth", "--values", "100,0.000000001", "--requests", "5"], 'Invalid --values "0.000000001": expected a link rate from 1 to 1,000,000 Gbit/s'],
    [["simulate", "--rate", "0.0000000001", "--requests", "100"], "Invalid --rate 1e-10 req/s: 100 requests would arrive over about 1.0e+12 s, and the maximum is 1e+8 s. Raise the rate to at least 0.000001 req/s or lower --requests."],
    [["sweep", "--over", "rate", "--values", "2,0.0000000001", "--requests", "100"], "Invalid --values 1e-10 req/s: 100 requests would arrive over about"],
    [["sweep", "--over", "threshold", "--rate", "0.0000000001", "--values", "19400", "--requests", "100"], "Invalid --rate 1e-10 req/s"],
    [["sweep", "--over", "threshold", "--values", Array.from({ length: 101 }, (_, index) => 1000 + index).join(","), "--requests", "5"], "Invalid --values: 101 values, and the maximum is 100 per sweep."],
  ])("rejects prfaas %j", async (args, message) => {
    const result = await runPlanner(["prfaas", ...args]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`planner: ${message}`);
  });

  it.each(["0x10", "-5", "1.5", "NaN", "1e3", "", " "])("rejects --requests %j", async (value) => {
    const result = await runPlanner(["prfaas", "simulate", "--requests", value]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Invalid --requests");
  });

  it.each([
    ["--rate", "0x10"],
    ["--rate", "-1"],
    ["--rate", "NaN"],
    ["--link-gbps", "0x64"],
    ["--link-gbps", "-100"],
    ["--link-gbps", "Infinity"],
    ["--threshold", "19400.5"],
    ["--threshold", "0x4bc8"],
  ])("rejects simulate %s %j", async (flag, value) => {
    const result = await runPlanner(["prfaas", "simulate", "--requests", "5", flag, value]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Invalid ${flag} "${value}"`);
  });

  it("accepts request counts up to the bounds", () => {
    expect(parseRequestCount(String(MAX_FULL_LOG_REQUESTS), "full")).toBe(MAX_FULL_LOG_REQUESTS);
    expect(parseRequestCount(String(MAX_SUMMARY_LOG_REQUESTS), "summary")).toBe(MAX_SUMMARY_LOG_REQUESTS);
    expect(() => parseRequestCount(String(MAX_FULL_LOG_REQUESTS + 1), "full")).toThrow(/--request-log summary/);
  });

  it("runs a sweep at the slowest link rate", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "bandwidth", "--values", "1", "--requests", "20", "--json"]);

    expect(result.code).toBe(0);
    const [row] = JSON.parse(result.stdout) as { bandwidth: number }[];
    expect(row!.bandwidth).toBe(1);
  });
});
