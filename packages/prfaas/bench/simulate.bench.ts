// Benchmark of the simulator on 1,000,000 synthetic requests of the case-study preset, against
// generating the same requests alone (the baseline, measured in the same run). The bench also
// writes simulated requests per second and peak memory to bench/summary.json, which
// scripts/record-benchmarks.mjs renders on the benchmarks page.
import { writeFileSync } from "node:fs";

import { afterAll, bench, describe } from "vitest";

import { generateWorkload, getPreset, presetSimulationConfig, presetWorkload, resolvePreset, simulate, type PolicyId } from "../src/index.js";

const REQUESTS = 1_000_000;
/** 2.2 req/s is below every policy's saturation rate except homogeneous PD's, so queues stay bounded. */
const RATE_PER_SECOND = 2.2;
const resolved = resolvePreset(getPreset("case-study"));
const workload = presetWorkload(resolved, RATE_PER_SECOND, REQUESTS);
/** The latest measurement per policy; tinybench may call a task more than once. */
const measured = new Map<PolicyId, { name: string; value: string }[]>();
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

function run(policy: PolicyId): void {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const start = performance.now();
  const result = simulate(presetSimulationConfig(resolved, policy, { onProgress: sample, progressEvery: 50_000 }), generateWorkload(workload, 1));
  const seconds = (performance.now() - start) / 1000;
  sample();
  const rate = result.metrics.finished / seconds;
  measured.set(policy, [
    { name: `${policy}: simulated requests per second`, value: Math.round(rate).toLocaleString("en-US") },
    { name: `${policy}: simulated requests per minute`, value: Math.round(rate * 60).toLocaleString("en-US") },
    { name: `${policy}: peak heap (MiB)`, value: (peakHeap / 2 ** 20).toFixed(0) },
    { name: `${policy}: peak RSS (MiB)`, value: (peakRss / 2 ** 20).toFixed(0) },
    { name: `${policy}: request log (MiB, about 69 B per finished request)`, value: ((result.log.length * 69) / 2 ** 20).toFixed(0) },
  ]);
}

describe(`simulate 1,000,000 case-study requests at ${RATE_PER_SECOND} req/s`, () => {
  bench(
    "baseline: generate the requests only",
    () => {
      let count = 0;
      for (const request of generateWorkload(workload, 1)) count += request.outputTokens > 0 ? 1 : 0;
      if (count !== REQUESTS) throw new Error(`generated ${count} requests`);
    },
    once,
  );
  bench("simulate prfaas", () => run("prfaas"), once);
  bench("simulate naive-heterogeneous", () => run("naive-heterogeneous"), once);
});

afterAll(() => {
  writeFileSync(
    new URL("./summary.json", import.meta.url),
    `${JSON.stringify({ title: `Simulator on ${REQUESTS.toLocaleString("en-US")} synthetic requests (one core, Node ${process.version})`, rows: [...measured.values()].flat() }, null, 2)}\n`,
  );
});
