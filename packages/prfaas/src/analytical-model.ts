import { decodeRequestsPerSecond, type DecodeCapacity } from "./decode-model.js";
import { PrfaasError, requireInteger } from "./errors.js";
import type { LengthDistribution } from "./length-distribution.js";
import type { PrefillCostModel } from "./prefill-profile.js";

/**
 * How the analytical model turns a path's length distribution into a service time:
 * `at-mean-length` evaluates T_prefill at the path's conditional mean length (the form of arXiv:2604.15039,
 * which overstates capacity for skewed lengths because T_prefill is convex), and
 * `mean-of-service` takes the mean of T_prefill(L) over the path's lengths (what the simulator
 * serves).
 */
export type ServiceTimeMode = "at-mean-length" | "mean-of-service";

/** Which stage limits the maximum sustainable rate. */
export type Bottleneck = "prfaas-compute" | "prfaas-network" | "pd-prefill" | "pd-decode" | "no-capacity";

/** One operating point of a deployment for {@link evaluateThroughput}. */
export interface ThroughputInput {
  /** Distribution of incremental prefill lengths L. */
  lengths: LengthDistribution;
  /** Mean output length L_out in tokens. */
  outputTokens: number;
  /** Offload threshold t in tokens: L > t prefills on PrfaaS. +∞ offloads nothing. */
  thresholdTokens: number;
  /** Offload every request regardless of length (naive heterogeneous); `thresholdTokens` is ignored. */
  offloadAll?: boolean;
  /** N_prfaas, PrfaaS prefill instances (0 without a PrfaaS cluster). */
  prfaasInstances: number;
  /** N_p, PD-P instances. */
  pdPrefillInstances: number;
  /** N_d, PD-D instances. */
  pdDecodeInstances: number;
  /** Prefill cost on the PrfaaS hardware; null without a PrfaaS cluster. */
  prfaasPrefill: PrefillCostModel | null;
  /** Prefill cost on the PD cluster's hardware. */
  pdPrefill: PrefillCostModel;
  decode: DecodeCapacity;
  /** B_out, PrfaaS egress in bit/s. */
  egressBitsPerSecond: number;
  serviceTime: ServiceTimeMode;
}

/**
 * Throws `INVALID_OPTION` for a NaN or negative output length, threshold or egress rate, and for an
 * unknown service-time mode, which would otherwise give a NaN or negative rate. A threshold or
 * egress of +∞ is valid.
 */
function checkThroughputNumbers(input: ThroughputInput): void {
  for (const [field, value] of [
    ["outputTokens", input.outputTokens],
    ["thresholdTokens", input.thresholdTokens],
    ["egressBitsPerSecond", input.egressBitsPerSecond],
  ] as const) {
    if (typeof value !== "number" || !(value >= 0) || (field === "outputTokens" && !Number.isFinite(value))) {
      throw new PrfaasError("INVALID_OPTION", `Invalid ${field} ${String(value)}: expected a ${field === "outputTokens" ? "finite " : ""}number of at least 0.`, { field, value });
    }
  }
  if (input.serviceTime !== "at-mean-length" && input.serviceTime !== "mean-of-service") {
    throw new PrfaasError("INVALID_OPTION", `Invalid serviceTime ${JSON.stringify(input.serviceTime)}: expected "at-mean-length" or "mean-of-service".`, {
      field: "serviceTime",
      value: input.serviceTime,
    });
  }
}

/**
 * Returns p, the share of requests offloaded at `threshold`: 1 with `offloadAll`, and 0 without a
 * PrfaaS cluster (no cost model or no instances), because the router then keeps every request
 * local, as the simulator's policies do.
 */
function offloadedShare(input: ThroughputInput, threshold: number): number {
  if (input.offloadAll === true) return 1;
  if (input.prfaasPrefill === null || input.prfaasInstances === 0) return 0;
  return input.lengths.probabilityAbove(threshold);
}

/**
 * Throws `INVALID_PROFILE` unless a stage rate is a number of at least 0 (+∞ included). A cost
 * model that returns NaN or a negative time would otherwise make the rate NaN or negative, and
 * NaN loses every comparison of the bottleneck search, so another stage would be reported.
 */
function checkStageRate(field: string, stage: string, rate: number, hint: string): void {
  if (rate >= 0) return;
  throw new PrfaasError("INVALID_PROFILE", `Invalid ${stage} ${String(rate)} requests/s: expected a number of at least 0, so ${hint}.`, { field, value: rate });
}

/** The throughput of each stage and the largest sustainable arrival rate, all in requests/s. */
export interface ThroughputResult {
  /** p = P(L > t), the offloaded share. */
  offloadShare: number;
  /** l_long = E[L | L > t], or null when p = 0. */
  longMeanTokens: number | null;
  /** l_short = E[L | L ≤ t], or null when p = 1. */
  shortMeanTokens: number | null;
  /** Θ_prfaas = min(compute cap, network cap); +∞ when p = 0. */
  prfaasRequestsPerSecond: number;
  prfaasComputeRequestsPerSecond: number;
  prfaasNetworkRequestsPerSecond: number;
  /** Θ_pd-p; +∞ when p = 1. */
  pdPrefillRequestsPerSecond: number;
  /** Θ_pd-d = N_d · BS_max / (T_decode · L_out). */
  pdDecodeRequestsPerSecond: number;
  /** Λ_max = min(Θ_prfaas / p, Θ_pd-p / (1 − p), Θ_pd-d). */
  maxRequestsPerSecond: number;
  bottleneck: Bottleneck;
  /** Predicted egress at Λ_max: Λ · p · S_kv(l_long) · 8, in bit/s. */
  egressBitsPerSecond: number;
}

