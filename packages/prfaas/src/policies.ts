import { bandwidthAwareLoop, type BandwidthLoopOptions } from "./control-loop.js";
import { PrfaasError } from "./errors.js";
import { POLICY_IDS, type PolicyId } from "./policy-id.js";
import type { ClusterId, ClusterStateView, ControlAction, Placement, RequestView, RouteDecision, RoutingPolicy } from "./routing-policy.js";

/** Options shared by the policy factories. */
export interface PolicyOptions {
  /** Offload threshold t in tokens (for `prfaas`). */
  thresholdTokens: number;
  /** Cache placement (default bandwidth-scarce). */
  placement?: Placement;
  /** Short-timescale loop constants of `prfaas`, or false to run it without the loop. */
  controlLoop?: Omit<BandwidthLoopOptions, "baseThresholdTokens"> | false;
  /**
   * Mooncake's balancing threshold: pull a prefix from the other cluster only when the best
   * match is more than this many times the local one (+∞ ratio when the local match is 0).
   * Mooncake tunes it and does not publish it; default 2 (ours).
   */
  pullRatio?: number;
}

/** Picks the instance of `cluster` with the earliest predicted free time; ties go to the lower index. */
function earliestInstance(cluster: ClusterId, state: ClusterStateView): number {
  let best = 0;
  let bestUs = Number.POSITIVE_INFINITY;
  for (let index = 0; index < state.prefillInstances[cluster]; index++) {
    const freeUs = state.predictedFreeUs(cluster, index);
    if (freeUs < bestUs) {
      best = index;
      bestUs = freeUs;
    }
  }
  return best;
}

function fixedPolicy(
  id: PolicyId,
  route: RoutingPolicy["route"],
  decodeChoice: RoutingPolicy["decodeChoice"],
  threshold: number | null,
): RoutingPolicy {
  return { id, route, decodeChoice, controlLoop: null, apply: () => undefined, thresholdTokens: threshold, placement: "bandwidth-scarce" };
}

/** Homogeneous PD: every request prefills on PD-P (earliest free instance) and decodes locally. */
export function homogeneousPdPolicy(): RoutingPolicy {
  return fixedPolicy(
    "homogeneous-pd",
    (request, state) => ({ cluster: "pd", instance: earliestInstance("pd", state), prefixTokens: state.prefixTokens("pd", request), copyTokens: 0 }),
    "least-loaded",
    Number.POSITIVE_INFINITY,
  );
}

/**
 * Naive heterogeneous: every prefill is offloaded, round-robin over PrfaaS instances, and decode
 * instances are picked round-robin too ("no load balancing"); only the PrfaaS cache is used.
 */
export function naiveHeterogeneousPolicy(): RoutingPolicy {
  let next = 0;
  return fixedPolicy(
    "naive-heterogeneous",
    (request, state) => {
      const instance = next % state.prefillInstances.prfaas;
      next++;
      return { cluster: "prfaas", instance, prefixTokens: state.prefixTokens("prfaas", request), copyTokens: 0 };
    },
    "round-robin",
    0,
  );
}

/**
 * PrfaaS selective offload: the incremental length l after the prefix hit decides, l > t goes to
 * PrfaaS. Bandwidth-scarce placement uses each cluster's own cache (l = l_total − l_pd);
 * bandwidth-plentiful uses the better of the two and copies the missing prefix across. The
 * short-timescale loop of {@link bandwidthAwareLoop} moves t.
 */
export function prfaasPolicy(options: PolicyOptions): RoutingPolicy {
  let threshold = options.thresholdTokens;
  let placement: Placement = options.placement ?? "bandwidth-scarce";
  const loop = options.controlLoop === false ? null : bandwidthAwareLoop({ ...options.controlLoop, baseThresholdTokens: threshold });
  return {
    id: "prfaas",
    decodeChoice: "least-loaded",
    controlLoop: loop,
    get thresholdTokens() {
      return threshold;
    },
    get placement() {
      return placement;
    },
    apply(action: ControlAction) {
      if (action.thresholdTokens !== undefined) threshold = action.thresholdTokens;
      if (action.placement !== undefined) placement = action.placement;
    },
    route(request: RequestView, state: ClusterStateView): RouteDecision {
      const pdPrefix = state.prefixTokens("pd", request);
      const prfaasPrefix = state.prefillInstances.prfaas > 0 ? state.prefixTokens("prfaas", request) : 0;
      if (placement === "bandwidth-scarce") {
        const offload = state.prefillInstances.prfaas > 0 && request.inputTokens - pdPrefix > threshold;
        if (!offload) return { cluster: "pd", instance: earliestInstance("pd", state), prefixTokens: pdPrefix, copyTokens: 0 };
        return { cluster: "prfaas", instance: earliestInstance("prfaas", state), prefixTokens: prfaasPrefix, copyTokens: 0 };
      }
      const prefix = Math.max(pdPrefix, prfaasPrefix);
      const offload = state.prefillInstances.prfaas > 0 && request.inputTokens - prefix > threshold;
      const cluster: ClusterId = offload ? "prfaas" : "pd";
      const own = offload ? prfaasPrefix : pdPrefix;
      return { cluster, instance: earliestInstance(cluster, state), prefixTokens: prefix, copyTokens: prefix - own };
    },
  };
}

