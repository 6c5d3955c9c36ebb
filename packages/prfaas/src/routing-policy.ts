import type { PolicyId } from "./policy-id.js";
import type { WorkloadRequest } from "./request.js";
import type { ThresholdBounds } from "./threshold-in-force.js";

/** The two clusters: the PrfaaS prefill cluster and the local PD cluster. */
export type ClusterId = "prfaas" | "pd";

/** Placement of cached prefixes (spec section 4.2). */
export type Placement = "bandwidth-scarce" | "bandwidth-plentiful";

/** The view of one request that a policy routes. */
export interface RequestView extends WorkloadRequest {
  /** Request number in arrival order. */
  readonly id: number;
}

/** The view of both clusters that a policy reads when it routes. */
export interface ClusterStateView {
  readonly nowUs: number;
  /** Prefill instances per cluster (0 where the deployment has none). */
  readonly prefillInstances: Readonly<Record<ClusterId, number>>;
  /** Reusable prefix of `request` in `cluster`'s cache, in tokens. */
  prefixTokens(cluster: ClusterId, request: RequestView): number;
  /** Predicted time at which prefill instance `index` of `cluster` would start new work, in µs. */
  predictedFreeUs(cluster: ClusterId, index: number): number;
  /** Prefill seconds of `tokens` uncached tokens on `cluster`'s hardware. */
  prefillSeconds(cluster: ClusterId, tokens: number): number;
  /** KV bytes of a request covering `tokens` tokens, and its fixed state bytes. */
  kvBytes(tokens: number): number;
  readonly stateBytes: number;
  readonly bytesPerToken: number;
  /** Current link capacity in bytes per second and transfers in flight on it. */
  readonly linkBytesPerSecond: number;
  readonly linkTransfers: number;
}

/** A policy's decision for one request. */
export interface RouteDecision {
  cluster: ClusterId;
  /** Prefill instance in that cluster. */
  instance: number;
  /** Prefix tokens reused on the prefill cluster; the instance computes the rest. */
  prefixTokens: number;
  /**
   * Cached prefix tokens to copy from the other cluster before the prefill (bandwidth-plentiful
   * placement and Mooncake pulls); 0 for none.
   */
  copyTokens: number;
}

/** Metrics a control loop receives at each tick. */
export interface MetricsWindow {
  readonly nowUs: number;
  /** Bytes the link carried in the last period divided by its capacity over the period. */
  readonly egressUtilisation: number;
  /** Requests waiting (not in service) per prefill instance, by cluster. */
  readonly waitingPerInstance: Readonly<Record<ClusterId, number>>;
}

/** Changes a control loop requests; absent fields stay as they are. */
export interface ControlAction {
  thresholdTokens?: number;
  placement?: Placement;
}

/** A periodic controller; the simulator applies its action at once. */
export interface ControlLoop {
  readonly periodMs: number;
  update(window: MetricsWindow): ControlAction;
  /**
   * True when the last {@link update} left the loop's state unchanged. An update that ignores
   * `nowUs` then returns the same action and changes nothing for as long as its other inputs stay
   * the same, so the simulator may skip those ticks. Absent or false keeps every tick.
   */
  readonly settled?: boolean;
  /** The range the loop keeps the threshold in, when it has one; runs report it beside the threshold in force. */
  readonly thresholdBounds?: ThresholdBounds;
}

/** One routing policy: where each request prefills, and how decode instances are picked. */
export interface RoutingPolicy {
  readonly id: PolicyId;
  /** Chooses the prefill cluster, instance and reused prefix of one request. */
  route(request: RequestView, state: ClusterStateView): RouteDecision;
  /** `least-loaded` picks the PD-D instance with the fewest requests; `round-robin` ignores load. */
  readonly decodeChoice: "least-loaded" | "round-robin";
  /** Optional short-timescale controller. */
  readonly controlLoop: ControlLoop | null;
  /** Applies a control action. */
  apply(action: ControlAction): void;
  /** Current threshold in tokens (+∞ offloads nothing, 0 offloads everything), or null without one. */
  readonly thresholdTokens: number | null;
  readonly placement: Placement;
}
