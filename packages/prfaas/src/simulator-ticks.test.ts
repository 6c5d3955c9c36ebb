import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { parseAzureTrace } from "./azure-trace.js";
import { parseMooncakeTrace } from "./mooncake-trace.js";
import { presetSimulationConfig } from "./preset-simulation.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import type { WorkloadRequest } from "./request.js";
import { runSimulation } from "./simulator.js";
import type { SimulationConfig } from "./simulator-config.js";

const resolved = resolvePreset(CASE_STUDY_PRESET);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/traces/${name}`, import.meta.url), "utf8");

/** Runs `requests` with quiet ticks skipped and with a tick every period, and returns both. */
function bothSchedules(config: SimulationConfig, requests: readonly WorkloadRequest[], requestLog: "full" | "summary" = "full") {
  const skipping = runSimulation(config, requests, { recordTransfers: true, requestLog });
  const everyPeriod = runSimulation(config, requests, { recordTransfers: true, requestLog }, { everyPeriod: true });
  return { skipping, everyPeriod };
}

describe("control ticks of a quiet span", () => {
  it.each([
    ["mooncake_conversation_trace.jsonl", parseMooncakeTrace],
    ["AzureLLMInferenceTrace_code_2023.csv", parseAzureTrace],
    ["AzureLLMInferenceTrace_conv_2023.csv", parseAzureTrace],
  ] as const)("leave the results of %s unchanged", (name, parse) => {
    const requests = parse(fixture(name)).requests;
    const { skipping, everyPeriod } = bothSchedules(presetSimulationConfig(resolved, "prfaas"), requests);

    expect(skipping.result).toEqual(everyPeriod.result);
    expect(skipping.controlTicks).toBeLessThanOrEqual(everyPeriod.controlTicks);
  });

  it("leave the results of sparse generated workloads unchanged", () => {
    const request = fc.record({
      gapUs: fc.constantFrom(0, 1000, 1_000_000, 7_000_000, 3e7, 2e8),
      inputTokens: fc.constantFrom(1, 500, 5000, 20_000, 60_000, 200_000),
      outputTokens: fc.constantFrom(0, 1, 50, 1024),
      sharedBlocks: fc.nat(4),
    });
    const settings = fc.record({
      thresholdTokens: fc.constantFrom(500, 19_400, 60_000),
      controlLoop: fc.constantFrom({}, { periodMs: 250 }, { periodMs: 333.3335 }, { adaptivePlacement: true, smoothing: 0.1 }, { queueMargin: 0 }),
      placement: fc.constantFrom("bandwidth-scarce" as const, "bandwidth-plentiful" as const),
      gbps: fc.constantFrom(1, 20, 100),
      layerwisePipelining: fc.boolean(),
      bandwidthProfile: fc.constantFrom(
        { kind: "constant" as const },
        { kind: "fluctuating" as const, periodS: 3, sigma: 0.5 },
        { kind: "steps" as const, steps: [{ atS: 40, factor: 0.3 }, { atS: 400, factor: 1 }] },
      ),
      timelineBucketSeconds: fc.constantFrom(0.5, 1, 7),
      timelineMaxBuckets: fc.constantFrom(64, 2 ** 20),
      requestLog: fc.constantFrom("full" as const, "summary" as const),
    });
    let runsThatSkipped = 0;
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 25 }), settings, (rows, setting) => {
        let arrivalUs = 0;
        const requests = rows.map((row, index): WorkloadRequest => {
          arrivalUs += row.gapUs;
          const blocks = Math.ceil(row.inputTokens / 512);
          // The first `sharedBlocks` ids are common to every request, so prompts share prefixes.
          const hashIds = Array.from({ length: blocks }, (_, block) => (block < row.sharedBlocks ? block : 1000 * (index + 1) + block));
          return { arrivalUs, inputTokens: row.inputTokens, outputTokens: row.outputTokens, hashIds };
        });
        const { requestLog, gbps, layerwisePipelining, bandwidthProfile, ...rest } = setting;
        const config = presetSimulationConfig(resolved, "prfaas", { ...rest, link: { gbps, layerwisePipelining, bandwidthProfile } });
        const { skipping, everyPeriod } = bothSchedules(config, requests, requestLog);

        expect(skipping.result).toEqual(everyPeriod.result);
        if (skipping.controlTicks < everyPeriod.controlTicks) runsThatSkipped++;
      }),
      { numRuns: 60 },
    );
    // The property tests the skipping only if quiet spans occur in the generated workloads.
    expect(runsThatSkipped).toBeGreaterThan(10);
  });

  it("cost O(requests) ticks for a 2^31 − 1 token prompt", () => {
    // A threshold above every prompt keeps the request on PD-P, so the link stays idle through
    // a prefill of about 1.6 · 10^9 simulated seconds.
    const config = presetSimulationConfig(resolved, "prfaas", { thresholdTokens: 2 ** 31 - 1 });
    const run = runSimulation(config, [{ arrivalUs: 0, inputTokens: 2 ** 31 - 1, outputTokens: 4 }]);

    expect(run.result.metrics.finished).toBe(1);
    expect(run.result.metrics.durationSeconds).toBeGreaterThan(1e9);
    expect(run.controlTicks).toBeLessThanOrEqual(4);
    expect(run.eventsProcessed).toBeLessThanOrEqual(10);
  });

  it("cost O(requests) ticks for a 2^31 − 1 token output", () => {
    // About 6.7 · 10^7 simulated seconds of decode at 31 ms per step, with the link idle.
    const run = runSimulation(presetSimulationConfig(resolved, "prfaas"), [{ arrivalUs: 0, inputTokens: 1000, outputTokens: 2 ** 31 - 1 }]);

    expect(run.result.metrics.durationSeconds).toBeGreaterThan(6e7);
    expect(run.controlTicks).toBeLessThanOrEqual(4);
  });

  it("tick only while an offloaded transfer uses the link", () => {
    // Without pipelining, the 2^31 − 1 token KV crosses the link after the prefill: about 3.7 · 10^13
    // bytes at 12.5 · 10^9 bytes/s, so about 3,000 ticks against 4 · 10^8 seconds of prefill.
    const config = presetSimulationConfig(resolved, "prfaas", { link: { gbps: 100, layerwisePipelining: false } });
    const run = runSimulation(config, [{ arrivalUs: 0, inputTokens: 2 ** 31 - 1, outputTokens: 4 }]);
    const transferSeconds = run.result.metrics.link.sentBytes / 12.5e9;

    expect(run.result.metrics.offloadShare).toBe(1);
    expect(run.result.metrics.durationSeconds).toBeGreaterThan(1e8);
    expect(run.controlTicks).toBeLessThanOrEqual(transferSeconds + 5);
  });
});
