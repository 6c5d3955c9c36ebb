import { checkKvStorageFields, KV_STORAGE_KEYS, type KvStorage } from "./kv-bytes.js";
import { checkOptionsObject, rejectOption, rejectUnknownKeys, requireCount, requireFraction } from "./option-checks.js";

/**
 * Default achieved fraction of peak BF16 FLOP/s in prefill: 0.6, a calibration choice shared
 * with the AFD planner, not a measured figure.
 */
export const DEFAULT_PREFILL_FLOP_EFFICIENCY = 0.6;

/**
 * Default achieved fraction of HBM bandwidth in prefill: 0.5, the fraction the Step-3 system
 * report (arXiv 2507.19427) assumes for L20 weight streaming. Using it for other cards is a
 * calibration choice.
 */
export const DEFAULT_PREFILL_HBM_EFFICIENCY = 0.5;

/** One prefill instance: its GPU count, achieved fractions of peak and cache storage. */
export interface PrefillInstanceOptions extends KvStorage {
  /** GPUs of the instance, which share the FLOPs and the bytes evenly (8 for one 8-card server). */
  gpus: number;
  /** Achieved fraction of the dense BF16 peak, in (0, 1] (default 0.6). */
  flopEfficiency?: number;
  /** Achieved fraction of HBM bandwidth, in (0, 1] (default 0.5). */
  hbmEfficiency?: number;
}

/** Options of {@link prefillTime}: the prompt and the instance. */
export interface PrefillOptions extends PrefillInstanceOptions {
  /** Tokens to prefill (`l`), at least 1. */
  newTokens: number;
  /** Tokens already in the cache before them (`c`), such as a reused prefix (default 0). */
  cachedTokens?: number;
}

/** {@link PrefillInstanceOptions} with every default filled in. */
export interface ResolvedPrefillInstance extends KvStorage {
  gpus: number;
  flopEfficiency: number;
  hbmEfficiency: number;
}

const INSTANCE_KEYS: readonly string[] = ["gpus", "flopEfficiency", "hbmEfficiency", ...KV_STORAGE_KEYS];

/** The option keys each public function accepts: `prefillTime` also takes the prompt's token counts. */
const OPTION_KEYS = {
  prefillTime: ["newTokens", "cachedTokens", ...INSTANCE_KEYS],
  prefillEstimator: INSTANCE_KEYS,
} as const satisfies Record<string, readonly string[]>;

/**
 * Checks the instance options that `caller` received and fills in the defaults. The first invalid
 * value, or a key outside the caller's options, is `INVALID_OPTION` naming it.
 */
export function resolvePrefillInstance(options: unknown, caller: keyof typeof OPTION_KEYS): ResolvedPrefillInstance {
  checkOptionsObject(options, "{ gpus: 8 }");
  rejectUnknownKeys(options, OPTION_KEYS[caller], caller);
  return {
    gpus: requireCount("gpus", options["gpus"], 1, "the GPUs of one prefill instance, such as 8"),
    flopEfficiency: requireFraction(
      "flopEfficiency",
      options["flopEfficiency"] ?? DEFAULT_PREFILL_FLOP_EFFICIENCY,
      "the achieved fraction of the BF16 peak",
    ),
    hbmEfficiency: requireFraction(
      "hbmEfficiency",
      options["hbmEfficiency"] ?? DEFAULT_PREFILL_HBM_EFFICIENCY,
      "the achieved fraction of HBM bandwidth",
    ),
    ...checkKvStorageFields(options),
  };
}

/**
 * Checks the prompt's token counts: `newTokens` ≥ 1, `cachedTokens` ≥ 0, and a sum that is still a
 * safe integer, because the cache then contains that many tokens.
 */
export function checkPromptTokens(newTokens: unknown, cachedTokens: unknown): { newTokens: number; cachedTokens: number } {
  const checked = {
    newTokens: requireCount("newTokens", newTokens, 1, "the tokens to prefill"),
    cachedTokens: requireCount("cachedTokens", cachedTokens, 0, "the tokens already cached before them (0 for none)"),
  };
  if (!Number.isSafeInteger(checked.newTokens + checked.cachedTokens)) {
    rejectOption("cachedTokens", cachedTokens, `a count whose sum with newTokens (${checked.newTokens}) is at most ${Number.MAX_SAFE_INTEGER}`);
  }
  return checked;
}
