import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { createPolicy } from "./policies.js";
import { POLICY_IDS, type PolicyId } from "./policy-id.js";
import type { ClusterId, ClusterStateView, RequestView, RoutingPolicy } from "./routing-policy.js";

interface StateSpec {
  prfaas: number;
  pd: number;
  prefix: Record<ClusterId, number>;
  freeUs: number[];
}

function stateOf(spec: StateSpec): ClusterStateView {
  return {
    nowUs: 1000,
    prefillInstances: { prfaas: spec.prfaas, pd: spec.pd },
    prefixTokens: (cluster, request) => Math.min(spec.prefix[cluster], request.inputTokens - 1),
    predictedFreeUs: (cluster, index) => spec.freeUs[(index + (cluster === "pd" ? 0 : 3)) % spec.freeUs.length]!,
    prefillSeconds: (cluster, tokens) => (cluster === "pd" ? 3e-5 : 1e-5) * tokens,
    kvBytes: (tokens) => 1e8 + 1e4 * tokens,
    stateBytes: 1e8,
    bytesPerToken: 1e4,
    linkBytesPerSecond: 12.5e9,
    linkTransfers: 2,
  };
}

const requestArbitrary = fc.record({
  id: fc.nat(),
  arrivalUs: fc.nat(),
  inputTokens: fc.integer({ min: 1, max: 200_000 }),
  outputTokens: fc.nat({ max: 2000 }),
});
const stateArbitrary = fc.record({
  prfaas: fc.integer({ min: 1, max: 6 }),
  pd: fc.integer({ min: 1, max: 6 }),
  prefix: fc.record({ prfaas: fc.nat({ max: 100_000 }), pd: fc.nat({ max: 100_000 }) }),
  freeUs: fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 8 }),
});

/** Runs the contract every routing policy meets, whatever its rule. */
function describePolicy(id: PolicyId, make: () => RoutingPolicy): void {
  describe(`policy ${id}`, () => {
    it("has its id", () => {
      expect(make().id).toBe(id);
    });

    it("routes to an existing instance with a valid prefix", () => {
      fc.assert(
        fc.property(requestArbitrary, stateArbitrary, (request: RequestView, spec) => {
          const state = stateOf(spec);
          const decision = make().route(request, state);
          expect(decision.instance).toBeGreaterThanOrEqual(0);
          expect(decision.instance).toBeLessThan(state.prefillInstances[decision.cluster]);
          expect(decision.prefixTokens).toBeGreaterThanOrEqual(0);
          expect(decision.prefixTokens).toBeLessThanOrEqual(Math.max(0, request.inputTokens - 1));
          expect(decision.copyTokens).toBeGreaterThanOrEqual(0);
          expect(decision.prefixTokens - decision.copyTokens).toBeLessThanOrEqual(state.prefixTokens(decision.cluster, request));
        }),
        { numRuns: 200 },
      );
    });

    it("decides the same for the same input", () => {
      fc.assert(
        fc.property(fc.array(requestArbitrary, { minLength: 1, maxLength: 20 }), stateArbitrary, (requests, spec) => {
          const first = make();
          const second = make();
          for (const request of requests) expect(first.route(request, stateOf(spec))).toEqual(second.route(request, stateOf(spec)));
        }),
        { numRuns: 50 },
      );
    });
  });
}

for (const id of POLICY_IDS) describePolicy(id, () => createPolicy(id, { thresholdTokens: 19_400 }));

describe("policy rules", () => {
  const spec: StateSpec = { prfaas: 2, pd: 2, prefix: { prfaas: 0, pd: 0 }, freeUs: [5, 1, 9, 2, 7] };
  const request = (inputTokens: number): RequestView => ({ id: 0, arrivalUs: 0, inputTokens, outputTokens: 10 });

  it("keeps homogeneous PD local", () => {
    expect(createPolicy("homogeneous-pd", { thresholdTokens: 0 }).route(request(100_000), stateOf(spec)).cluster).toBe("pd");
  });

  it("offloads every naive request round-robin", () => {
    const policy = createPolicy("naive-heterogeneous", { thresholdTokens: 0 });
    const instances = [1, 2, 3].map(() => policy.route(request(10), stateOf(spec)));
    expect(instances.map((decision) => [decision.cluster, decision.instance])).toEqual([["prfaas", 0], ["prfaas", 1], ["prfaas", 0]]);
  });

  it("offloads prfaas requests above t on the uncached length", () => {
    const policy = createPolicy("prfaas", { thresholdTokens: 19_400 });
    expect(policy.route(request(19_400), stateOf(spec)).cluster).toBe("pd");
    expect(policy.route(request(19_401), stateOf(spec)).cluster).toBe("prfaas");
    const cachedLocally = stateOf({ ...spec, prefix: { prfaas: 0, pd: 10_000 } });
    expect(policy.route(request(25_000), cachedLocally).cluster).toBe("pd");
  });

  it("copies the better prefix under bandwidth-plentiful placement", () => {
    const policy = createPolicy("prfaas", { thresholdTokens: 19_400, placement: "bandwidth-plentiful" });
    const decision = policy.route(request(30_000), stateOf({ ...spec, prefix: { prfaas: 20_000, pd: 0 } }));
    expect(decision).toMatchObject({ cluster: "pd", prefixTokens: 20_000, copyTokens: 20_000 });
  });

  it("picks the PD-P instance with the earliest predicted finish", () => {
    expect(createPolicy("homogeneous-pd", { thresholdTokens: 0 }).route(request(10), stateOf(spec)).instance).toBe(1);
  });
});
