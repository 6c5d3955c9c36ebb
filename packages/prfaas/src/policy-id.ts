/** Routing policies of the simulator; the first three also exist in the analytical model. */
export const POLICY_IDS = ["homogeneous-pd", "naive-heterogeneous", "prfaas", "mooncake-ttft"] as const;

/** A routing policy id. */
export type PolicyId = (typeof POLICY_IDS)[number];

/** Policies of the analytical model (`mooncake-ttft` is a simulator policy only). */
export const ANALYTICAL_POLICY_IDS = ["homogeneous-pd", "naive-heterogeneous", "prfaas"] as const;

/** A policy id of the analytical model. */
export type AnalyticalPolicyId = (typeof ANALYTICAL_POLICY_IDS)[number];