/**
 * A Mooncake-style router (Conductor, FAST'25): for every prefill instance of both clusters it
 * estimates TTFT = T_transfer + T_queue + T_prefill and picks the lowest. T_transfer pulls the
 * better prefix from the other cluster when it is more than `pullRatio` times the local one. For
 * PrfaaS instances the estimate adds the KV transfer time that the layer-wise pipeline cannot
 * hide at an equal share of the link. Mooncake's SLO-based rejection is not modelled.
 */
export function mooncakeTtftPolicy(options: Pick<PolicyOptions, "pullRatio"> = {}): RoutingPolicy {
  const pullRatio = options.pullRatio ?? 2;
  if (!(pullRatio >= 1)) {
    throw new PrfaasError("INVALID_OPTION", `Invalid pullRatio ${String(pullRatio)}: expected a number of at least 1.`, { field: "pullRatio", value: pullRatio });
  }
  return fixedPolicy(
    "mooncake-ttft",
    (request, state) => {
      const prefixes: Record<ClusterId, number> = {
        pd: state.prefixTokens("pd", request),
        prfaas: state.prefillInstances.prfaas > 0 ? state.prefixTokens("prfaas", request) : 0,
      };
      let best: RouteDecision | null = null;
      let bestUs = Number.POSITIVE_INFINITY;
      for (const cluster of ["pd", "prfaas"] as const) {
        const local = prefixes[cluster];
        const remote = prefixes[cluster === "pd" ? "prfaas" : "pd"];
        const pull = remote > local && (local === 0 || remote / local > pullRatio);
        const prefix = pull ? remote : local;
        const copyTokens = pull ? remote - local : 0;
        const transferUs = (copyTokens * state.bytesPerToken * 1e6) / state.linkBytesPerSecond;
        const prefillUs = state.prefillSeconds(cluster, request.inputTokens - prefix) * 1e6;
        let kvUs = 0;
        if (cluster === "prfaas") {
          const share = state.linkBytesPerSecond / (state.linkTransfers + 1);
          kvUs = Math.max(0, (state.kvBytes(request.inputTokens) * 1e6) / share - prefillUs);
        }
        for (let instance = 0; instance < state.prefillInstances[cluster]; instance++) {
          const queueUs = Math.max(0, state.predictedFreeUs(cluster, instance) - state.nowUs);
          const estimateUs = transferUs + queueUs + prefillUs + kvUs;
          if (estimateUs < bestUs) {
            bestUs = estimateUs;
            best = { cluster, instance, prefixTokens: prefix, copyTokens };
          }
        }
      }
      return best!;
    },
    "least-loaded",
    null,
  );
}

/**
 * Creates the policy `id`.
 * @throws PrfaasError `UNKNOWN_ID` naming the policy ids, for an id that is not one of them.
 */
export function createPolicy(id: PolicyId, options: PolicyOptions): RoutingPolicy {
  switch (id) {
    case "homogeneous-pd":
      return homogeneousPdPolicy();
    case "naive-heterogeneous":
      return naiveHeterogeneousPolicy();
    case "prfaas":
      return prfaasPolicy(options);
    case "mooncake-ttft":
      return mooncakeTtftPolicy(options);
    default:
      // Callers in plain JavaScript, or with a value read from a file, can pass any string.
      throw new PrfaasError("UNKNOWN_ID", `Unknown policy ${JSON.stringify(id)}: expected one of ${POLICY_IDS.join(", ")}.`, {
        field: "policy",
        value: id,
      });
  }
}
