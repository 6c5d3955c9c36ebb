import type { BandwidthProfileSpec } from "./bandwidth-profile.js";
import type { BandwidthLoopOptions } from "./control-loop.js";
import type { DecodeCapacity } from "./decode-model.js";
import type { PolicyId } from "./policy-id.js";
import type { PrefillCostModel } from "./prefill-profile.js";
import type { StateSnapshots } from "./prefix-cache.js";
import type { Placement } from "./routing-policy.js";

/** Service-level objectives for goodput; an absent field is not checked. */
export interface Slo {
  ttftMs?: number;
  tpotMs?: number;
  e2eMs?: number;
}

/** Everything a simulation run needs besides its requests. */
export interface SimulationConfig {
  policy: PolicyId;
  /** Seed of every random stream of the run (link noise). */
  seed: number;
  prfaasInstances: number;
  pdPrefillInstances: number;
  pdDecodeInstances: number;
  /** Prefill cost on PrfaaS hardware; null without a PrfaaS cluster. */
  prfaasPrefill: PrefillCostModel | null;
  pdPrefill: PrefillCostModel;
  /** Slots and constant step time of each PD-D instance. */
  decode: DecodeCapacity;
  link: {
    /** Nominal rate of the PrfaaS-to-PD direction in Gbit/s (10^9 bit/s). */
    gbps: number;
    /** Fraction of the nominal rate transfers can use (default 1). */
    efficiency?: number;
    /** Propagation delay added to every cross-cluster transfer, in ms (default 0). */
    latencyMs?: number;
    /** Rate of each local PD-P to PD-D transfer, unshared, in Gbit/s (default 400). */
    intraClusterGbps?: number;
    /** Default true: KV streams while the prefill runs, never ahead of it. */
    layerwisePipelining?: boolean;
    bandwidthProfile?: BandwidthProfileSpec;
  };
  cache?: {
    /** Tokens per block (default 512, the Mooncake traces' block). */
    blockTokens?: number;
    /** Capacity of each cluster's cache in bytes (default +∞). */
    capacityBytes?: number;
    /** Default `request-end`. */
    stateSnapshots?: StateSnapshots;
  };
  /** Offload threshold t of `prfaas` in tokens. */
  thresholdTokens?: number;
  placement?: Placement;
  /** Short-loop constants of `prfaas`, or false to run without the loop. */
  controlLoop?: Omit<BandwidthLoopOptions, "baseThresholdTokens"> | false;
  /** Mooncake pull ratio (default 2). */
  pullRatio?: number;
  slo?: Slo;
  /** TPOT divides decode time by n − 1 (default, vLLM) or by n (DistServe). */
  tpotDenominator?: "n-1" | "n";
  /** Width of the link-utilisation and queue-depth buckets in seconds (default 1). */
  timelineBucketSeconds?: number;
  /**
   * Maximum number of link-utilisation and queue-depth buckets: past it, adjacent buckets merge
   * and the bucket width doubles. Default 2^20 with the run option `requestLog: "full"` and 4096
   * with `summary`. The bound only coarsens these timelines: the link's mean utilisation and the
   * waiting averages per half of the arrival window do not depend on it.
   */
  timelineMaxBuckets?: number;
  /** Called every `progressEvery` finished requests with the count so far. */
  onProgress?: (finished: number) => void;
  progressEvery?: number;
  /** Free-form description of the cost models, written into the resolved configuration. */
  label?: string;
}
