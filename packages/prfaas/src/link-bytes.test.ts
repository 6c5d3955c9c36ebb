// Bytes on each direction of the cross-cluster link: every transfer is counted once, and prefix
// copies toward PrfaaS show up in the reverse direction.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { parseMooncakeTrace } from "./mooncake-trace.js";
import { presetSimulationConfig } from "./preset-simulation.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import type { PolicyId } from "./policy-id.js";
import { simulate } from "./simulator.js";

const resolved = resolvePreset(CASE_STUDY_PRESET);
const trace = parseMooncakeTrace(readFileSync(new URL("../fixtures/traces/mooncake_conversation_trace.jsonl", import.meta.url), "utf8"));
const requests = trace.requests.slice(0, 3000);

function run(policy: PolicyId) {
  return simulate(presetSimulationConfig(resolved, policy), requests, { recordTransfers: true });
}

describe("link bytes", () => {
  it.each<PolicyId>(["prfaas", "mooncake-ttft", "naive-heterogeneous"])("conserve transfers under %s", (policy) => {
    const result = run(policy);
    const transferred = result.transfers!.reduce((sum, transfer) => sum + transfer.bytes, 0);

    expect(result.metrics.link.sentBytes + result.metrics.link.reverseSentBytes).toBeCloseTo(transferred, -3);
  });

  it("counts prefix copies toward PrfaaS", () => {
    const link = run("mooncake-ttft").metrics.link;

    expect(link.reverseSentBytes).toBeGreaterThan(0);
    expect(link.sentBytes).toBeGreaterThan(0);
  });

  it("is idle under homogeneous PD", () => {
    const link = run("homogeneous-pd").metrics.link;

    expect(link.sentBytes).toBe(0);
    expect(link.reverseSentBytes).toBe(0);
  });

  it("has no reverse traffic under prfaas", () => {
    expect(run("prfaas").metrics.link.reverseSentBytes).toBe(0);
  });
});
