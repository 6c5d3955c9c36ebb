import { isAfdError } from "@modelsys/afd";
import { isAttentionError } from "@modelsys/attention";
import { isCatalogError } from "@modelsys/catalog";
import { isKvCacheError } from "@modelsys/kvcache";
import { isPrfaasError } from "@modelsys/prfaas";
import { isRooflineError } from "@modelsys/roofline";

/** Invalid usage or input: the command cannot run. The CLI exits with code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The job ran on valid input and failed, for example no plan meets the target. The CLI exits with code 1. */
export class JobFailedError extends Error {
  override readonly name = "JobFailedError";
}

/** Exit codes of the planner CLI. */
export const EXIT_OK = 0;
export const EXIT_JOB_FAILED = 1;
export const EXIT_USAGE = 2;

/** Returns true for errors caused by the user's input, which exit with code 2. */
export function isInputError(error: unknown): boolean {
  return (
    error instanceof UsageError || isCatalogError(error) || isAttentionError(error) || isRooflineError(error) || isKvCacheError(error) || isAfdError(error) || isPrfaasError(error)
  );
}
