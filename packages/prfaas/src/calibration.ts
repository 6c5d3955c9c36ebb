import { evaluateThroughput } from "./analytical-model.js";
import { CASE_STUDY_H200_PROFILE, PUBLISHED_OPERATING_POINT } from "./case-study.js";
import { rooflineDecode } from "./decode-model.js";
import { searchOperatingPoint } from "./grid-search.js";
import { CASE_STUDY_PRESET, CASE_STUDY_ROOFLINE_DECODE, resolvePreset, type PrfaasPreset } from "./presets.js";

/** The fitted values of the `case-study` preset and how far the fit lands from its targets. */
export interface CaseStudyCalibration {
  h20RelativeEfficiency: number;
  bsMax: number;
  stepTimeS: number;
  /** The analytical optimum (t and N_p free) with the fitted values. */
  optimum: { thresholdTokens: number; pdPrefillInstances: number; pdDecodeInstances: number; offloadShare: number };
  /** Distance of the optimum from the published point: t − 19,400 tokens and p − 0.5. */
  residual: { thresholdTokens: number; offloadShare: number };
}

/**
 * Fits the two unpublished quantities of the case study so that the analytical model's own
 * optimum lands on the published operating point (3 PD-P, 5 PD-D, t ≈ 19,400, about half
 * offloaded). Nothing is fitted to throughput.
 *
 * 1. `h20RelativeEfficiency` by bisection on its logarithm, so that at 3 PD-P and t = 19,400
 *    both prefill paths saturate together: Θ_prfaas / p = Θ_pd-p / (1 − p).
 * 2. T_decode stays at the roofline step time of {@link rooflineDecode}, and BS_max is rounded so one PD-D
 *    instance serves about d requests/s with d = Λ₃ · (1/4 + 1/5) / 2, the middle of the range
 *    [Λ₃/5, Λ₃/4] in which 5 PD-D instances do not bind at 3 PD-P and 4 PD-D instances would
 *    bind at 4 PD-P (Λ₃ is the balanced prefill rate at 3 PD-P). The roofline's own BS_max
 *    leaves decode about 12 times too cheap for that split.
 */
export function calibrateCaseStudy(base: PrfaasPreset = CASE_STUDY_PRESET): CaseStudyCalibration {
  const target = PUBLISHED_OPERATING_POINT;
  const withEfficiency = (relativeEfficiency: number): PrfaasPreset => ({
    ...base,
    prfaasProfile: base.prfaasProfile ?? CASE_STUDY_H200_PROFILE,
    pdPrefill: { kind: "roofline-split", relativeEfficiency },
    decode: CASE_STUDY_ROOFLINE_DECODE,
  });
  const prefillBounds = (relativeEfficiency: number) => {
    const resolved = resolvePreset(withEfficiency(relativeEfficiency));
    const result = evaluateThroughput({
      lengths: resolved.lengths,
      outputTokens: base.workload.outputTokens,
      thresholdTokens: target.thresholdTokens,
      prfaasInstances: base.prfaas.prfaasInstances,
      pdPrefillInstances: target.pdPrefillInstances,
      pdDecodeInstances: target.pdDecodeInstances,
      prfaasPrefill: resolved.prfaasPrefill,
      pdPrefill: resolved.pdPrefill,
      decode: resolved.decode,
      egressBitsPerSecond: base.link.gbps * 1e9 * base.link.efficiency,
      serviceTime: "at-mean-length",
    });
    const p = result.offloadShare;
    return { prfaas: result.prfaasRequestsPerSecond / p, pdPrefill: result.pdPrefillRequestsPerSecond / (1 - p), resolved };
  };

  let low = Math.log(0.05);
  let high = Math.log(20);
  for (let iteration = 0; iteration < 60; iteration++) {
    const middle = (low + high) / 2;
    const bounds = prefillBounds(Math.exp(middle));
    // A faster PD-P (larger efficiency) raises its bound; stop where the two bounds meet.
    if (bounds.pdPrefill < bounds.prfaas) low = middle;
    else high = middle;
  }
  const h20RelativeEfficiency = Math.exp((low + high) / 2);
  const balanced = prefillBounds(h20RelativeEfficiency);
  const balancedRate = Math.min(balanced.prfaas, balanced.pdPrefill);

  const roofline = rooflineDecode({
    accelerator: balanced.resolved.pdAccelerator,
    gpus: base.gpusPerInstance,
    kvBytes: (tokens) => balanced.resolved.prfaasPrefill.kvBytes(tokens),
    meanInputTokens: balanced.resolved.lengths.meanTokens,
    outputTokens: base.workload.outputTokens,
    weightBytes: CASE_STUDY_ROOFLINE_DECODE.weightBytes,
    activeParameters: CASE_STUDY_ROOFLINE_DECODE.activeParameters,
    memoryUtilization: CASE_STUDY_ROOFLINE_DECODE.memoryUtilization,
    bandwidthEfficiency: CASE_STUDY_ROOFLINE_DECODE.bandwidthEfficiency,
    flopEfficiency: CASE_STUDY_ROOFLINE_DECODE.flopEfficiency,
  });
  const perInstance = (balancedRate * (1 / 4 + 1 / 5)) / 2;
  const stepTimeS = roofline.stepTimeS;
  const bsMax = Math.max(1, Math.round(perInstance * stepTimeS * base.workload.outputTokens));

  const fitted = resolvePreset({
    ...withEfficiency(h20RelativeEfficiency),
    decode: { kind: "constant", bsMax, stepTimeS },
  });
  const optimum = searchOperatingPoint({
    lengths: fitted.lengths,
    outputTokens: base.workload.outputTokens,
    prfaasInstances: base.prfaas.prfaasInstances,
    pdInstances: target.pdPrefillInstances + target.pdDecodeInstances,
    prfaasPrefill: fitted.prfaasPrefill,
    pdPrefill: fitted.pdPrefill,
    decode: fitted.decode,
    egressBitsPerSecond: base.link.gbps * 1e9 * base.link.efficiency,
    serviceTime: "at-mean-length",
  });
  return {
    h20RelativeEfficiency,
    bsMax,
    stepTimeS,
    optimum: {
      thresholdTokens: optimum.thresholdTokens,
      pdPrefillInstances: optimum.pdPrefillInstances,
      pdDecodeInstances: optimum.pdDecodeInstances,
      offloadShare: optimum.result.offloadShare,
    },
    residual: { thresholdTokens: optimum.thresholdTokens - target.thresholdTokens, offloadShare: optimum.result.offloadShare - 0.5 },
  };
}
