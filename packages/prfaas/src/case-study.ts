import type { ProfileRow } from "./prefill-profile.js";

const MIB = 2 ** 20;

/**
 * The 1T-parameter hybrid model (Kimi Linear layout, KDA:MLA = 3:1) profiled on one 8×H200
 * instance under SGLang v0.5.9: Qin et al., "Prefill-as-a-Service: KVCache of Next-Generation
 * Models Could Go Cross-Datacenter", arXiv:2604.15039 v2, Table 5. Lengths 1K … 128K are read
 * as 1,024 × {1, 8, 32, 128}.
 */
export const CASE_STUDY_H200_PROFILE: readonly ProfileRow[] = [
  { tokens: 1024, kvBytes: 190.8 * MIB, prefillSeconds: 0.44 },
  { tokens: 8192, kvBytes: 308.9 * MIB, prefillSeconds: 0.72 },
  { tokens: 32_768, kvBytes: 701.3 * MIB, prefillSeconds: 1.84 },
  { tokens: 131_072, kvBytes: 2316.3 * MIB, prefillSeconds: 7.4 },
];

/** The published operating point: t = 19,400 tokens (19.4K read as thousands), 3 PD-P and 5 PD-D. */
export const PUBLISHED_OPERATING_POINT = { thresholdTokens: 19_400, pdPrefillInstances: 3, pdDecodeInstances: 5 } as const;

/** The published headline gains (arXiv:2604.15039 abstract): +54 % over homogeneous PD, +32 % over naive heterogeneous. */
export const PUBLISHED_GAINS = { overHomogeneousPd: 0.54, overNaiveHeterogeneous: 0.32 } as const;
