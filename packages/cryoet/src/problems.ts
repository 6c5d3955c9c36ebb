import { MrcError, type MrcErrorCode } from "./errors.js";

/** Codes of problems that are only ever warnings. */
export type MrcWarningCode =
  | "NONSTANDARD_MAP_ID"
  | "UNKNOWN_MACHINE_STAMP"
  | "ZERO_DIMENSION"
  | "UNDEFINED_VOXEL_SIZE"
  | "FILE_TOO_LONG"
  | "MISSING_EXTTYP"
  | "INVALID_FEI_BLOCKS"
  | "INACCURATE_STATISTICS"
  | "INVALID_LABELS"
  | "UNKNOWN_VERSION"
  | "INVALID_SPACE_GROUP"
  | "NONSTANDARD_MODE"
  | "NONFINITE_DATA"
  | "EXTENDED_HEADER_DROPPED";

/** Stable code of an {@link MrcProblem}: an error code, or a code that is only a warning. */
export type MrcProblemCode = MrcErrorCode | MrcWarningCode;

/**
 * One thing wrong with an MRC file, with the number of the validation check that finds it
 * (see {@link validateMrc}). Strict reading throws the message as an {@link MrcError}, and
 * permissive reading and validation report the same message.
 */
export interface MrcProblem {
  readonly check: number;
  readonly code: MrcProblemCode;
  /** Header field or part of the file at fault, such as `MODE` or `NSYMBT`. */
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
}

/** A problem that reading tolerated, with what the reader did instead (`fallback`). */
export interface MrcWarning extends MrcProblem {
  /** `error` when a strict read throws this problem, `warning` when both modes only warn. */
  readonly severity: "error" | "warning";
  /** What the reader did instead, such as "Data is null." Empty when reading went on unchanged. */
  readonly fallback: string;
}

/** Formats a warning as one line: the problem's message, then the fallback. */
export function formatWarning(warning: MrcWarning): string {
  return warning.fallback === "" ? warning.message : `${warning.message} ${warning.fallback}`;
}

/**
 * Collects the problems of one read. `fail` throws in strict mode and warns with the fallback in
 * permissive mode, and `warn` warns in both, so both modes share one message per problem.
 */
export class ProblemLog {
  readonly warnings: MrcWarning[] = [];

  constructor(
    readonly permissive: boolean,
    private readonly onWarning?: (warning: MrcWarning) => void,
    private readonly file?: string,
  ) {}

  /** Throws `problem` in strict mode; in permissive mode records it with `fallback`. */
  fail(problem: MrcProblem, fallback: string): void {
    if (!this.permissive) throw toError(problem, this.file);
    this.record({ ...problem, fallback, severity: "error" });
  }

  /** Records `problem` as a warning in both modes. */
  warn(problem: MrcProblem, fallback = ""): void {
    this.record({ ...problem, fallback, severity: "warning" });
  }

  /** Records a warning from another log unchanged, keeping its severity and fallback. */
  record(warning: MrcWarning): void {
    this.warnings.push(warning);
    this.onWarning?.(warning);
  }
}

/** Converts a problem into the {@link MrcError} that strict reading throws. */
export function toError(problem: MrcProblem, file?: string): MrcError {
  const code = problem.code as MrcErrorCode;
  const prefix = file === undefined ? "" : `${file}: `;
  return new MrcError(code, `${prefix}${problem.message}`, { field: problem.field, value: problem.value, check: problem.check, file });
}
