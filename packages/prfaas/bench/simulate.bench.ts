// Benchmark of the simulator on 1,000,000 synthetic requests of the case-study preset, against
// generating the same requests alone (the baseline, measured in the same run). Each policy runs
// with the request log in full mode (every request kept) and in summary mode (fixed-size
// accumulators). The bench
// also writes simulated requests per second and peak memory to bench/summary.json, which
// scripts/record-benchmarks.mjs renders on the benchmarks page. Peak heap is sampled every 50,000
// finished requests and includes garbage not yet collected, so it is an upper estimate.
import { writeFileSync } from "node:fs";

import { afterAll, bench, describe } from "vitest";

import { generateWorkload, getPreset, presetSimulationConfig, presetWorkload, resolvePreset, simulate, type PolicyId } from "../src/index.js";

const REQUESTS = 1_000_000;
/** 2.2 req/s is below every policy's saturation rate except homogeneous PD's, so queues stay bounded. */
const RATE_PER_SECOND = 2.2;
const resolved = resolvePreset(getPreset("case-study"));
const workload = presetWorkload(resolved, RATE_PER_SECOND, REQUESTS);
type RequestLogMode = "full" | "summary";
/** The latest measurement per policy and mode; tinybench may call a task more than once. */
const measured = new Map<string, { name: string; value: string }[]>();
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

function run(policy: PolicyId, requestLog: RequestLogMode): void {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const start = performance.now();
  const result = simulate(presetSimulationConfig(resolved, policy, { onProgress: sample, progressEvery: 50_000 }), generateWorkload(workload, 1), { requestLog });
  const seconds = (performance.now() - start) / 1000;
  sample();
  const rate = result.metrics.finished / seconds;
  const label = `${policy}, ${requestLog} log`;
  const retained =
    result.log !== null
      ? { name: `${label}: request log (MiB, about 69 B per finished request)`, value: ((result.log.length * 69) / 2 ** 20).toFixed(0) }
      : { name: `${label}: summary sketches (KiB)`, value: (result.summary.retainedBytes / 1024).toFixed(1) };
  measured.set(label, [
    { name: `${label}: simulated requests per second`, value: Math.round(rate).toLocaleString("en-US") },
    { name: `${label}: simulated requests per minute`, value: Math.round(rate * 60).toLocaleString("en-US") },
    { name: `${label}: peak heap (MiB)`, value: (peakHeap / 2 ** 20).toFixed(0) },
    { name: `${label}: peak RSS (MiB)`, value: (peakRss / 2 ** 20).toFixed(0) },
    retained,
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
  bench("simulate prfaas, summary log", () => run("prfaas", "summary"), once);
  bench("simulate prfaas, full log", () => run("prfaas", "full"), once);
  bench("simulate naive-heterogeneous, summary log", () => run("naive-heterogeneous", "summary"), once);
  bench("simulate naive-heterogeneous, full log", () => run("naive-heterogeneous", "full"), once);
});

afterAll(() => {
  writeFileSync(
    new URL("./summary.json", import.meta.url),
    `${JSON.stringify({ title: `Simulator on ${REQUESTS.toLocaleString("en-US")} synthetic requests (one core, Node ${process.version})`, rows: [...measured.values()].flat() }, null, 2)}\n`,
  );
});