/**
 * Evaluates the closed-form throughput model of a PrfaaS deployment at one operating point:
 * two producers (PrfaaS and PD-P) feed one consumer (PD-D), so
 * Λ_max = min(Θ_prfaas / p, Θ_pd-p / (1 − p), Θ_pd-d). With p = 0 the PrfaaS term drops out,
 * with p = 1 the PD-P term does, and N_p = 0 with p < 1 gives Λ_max = 0. Without PrfaaS instances
 * nothing is offloaded (p = 0) unless `offloadAll` is set, which then gives Λ_max = 0.
 */
export function evaluateThroughput(input: ThroughputInput): ThroughputResult {
  requireInteger("prfaasInstances", input.prfaasInstances);
  requireInteger("pdPrefillInstances", input.pdPrefillInstances);
  requireInteger("pdDecodeInstances", input.pdDecodeInstances);
  checkThroughputNumbers(input);
  const { lengths } = input;
  const threshold = input.offloadAll === true ? 0 : input.thresholdTokens;
  const p = offloadedShare(input, threshold);

  const infinity = Number.POSITIVE_INFINITY;
  let longMean: number | null = null;
  let shortMean: number | null = null;
  let prfaasCompute = infinity;
  let prfaasNetwork = infinity;
  if (p > 0) {
    const prfaas = input.prfaasPrefill;
    longMean = input.offloadAll === true ? lengths.meanTokens : lengths.partialExpectation(threshold, infinity) / p;
    if (prfaas === null || input.prfaasInstances === 0) {
      prfaasCompute = 0;
    } else {
      const serviceSeconds =
        input.serviceTime === "at-mean-length"
          ? prfaas.prefillSeconds(longMean)
          : (input.offloadAll === true ? lengths.partialExpectation(0, infinity, prfaas.prefillSeconds) : lengths.partialExpectation(threshold, infinity, prfaas.prefillSeconds)) / p;
      prfaasCompute = input.prfaasInstances / serviceSeconds;
      // A request that leaves no KV bytes puts no limit on the link, even at 0 bit/s.
      const longKvBytes = prfaas.kvBytes(longMean);
      prfaasNetwork = longKvBytes === 0 ? infinity : input.egressBitsPerSecond / (8 * longKvBytes);
    }
  }
  const prfaasRate = Math.min(prfaasCompute, prfaasNetwork);

  let pdPrefillRate = infinity;
  if (p < 1) {
    const shortMass = 1 - p;
    shortMean = lengths.partialExpectation(0, threshold) / shortMass;
    const serviceSeconds =
      input.serviceTime === "at-mean-length"
        ? input.pdPrefill.prefillSeconds(shortMean)
        : lengths.partialExpectation(0, threshold, input.pdPrefill.prefillSeconds) / shortMass;
    // Without PD-P instances the rate is 0, also where a cost model gives short prompts 0 s.
    pdPrefillRate = input.pdPrefillInstances === 0 ? 0 : input.pdPrefillInstances / serviceSeconds;
  }
  const decodeRate = input.pdDecodeInstances * decodeRequestsPerSecond(input.decode, input.outputTokens);

  const prefillHint = (field: string) => `check that ${field} returns finite prefill times and KV sizes of at least 0`;
  checkStageRate("prfaasPrefill", "PrfaaS compute rate", prfaasCompute, prefillHint("prfaasPrefill"));
  checkStageRate("prfaasPrefill", "PrfaaS network rate", prfaasNetwork, prefillHint("prfaasPrefill"));
  checkStageRate("pdPrefill", "PD-P rate", pdPrefillRate, prefillHint("pdPrefill"));
  checkStageRate("decode", "PD-D rate", decodeRate, "check that decode.bsMax and decode.stepTimeS are numbers above 0");
  const bounds: [Bottleneck, number][] = [
    [prfaasCompute <= prfaasNetwork ? "prfaas-compute" : "prfaas-network", p > 0 ? prfaasRate / p : infinity],
    ["pd-prefill", p < 1 ? pdPrefillRate / (1 - p) : infinity],
    ["pd-decode", decodeRate],
  ];
  let [bottleneck, maxRate] = bounds[0]!;
  for (const [name, rate] of bounds) {
    if (rate < maxRate) [bottleneck, maxRate] = [name, rate];
  }
  if (maxRate === 0) bottleneck = "no-capacity";
  const egress = longMean === null || input.prfaasPrefill === null ? 0 : maxRate * p * input.prfaasPrefill.kvBytes(longMean) * 8;

  return {
    offloadShare: p,
    longMeanTokens: longMean,
    shortMeanTokens: shortMean,
    prfaasRequestsPerSecond: prfaasRate,
    prfaasComputeRequestsPerSecond: prfaasCompute,
    prfaasNetworkRequestsPerSecond: prfaasNetwork,
    pdPrefillRequestsPerSecond: pdPrefillRate,
    pdDecodeRequestsPerSecond: decodeRate,
    maxRequestsPerSecond: maxRate,
    bottleneck,
    egressBitsPerSecond: Number.isFinite(egress) ? egress : 0,
  };
}
