/** Invalid usage: an unknown flag, a value out of range or a missing input file. The CLI exits with code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Exit codes of the mrc CLI: 0 valid file or success, 1 invalid file or failed job, 2 invalid usage. */
export const EXIT_OK = 0;
export const EXIT_JOB_FAILED = 1;
export const EXIT_USAGE = 2;
