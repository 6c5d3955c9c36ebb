import type { ResolvedPreset } from "@modelsys/prfaas";

/** Returns `resolved` with its cross-datacenter link at `linkGbps` Gbit/s, or unchanged for null. */
export function withLinkGbps(resolved: ResolvedPreset, linkGbps: number | null): ResolvedPreset {
  if (linkGbps === null) return resolved;
  const preset = resolved.preset;
  return { ...resolved, preset: { ...preset, link: { ...preset.link, gbps: linkGbps } } };
}
