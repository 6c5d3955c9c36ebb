import { evaluateThroughput, type ServiceTimeMode, type ThroughputInput, type ThroughputResult } from "./analytical-model.js";
import { searchOperatingPoint } from "./grid-search.js";
import type { AnalyticalPolicyId } from "./policy-id.js";
import type { ResolvedPreset } from "./presets.js";

/** The analytical model's result for one policy of a preset. */
export interface PolicyThroughput {
  policy: AnalyticalPolicyId;
  /** Λ_max in requests per second. */
  maxRequestsPerSecond: number;
  thresholdTokens: number;
  prfaasInstances: number;
  pdPrefillInstances: number;
  pdDecodeInstances: number;
  result: ThroughputResult;
}

/** Options of {@link modelPolicies}. */
export interface PolicyModelOptions {
  /** Default `at-mean-length`, the form of arXiv:2604.15039. */
  serviceTime?: ServiceTimeMode;
  /**
   * How the `prfaas` policy picks its operating point: `search-threshold` (default) searches t at
   * the preset's N_p : N_d, `search-all` also searches N_p, and `fixed` uses the preset's t.
   */
  prfaasPoint?: "search-threshold" | "search-all" | "fixed";
  /** Search N_p for homogeneous PD too (default false: the preset's split). */
  optimizeHomogeneousSplit?: boolean;
}

/**
 * Runs the analytical throughput model for `homogeneous-pd`, `naive-heterogeneous` and
 * `prfaas` on a resolved preset.
 */
export function modelPolicies(resolved: ResolvedPreset, options: PolicyModelOptions = {}): PolicyThroughput[] {
  const { preset } = resolved;
  const serviceTime = options.serviceTime ?? "at-mean-length";
  const common = {
    lengths: resolved.lengths,
    outputTokens: preset.workload.outputTokens,
    pdPrefill: resolved.pdPrefill,
    decode: resolved.decode,
    egressBitsPerSecond: preset.link.gbps * 1e9 * preset.link.efficiency,
    serviceTime,
  };

  const homogeneousInput: Omit<ThroughputInput, "pdPrefillInstances" | "pdDecodeInstances"> = {
    ...common,
    thresholdTokens: Number.POSITIVE_INFINITY,
    prfaasInstances: 0,
    prfaasPrefill: null,
  };
  const homogeneousPdInstances = preset.homogeneousPd.pdPrefillInstances + preset.homogeneousPd.pdDecodeInstances;
  const homogeneous =
    options.optimizeHomogeneousSplit === true
      ? searchOperatingPoint({ ...homogeneousInput, pdInstances: homogeneousPdInstances, thresholds: [Number.POSITIVE_INFINITY] })
      : fixedPoint(homogeneousInput, Number.POSITIVE_INFINITY, preset.homogeneousPd.pdPrefillInstances, preset.homogeneousPd.pdDecodeInstances);

  const naiveInput = {
    ...common,
    thresholdTokens: 0,
    offloadAll: true,
    prfaasInstances: preset.naiveHeterogeneous.prfaasInstances,
    prfaasPrefill: resolved.prfaasPrefill,
  };
  const naive = fixedPoint(naiveInput, 0, 0, preset.naiveHeterogeneous.pdDecodeInstances);

  const prfaasInput = { ...common, prfaasInstances: preset.prfaas.prfaasInstances, prfaasPrefill: resolved.prfaasPrefill };
  const pdInstances = preset.prfaas.pdPrefillInstances + preset.prfaas.pdDecodeInstances;
  const mode = options.prfaasPoint ?? "search-threshold";
  const prfaas =
    mode === "fixed"
      ? fixedPoint(prfaasInput, preset.thresholdTokens, preset.prfaas.pdPrefillInstances, preset.prfaas.pdDecodeInstances)
      : searchOperatingPoint({
          ...prfaasInput,
          pdInstances,
          ...(mode === "search-threshold" ? { pdPrefillCandidates: [preset.prfaas.pdPrefillInstances] } : {}),
        });

  return [
    toPolicy("homogeneous-pd", 0, homogeneous),
    toPolicy("naive-heterogeneous", preset.naiveHeterogeneous.prfaasInstances, naive),
    toPolicy("prfaas", preset.prfaas.prfaasInstances, prfaas),
  ];
}

interface Point {
  thresholdTokens: number;
  pdPrefillInstances: number;
  pdDecodeInstances: number;
  result: ThroughputResult;
}

function fixedPoint(
  input: Omit<ThroughputInput, "thresholdTokens" | "pdPrefillInstances" | "pdDecodeInstances">,
  thresholdTokens: number,
  pdPrefillInstances: number,
  pdDecodeInstances: number,
): Point {
  return { thresholdTokens, pdPrefillInstances, pdDecodeInstances, result: evaluateThroughput({ ...input, thresholdTokens, pdPrefillInstances, pdDecodeInstances }) };
}

function toPolicy(policy: AnalyticalPolicyId, prfaasInstances: number, point: Point): PolicyThroughput {
  return {
    policy,
    maxRequestsPerSecond: point.result.maxRequestsPerSecond,
    thresholdTokens: point.thresholdTokens,
    prfaasInstances,
    pdPrefillInstances: point.pdPrefillInstances,
    pdDecodeInstances: point.pdDecodeInstances,
    result: point.result,
  };
}
