/**
 * `@modelsys/prfaas`: Prefill-as-a-Service planning after Qin et al., "Prefill-as-a-Service:
 * KVCache of Next-Generation Models Could Go Cross-Datacenter" (arXiv:2604.15039). Trace loaders
 * and seeded workloads, a closed-form throughput model with a grid search, routing policies and a
 * discrete-event simulator of two clusters joined by a limited link.
 *
 * @example
 * ```ts
 * import { getPreset, modelPolicies, resolvePreset } from "@modelsys/prfaas";
 * const resolved = resolvePreset(getPreset("case-study"));
 * modelPolicies(resolved).map((entry) => [entry.policy, entry.maxRequestsPerSecond]);
 * ```
 */
export { PrfaasError, isPrfaasError, type PrfaasErrorCode, type PrfaasErrorOptions } from "./errors.js";
export { RandomStream } from "./random.js";
export type { Trace, WorkloadRequest } from "./request.js";
export type { TraceChunk, TraceSource } from "./trace-lines.js";
export { streamTrace, TraceStream, type TraceFormat } from "./trace-stream.js";
export { MOONCAKE_BLOCK_TOKENS, parseMooncakeTrace, readMooncakeTrace } from "./mooncake-trace.js";
export { parseAzureTimestampUs, parseAzureTrace, readAzureTrace } from "./azure-trace.js";
export { parseBurstGptTrace, readBurstGptTrace } from "./burstgpt-trace.js";
export type { ArrivalProcess, OutputLengths, SyntheticWorkload } from "./workload-spec.js";
export { generateWorkload, sampleGamma, sampleTruncatedLogNormal } from "./synthetic-workload.js";
export { spreadTiedArrivals, spreadTiedArrivalsLazily } from "./tie-spreading.js";
export {
  empiricalDistribution,
  logNormalDistribution,
  type LengthDistribution,
  type LogNormalLengths,
} from "./length-distribution.js";
export {
  fitProfile,
  tablePrefillModel,
  type PrefillCostModel,
  type ProfileFits,
  type ProfileRow,
  type TablePrefillModel,
} from "./prefill-profile.js";
export { rooflineSplitPrefillModel, type RooflineSplitOptions } from "./roofline-split.js";
export { estimatePrefillSeconds, rooflinePrefillModel, type RooflinePrefillOptions } from "./roofline-prefill.js";
export { theoreticalKvBytes, type KvStorage } from "./kv-bytes.js";
export { framedKvBytes } from "./framed-kv-bytes.js";
export {
  decodeRequestsPerSecond,
  rooflineDecode,
  type DecodeCapacity,
  type RooflineDecode,
  type RooflineDecodeOptions,
} from "./decode-model.js";
export {
  evaluateThroughput,
  type Bottleneck,
  type ServiceTimeMode,
  type ThroughputInput,
  type ThroughputResult,
} from "./analytical-model.js";
export { defaultThresholdGrid, searchOperatingPoint, type GridSearchInput, type OperatingPoint } from "./grid-search.js";
export { ANALYTICAL_POLICY_IDS, POLICY_IDS, type AnalyticalPolicyId, type PolicyId } from "./policy-id.js";
export { modelPolicies, type PolicyModelOptions, type PolicyThroughput } from "./policy-model.js";
export { CASE_STUDY_H200_PROFILE, PUBLISHED_GAINS, PUBLISHED_OPERATING_POINT } from "./case-study.js";
export {
  CASE_STUDY_CALIBRATION,
  CASE_STUDY_PRESET,
  CASE_STUDY_ROOFLINE_DECODE,
  PRESETS,
  getPreset,
  resolvePreset,
  type Assumption,
  type PrfaasPreset,
  type ResolvedPreset,
  type RooflineDecodeSettings,
} from "./presets.js";
export { calibrateCaseStudy, type CaseStudyCalibration } from "./calibration.js";
export { EVENT_PRIORITY, EventQueue, type SimulationEvent } from "./event-queue.js";
export { createBandwidthProfile, type BandwidthProfile, type BandwidthProfileSpec } from "./bandwidth-profile.js";
export { Link, type LinkTimeline, type LinkTransfer } from "./link.js";
export { PrefixCache, type PrefixCacheOptions, type StateSnapshots } from "./prefix-cache.js";
export type {
  ClusterId,
  ClusterStateView,
  ControlAction,
  ControlLoop,
  MetricsWindow,
  Placement,
  RequestView,
  RouteDecision,
  RoutingPolicy,
} from "./routing-policy.js";
export { bandwidthAwareLoop, type BandwidthLoopOptions } from "./control-loop.js";
export {
  createPolicy,
  homogeneousPdPolicy,
  mooncakeTtftPolicy,
  naiveHeterogeneousPolicy,
  prfaasPolicy,
  type PolicyOptions,
} from "./policies.js";
export { percentile, percentileOfSorted, summarize, weightedPercentile, type Percentiles } from "./percentile.js";
export { PATH_LOCAL, PATH_OFFLOADED, RequestLog, type RequestTimes } from "./request-log.js";
export { QuantileSketch } from "./quantile-sketch.js";
export { RequestSummary, SUMMARY_RELATIVE_ACCURACY, type FinishedRequestMetrics } from "./request-summary.js";
export type { SimulationMetrics } from "./metrics.js";
export type { ThresholdBounds, ThresholdChange, ThresholdInForce } from "./threshold-in-force.js";
export type { ProfileExtrapolation } from "./profile-extrapolation.js";
export type { SimulationConfig, Slo } from "./simulator-config.js";
export { FULL_TIMELINE_MAX_BUCKETS, simulate, SUMMARY_TIMELINE_MAX_BUCKETS, type ResolvedSimulationConfig, type RunOptions, type SimulationResult, type SummarySimulationResult } from "./simulator.js";
export { presetSimulationConfig, presetWorkload } from "./preset-simulation.js";
export { findSaturationRate, isStable, type SaturationOptions, type SaturationProbe, type SaturationResult } from "./saturation.js";
export { CASE_STUDY_SEEDS, caseStudyReport, renderCaseStudyReport, type CaseStudyReport, type SeedSpread } from "./case-study-report.js";
