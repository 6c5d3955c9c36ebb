import { getAccelerator, type AcceleratorDescriptor } from "@modelsys/catalog";

import { CASE_STUDY_H200_PROFILE, PUBLISHED_OPERATING_POINT } from "./case-study.js";
import { rooflineDecode, type DecodeCapacity } from "./decode-model.js";
import { PrfaasError } from "./errors.js";
import { logNormalDistribution, type LengthDistribution, type LogNormalLengths } from "./length-distribution.js";
import { tablePrefillModel, type PrefillCostModel, type ProfileRow, type TablePrefillModel } from "./prefill-profile.js";
import { rooflineSplitPrefillModel } from "./roofline-split.js";

/** A value arXiv:2604.15039 does not publish, with the reason for the chosen value. */
export interface Assumption {
  name: string;
  value: number | string;
  reason: string;
}

/** Settings of the roofline decode model ({@link rooflineDecode}) for one instance at the mean input. */
export interface RooflineDecodeSettings {
  kind: "roofline";
  /** Weight bytes W on one instance. */
  weightBytes: number;
  /** N_active, active parameters per token. */
  activeParameters: number;
  memoryUtilization: number;
  bandwidthEfficiency: number;
  flopEfficiency: number;
}

/** Everything a PrfaaS study needs: hardware, profile, cluster sizes, link, workload and assumptions. */
export interface PrfaasPreset {
  id: string;
  description: string;
  /** Measured prefill profile of one PrfaaS instance. */
  prfaasProfile: readonly ProfileRow[];
  /** Catalog ids of the PrfaaS and PD accelerators. */
  prfaasAccelerator: string;
  pdAccelerator: string;
  gpusPerInstance: number;
  /**
   * PD-P prefill time: derived from the PrfaaS profile by the roofline split (with the PD
   * hardware's efficiency relative to the PrfaaS hardware's), or a measured table.
   */
  pdPrefill: { kind: "roofline-split"; relativeEfficiency: number } | { kind: "table"; rows: readonly ProfileRow[] };
  /** PD-D capacity: explicit slots and step time, or the roofline estimate. */
  decode: ({ kind: "constant" } & DecodeCapacity) | RooflineDecodeSettings;
  /** The PrfaaS deployment: N_prfaas, N_p and N_d. */
  prfaas: { prfaasInstances: number; pdPrefillInstances: number; pdDecodeInstances: number };
  /** Homogeneous PD baseline: one PD cluster, no PrfaaS, no link. */
  homogeneousPd: { pdPrefillInstances: number; pdDecodeInstances: number };
  /** Naive heterogeneous baseline: PrfaaS prefill for every request, no PD-P. */
  naiveHeterogeneous: { prfaasInstances: number; pdDecodeInstances: number };
  /** The cross-datacenter link (PrfaaS to PD direction) and the local PD-P to PD-D transfer rate. */
  link: { gbps: number; efficiency: number; latencyMs: number; intraClusterGbps: number };
  /** Offload threshold t in tokens at the preset's operating point. */
  thresholdTokens: number;
  workload: { inputLengths: LogNormalLengths; outputTokens: number };
  /** True for hybrid models, whose prefix hits need a linear-state snapshot. */
  hybrid: boolean;
  assumptions: readonly Assumption[];
}

/** A preset with its cost models built. */
export interface ResolvedPreset {
  preset: PrfaasPreset;
  prfaasAccelerator: AcceleratorDescriptor;
  pdAccelerator: AcceleratorDescriptor;
  prfaasPrefill: TablePrefillModel;
  pdPrefill: PrefillCostModel;
  decode: DecodeCapacity;
  lengths: LengthDistribution;
}

/** Resolves hardware, the PrfaaS profile, the PD-P derivation and the decode capacity of `preset`. */
export function resolvePreset(preset: PrfaasPreset): ResolvedPreset {
  const prfaasAccelerator = getAccelerator(preset.prfaasAccelerator);
  const pdAccelerator = getAccelerator(preset.pdAccelerator);
  const prfaasPrefill = tablePrefillModel(preset.prfaasProfile);
  const pdPrefill =
    preset.pdPrefill.kind === "table"
      ? tablePrefillModel(preset.pdPrefill.rows)
      : rooflineSplitPrefillModel({
          source: prfaasPrefill,
          sourceAccelerator: prfaasAccelerator,
          targetAccelerator: pdAccelerator,
          memoryBoundSeconds: prfaasPrefill.fits.prefillSeconds.c0,
          relativeEfficiency: preset.pdPrefill.relativeEfficiency,
        });
  const lengths = logNormalDistribution(preset.workload.inputLengths);
  const decode =
    preset.decode.kind === "constant"
      ? { bsMax: preset.decode.bsMax, stepTimeS: preset.decode.stepTimeS }
      : rooflineDecode({
          accelerator: pdAccelerator,
          gpus: preset.gpusPerInstance,
          kvBytes: (tokens) => prfaasPrefill.kvBytes(tokens),
          meanInputTokens: lengths.meanTokens,
          outputTokens: preset.workload.outputTokens,
          weightBytes: preset.decode.weightBytes,
          activeParameters: preset.decode.activeParameters,
          memoryUtilization: preset.decode.memoryUtilization,
          bandwidthEfficiency: preset.decode.bandwidthEfficiency,
          flopEfficiency: preset.decode.flopEfficiency,
        });
  return { preset, prfaasAccelerator, pdAccelerator, prfaasPrefill, pdPrefill, decode, lengths };
}

