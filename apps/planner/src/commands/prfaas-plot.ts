// SVG plots of simulation results with Vega-Lite: TTFT CDFs per policy and link utilisation
// over time. Vega renders headless to SVG in Node without a canvas.
import type { SimulationResult } from "@modelsys/prfaas";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

import { downsampleTimeline } from "./prfaas-plot-timeline.js";

/** Points per CDF line: enough to look smooth, few enough to keep the SVG small. */
const CDF_POINTS = 200;

/** Maximum points per link-utilisation line, about two per pixel of the 560-pixel-wide plot. */
const LINK_POINTS = 1000;

/** Renders TTFT CDFs (first token) and link utilisation of each run as one SVG document. */
export async function renderSimulationPlot(runs: readonly { policy: string; result: SimulationResult }[]): Promise<string> {
  const cdf: { policy: string; ttftMs: number; fraction: number }[] = [];
  const link: { policy: string; timeS: number; utilisation: number }[] = [];
  for (const { policy, result } of runs) {
    const { log, metrics } = result;
    const ttft = new Float64Array(log.length);
    for (let index = 0; index < log.length; index++) ttft[index] = (log.times.firstTokenUs[index]! - log.times.arrivalUs[index]!) / 1000;
    ttft.sort();
    for (let point = 0; point <= CDF_POINTS && ttft.length > 0; point++) {
      const index = Math.min(ttft.length - 1, Math.round((point / CDF_POINTS) * (ttft.length - 1)));
      cdf.push({ policy, ttftMs: ttft[index]!, fraction: (index + 1) / ttft.length });
    }
    for (const point of downsampleTimeline(metrics.link.utilisation, metrics.link.bucketSeconds, LINK_POINTS)) link.push({ policy, timeS: point.timeS, utilisation: point.value });
  }

  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    vconcat: [
      {
        title: "TTFT (first token) CDF",
        width: 560,
        height: 260,
        data: { values: cdf },
        mark: "line",
        encoding: {
          x: { field: "ttftMs", type: "quantitative", title: "TTFT (ms)", scale: { type: "log" } },
          y: { field: "fraction", type: "quantitative", title: "fraction of requests" },
          color: { field: "policy", type: "nominal" },
        },
      },
      {
        title: "PrfaaS-to-PD link utilisation",
        width: 560,
        height: 200,
        data: { values: link },
        mark: "line",
        encoding: {
          x: { field: "timeS", type: "quantitative", title: "time (s)" },
          y: { field: "utilisation", type: "quantitative", title: "utilisation", scale: { domain: [0, 1] } },
          color: { field: "policy", type: "nominal" },
        },
      },
    ],
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  return view.toSVG();
}
