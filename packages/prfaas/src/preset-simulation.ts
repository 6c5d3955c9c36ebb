import type { PolicyId } from "./policy-id.js";
import type { ResolvedPreset } from "./presets.js";
import type { SimulationConfig } from "./simulator-config.js";
import type { SyntheticWorkload } from "./workload-spec.js";

/**
 * Builds the simulator configuration of `policy` on a preset's deployment: homogeneous PD runs
 * the preset's single PD cluster, naive heterogeneous its PrfaaS + PD-D baseline, and `prfaas`
 * and `mooncake-ttft` the PrfaaS deployment. `overrides` replace any field.
 */
export function presetSimulationConfig(resolved: ResolvedPreset, policy: PolicyId, overrides: Partial<SimulationConfig> = {}): SimulationConfig {
  const { preset } = resolved;
  const cluster =
    policy === "homogeneous-pd"
      ? { prfaasInstances: 0, pdPrefillInstances: preset.homogeneousPd.pdPrefillInstances, pdDecodeInstances: preset.homogeneousPd.pdDecodeInstances }
      : policy === "naive-heterogeneous"
        ? { prfaasInstances: preset.naiveHeterogeneous.prfaasInstances, pdPrefillInstances: 0, pdDecodeInstances: preset.naiveHeterogeneous.pdDecodeInstances }
        : preset.prfaas;
  return {
    policy,
    seed: 1,
    ...cluster,
    prfaasPrefill: cluster.prfaasInstances > 0 ? resolved.prfaasPrefill : null,
    pdPrefill: resolved.pdPrefill,
    decode: resolved.decode,
    link: { gbps: preset.link.gbps, efficiency: preset.link.efficiency, latencyMs: preset.link.latencyMs, intraClusterGbps: preset.link.intraClusterGbps },
    thresholdTokens: preset.thresholdTokens,
    label: `preset ${preset.id}`,
    ...overrides,
  };
}

/** Returns the preset's synthetic workload at `ratePerSecond` Poisson arrivals with `requests` requests. */
export function presetWorkload(resolved: ResolvedPreset, ratePerSecond: number, requests: number): SyntheticWorkload {
  return {
    inputLengths: resolved.preset.workload.inputLengths,
    outputLengths: { kind: "constant", tokens: resolved.preset.workload.outputTokens },
    arrivals: { kind: "poisson", ratePerSecond },
    requests,
  };
}