/**
 * Roofline decode settings for the case study's 1T model on 8×H20: 4-bit weights
 * (10^12 parameters × 0.5 B, since 8-bit weights would not fit in 768 GB), N_active = 32 × 10^9
 * (borrowed from Kimi K2's published 32B activated, Kimi K2 technical report 2025), u = 0.9
 * (vLLM's default `gpu_memory_utilization`), η_bw = 0.8 and η_f = 0.5 (conventions).
 */
export const CASE_STUDY_ROOFLINE_DECODE: RooflineDecodeSettings = {
  kind: "roofline",
  weightBytes: 0.5e12,
  activeParameters: 32e9,
  memoryUtilization: 0.9,
  bandwidthEfficiency: 0.8,
  flopEfficiency: 0.5,
};

/** Calibrated values of the `case-study` preset, from {@link calibrateCaseStudy}; a test re-fits them. */
export const CASE_STUDY_CALIBRATION = {
  /** η_H20 / η_H200 that puts the balanced threshold at 3 PD-P on 19,400 tokens. */
  h20RelativeEfficiency: 2.019,
  /** BS_max fitted so the optimum split is 3 PD-P : 5 PD-D. */
  bsMax: 23,
  /** T_decode of the roofline decode model at its own BS_max of 287, kept as is. */
  stepTimeS: 0.03103,
} as const;

/**
 * The `case-study` preset: the setup of arXiv:2604.15039 v2 as far as it is published, with
 * every unpublished value named in {@link PrfaasPreset.assumptions}.
 */
export const CASE_STUDY_PRESET: PrfaasPreset = {
  id: "case-study",
  description:
    "1T hybrid model (KDA:MLA 3:1): 4 H200 PrfaaS instances and 3 PD-P + 5 PD-D H20 instances over one 100 Gbps link, log-normal inputs (mean about 27.5K tokens), 1,024 output tokens.",
  prfaasProfile: CASE_STUDY_H200_PROFILE,
  prfaasAccelerator: "h200",
  pdAccelerator: "h20",
  gpusPerInstance: 8,
  pdPrefill: { kind: "roofline-split", relativeEfficiency: CASE_STUDY_CALIBRATION.h20RelativeEfficiency },
  decode: { kind: "constant", bsMax: CASE_STUDY_CALIBRATION.bsMax, stepTimeS: CASE_STUDY_CALIBRATION.stepTimeS },
  prfaas: { prfaasInstances: 4, ...pick(PUBLISHED_OPERATING_POINT) },
  homogeneousPd: { pdPrefillInstances: 9, pdDecodeInstances: 3 },
  naiveHeterogeneous: { prfaasInstances: 4, pdDecodeInstances: 8 },
  link: { gbps: 100, efficiency: 1, latencyMs: 0, intraClusterGbps: 400 },
  thresholdTokens: PUBLISHED_OPERATING_POINT.thresholdTokens,
  workload: { inputLengths: { mu: 9.9, sigma: 1, minTokens: 128, maxTokens: 131_072 }, outputTokens: 1024 },
  hybrid: true,
  assumptions: [
    {
      name: "h20RelativeEfficiency",
      value: CASE_STUDY_CALIBRATION.h20RelativeEfficiency,
      reason:
        "The paper publishes no H20 prefill profile. PD-P times come from the H200 table by the roofline split, and this efficiency ratio is fitted so the analytical optimum at 3 PD-P lands on t = 19,400.",
    },
    {
      name: "decode.bsMax",
      value: CASE_STUDY_CALIBRATION.bsMax,
      reason:
        "The paper publishes no decode batch. It is fitted so the analytical optimum split is 3 PD-P : 5 PD-D; nothing is fitted to throughput. The roofline's 287 would make decode about 12 times cheaper.",
    },
    {
      name: "decode.stepTimeS",
      value: CASE_STUDY_CALIBRATION.stepTimeS,
      reason: "The paper publishes no T_decode. This is the roofline step time of 8×H20 (4-bit weights, N_active = 32e9, η_f = 0.5).",
    },
    { name: "link.latencyMs", value: 0, reason: "The paper gives no link latency; a VPC link adds milliseconds against seconds of prefill." },
    { name: "link.efficiency", value: 1, reason: "Multi-connection TCP is taken to fill the 100 Gbps link." },
    { name: "intraClusterGbps", value: 400, reason: "One RDMA NIC per local PD-P to PD-D transfer, without sharing (convention)." },
    { name: "prefix sharing", value: "none", reason: "The case-study workload has no prefix sharing, so incremental length equals input length (unconfirmed)." },
    { name: "arrivals", value: "poisson", reason: "arXiv:2604.15039 does not publish the arrival process behind its figures. Poisson is the likely choice." },
  ],
};

function pick(point: typeof PUBLISHED_OPERATING_POINT) {
  return { pdPrefillInstances: point.pdPrefillInstances, pdDecodeInstances: point.pdDecodeInstances };
}

/** Built-in presets by id. */
export const PRESETS: readonly PrfaasPreset[] = [CASE_STUDY_PRESET];

/**
 * Returns the built-in preset `id`.
 * @throws PrfaasError `UNKNOWN_ID` naming the known ids.
 */
export function getPreset(id: string): PrfaasPreset {
  const preset = PRESETS.find((candidate) => candidate.id === id);
  if (preset === undefined) {
    throw new PrfaasError("UNKNOWN_ID", `Unknown preset "${id}": the presets are ${PRESETS.map((entry) => entry.id).join(", ")}.`, {
      field: "preset",
      value: id,
    });
  }
  return preset;
}
