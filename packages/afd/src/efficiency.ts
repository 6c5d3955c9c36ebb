/**
 * Achievable fractions of the per-card peaks. The cost model keeps all three at 1.0, as the
 * Step-3 report does; the planner needs realistic rates to size batches.
 */
export interface Efficiency {
  /** Fraction of peak FLOP/s. */
  flopEfficiency: number;
  /** Fraction of HBM bandwidth. */
  hbmEfficiency: number;
  /** Fraction of each NIC's line rate. */
  nicEfficiency: number;
}

/**
 * StepMesh's measured per-leg rate, 161.3 Gbps on a 400 Gbps NIC (stepfun-ai/StepMesh
 * `Introduction.md`: 1,835,008 B in 91 µs and 3,670,016 B in 182 µs), the only published AFD
 * transfer rate.
 */
export const STEPMESH_NIC_EFFICIENCY = 161.3 / 400;

/**
 * About 40 GB/s of a 400 Gbps (50 GB/s) NIC, the all-to-all rate DeepEP measures on H800 with CX7
 * (github.com/deepseek-ai/DeepEP README), the alternative to StepMesh's rate. It raises the
 * minimum sparsity by 25 %. The baseline's comparison uses the EP128 decode figure below, 39 GB/s.
 */
export const DEEPEP_NIC_EFFICIENCY = 40 / 50;

/**
 * DeepEP's low-latency (decode) kernels at EP128 on H800, one 400 Gbps CX7 NIC per GPU. For 128
 * tokens per rank, 7168 hidden, top-8, FP8 out and BF16 back, dispatch takes 192 µs and combine
 * 369 µs, both at 39 GB/s of the NIC's 50 GB/s (github.com/deepseek-ai/DeepEP README, V1
 * performance table). The rate counts the same `top_k·H` and `2·top_k·H` bytes per token as the
 * co-located baseline, with the library and EP size of DeepSeek's published decode profile.
 */
export const DEEPEP_EP128_DECODE_NIC_EFFICIENCY = 39 / 50;

/**
 * Planner defaults. `nicEfficiency` is StepMesh's measured rate. `hbmEfficiency` 0.5 is the
 * fraction the Step-3 report assumes for L20 weight streaming; using it for Hopper is a
 * calibration choice. `flopEfficiency` 0.6 is a calibration choice that does not bind the Step-3
 * headline plan.
 */
export const DEFAULT_EFFICIENCY: Readonly<Efficiency> = Object.freeze({
  flopEfficiency: 0.6,
  hbmEfficiency: 0.5,
  nicEfficiency: STEPMESH_NIC_EFFICIENCY,
});
