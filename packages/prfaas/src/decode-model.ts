import type { AcceleratorDescriptor } from "@modelsys/catalog";

import { PrfaasError, requireInteger, requirePositive } from "./errors.js";

/** Decode capacity of one PD-D instance: slots and a constant step time. */
export interface DecodeCapacity {
  /** Maximum decode batch BS_max (requests in flight per instance). */
  bsMax: number;
  /** Time of one decode step in seconds, T_decode. */
  stepTimeS: number;
}

/** Inputs of the roofline decode model for one instance. */
export interface RooflineDecodeOptions {
  accelerator: AcceleratorDescriptor;
  /** GPUs per instance (8). */
  gpus: number;
  /** KV bytes of a request whose cache covers `tokens` tokens. */
  kvBytes(tokens: number): number;
  /** Mean input length l_in of the workload, in tokens. */
  meanInputTokens: number;
  /** Output length L_out in tokens. */
  outputTokens: number;
  /** Weight bytes W held on the instance. */
  weightBytes: number;
  /** Active parameters per token, N_active. */
  activeParameters: number;
  /** Fraction u of HBM the engine may use (default 0.9, vLLM's `gpu_memory_utilization`). */
  memoryUtilization?: number;
  /** Achieved fraction of HBM bandwidth η_bw (default 0.8, a convention). */
  bandwidthEfficiency?: number;
  /** Achieved fraction of dense BF16 peak FLOP/s η_f (default 0.5, a convention). */
  flopEfficiency?: number;
}

/** The roofline decode model: capacity at the mean context, and the step time for any batch. */
export interface RooflineDecode extends DecodeCapacity {
  /** Step time in seconds of a batch of `batch` requests at mean context `contextTokens`. */
  stepTimeAt(batch: number, contextTokens: number): number;
}

/**
 * Returns the roofline decode capacity of one instance at the workload's mean input l_in:
 * BS_max = ⌊(u · M − W) / S_kv(l_in + L_out)⌋, and the step time at BS_max and mean context
 * l_in + L_out / 2, max((W + B · S_kv) / (n · BW · η_bw), B · 2 · N_active / (n · F · η_f)).
 *
 * @throws PrfaasError `INVALID_OPTION` when the weights leave no room for one request's cache.
 */
export function rooflineDecode(options: RooflineDecodeOptions): RooflineDecode {
  const gpus = requireInteger("gpus", options.gpus, 1);
  const utilization = requirePositive("memoryUtilization", options.memoryUtilization ?? 0.9);
  const bandwidthEfficiency = requirePositive("bandwidthEfficiency", options.bandwidthEfficiency ?? 0.8);
  const flopEfficiency = requirePositive("flopEfficiency", options.flopEfficiency ?? 0.5);
  const memory = gpus * options.accelerator.hbmCapacityBytes;
  const bsMax = Math.floor((utilization * memory - options.weightBytes) / options.kvBytes(options.meanInputTokens + options.outputTokens));
  if (!(bsMax >= 1)) {
    throw new PrfaasError(
      "INVALID_OPTION",
      `Invalid weightBytes ${options.weightBytes}: ${gpus} × ${options.accelerator.id} at utilisation ${utilization} leaves no room for one request's KV cache. Use more GPUs per instance or smaller weights.`,
      { field: "weightBytes", value: options.weightBytes },
    );
  }
  const stepTimeAt = (batch: number, contextTokens: number) =>
    Math.max(
      (options.weightBytes + batch * options.kvBytes(contextTokens)) / (gpus * options.accelerator.hbmBandwidthBytesPerSecond * bandwidthEfficiency),
      (batch * 2 * options.activeParameters) / (gpus * options.accelerator.peakFlopsPerSecond.bf16 * flopEfficiency),
    );
  return { bsMax, stepTimeS: stepTimeAt(bsMax, options.meanInputTokens + options.outputTokens / 2), stepTimeAt };
}

/** Requests per second one decode instance completes: BS_max / (T_decode · L_out). */
export function decodeRequestsPerSecond(capacity: DecodeCapacity, outputTokens: number): number {
  return capacity.bsMax / (capacity.stepTimeS * Math.max(1, outputTokens));
}
