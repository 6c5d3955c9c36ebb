import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { calibrateCaseStudy } from "./calibration.js";
import { PUBLISHED_OPERATING_POINT } from "./case-study.js";
import { caseStudyReport, renderCaseStudyReport } from "./case-study-report.js";
import { modelPolicies } from "./policy-model.js";
import { CASE_STUDY_CALIBRATION, CASE_STUDY_PRESET, getPreset, resolvePreset } from "./presets.js";

describe("case-study calibration", () => {
  const fitted = calibrateCaseStudy();

  it("re-fits the recorded values", () => {
    expect(fitted.h20RelativeEfficiency).toBeCloseTo(CASE_STUDY_CALIBRATION.h20RelativeEfficiency, 3);
    expect(fitted.bsMax).toBe(CASE_STUDY_CALIBRATION.bsMax);
    expect(fitted.stepTimeS).toBeCloseTo(CASE_STUDY_CALIBRATION.stepTimeS, 5);
  });

  it("puts the optimum on the published point", () => {
    expect(fitted.optimum.pdPrefillInstances).toBe(PUBLISHED_OPERATING_POINT.pdPrefillInstances);
    expect(fitted.optimum.pdDecodeInstances).toBe(PUBLISHED_OPERATING_POINT.pdDecodeInstances);
    expect(Math.abs(fitted.residual.thresholdTokens)).toBeLessThanOrEqual(100);
    expect(Math.abs(fitted.residual.offloadShare)).toBeLessThan(0.01);
  });

  it("keeps the preset's own search on the published point", () => {
    const [, , prfaas] = modelPolicies(resolvePreset(CASE_STUDY_PRESET), { prfaasPoint: "search-all" });
    expect([prfaas!.pdPrefillInstances, prfaas!.thresholdTokens]).toEqual([3, 19_400]);
  });
});

describe("case-study model", () => {
  it("ranks PrfaaS above naive above homogeneous", () => {
    for (const serviceTime of ["at-mean-length", "mean-of-service"] as const) {
      const [homogeneous, naive, prfaas] = modelPolicies(resolvePreset(CASE_STUDY_PRESET), { serviceTime });
      expect(prfaas!.maxRequestsPerSecond).toBeGreaterThan(naive!.maxRequestsPerSecond);
      expect(naive!.maxRequestsPerSecond).toBeGreaterThan(homogeneous!.maxRequestsPerSecond);
    }
  });

  it("ranks the fixed published point below naive under roofline decode", () => {
    const roofline = resolvePreset({ ...CASE_STUDY_PRESET, pdPrefill: { kind: "roofline-split", relativeEfficiency: 1 } });
    const [, naive, fixed] = modelPolicies(roofline, { prfaasPoint: "fixed" });
    expect(fixed!.result.bottleneck).toBe("pd-prefill");
    expect(fixed!.maxRequestsPerSecond).toBeLessThan(naive!.maxRequestsPerSecond);
  });

  it("rejects an unknown preset", () => {
    expect(() => getPreset("paper")).toThrow(/Unknown preset "paper": the presets are case-study/);
  });

  it("rejects a report without seeds", () => {
    expect(() => caseStudyReport(CASE_STUDY_PRESET, 100, [])).toThrow(/^Invalid seeds \[\]: expected at least one workload seed/);
  });
});

describe("case-study page", () => {
  it("matches the simulator over seeds and the committed page", () => {
    const report = caseStudyReport();
    const [homogeneous, naive, prfaas] = report.rows;
    for (const row of report.rows) {
      expect(Math.abs(row.simulated.mean / row.modelMeanOfServiceRequestsPerSecond - 1)).toBeLessThan(0.1);
      expect(row.simulatedRequestsPerSecondBySeed).toHaveLength(report.seeds.length);
      // Seeds give different saturation rates; the page must report that spread, not one seed.
      expect(row.simulated.max).toBeGreaterThan(row.simulated.min);
    }
    // Every seed ranks the policies the same way, not only the means.
    report.seeds.forEach((_, index) => {
      expect(prfaas!.simulatedRequestsPerSecondBySeed[index]).toBeGreaterThan(naive!.simulatedRequestsPerSecondBySeed[index]!);
      expect(naive!.simulatedRequestsPerSecondBySeed[index]).toBeGreaterThan(homogeneous!.simulatedRequestsPerSecondBySeed[index]!);
    });
    const page = readFileSync(new URL("../docs/case-study.md", import.meta.url), "utf8");
    expect(page).toBe(renderCaseStudyReport(report));
  }, 300_000);
});
