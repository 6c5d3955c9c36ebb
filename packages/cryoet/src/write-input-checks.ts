// Checks of the metadata given to the writer, so that a value the header cannot store is an error
// naming the option instead of a silently truncated, wrapped or infinite header field.
import { checkBooleanOption } from "./boolean-option.js";
import { MrcError } from "./errors.js";
import type { MrcHeaderInput } from "./writer.js";

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * Formats an option value for a message, keeping NaN and Infinity, which JSON turns into null. A
 * bigint keeps its "n" suffix, so that 1n does not read as the valid number 1.
 */
export function formatOptionValue(value: unknown): string {
  if (isArrayOrTypedArray(value)) return `[${Array.from(value, formatOptionValue).join(", ")}]`;
  if (typeof value === "bigint") return `${value}n`;
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function invalid(field: string, value: unknown, message: string): MrcError {
  return new MrcError("INVALID_ARGUMENT", message, { field, value });
}

/** Returns true for an array or a typed array, which the writer spreads into header fields alike. */
function isArrayOrTypedArray(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function isVector3(value: unknown): value is ArrayLike<unknown> {
  return isArrayOrTypedArray(value) && value.length === 3;
}

/** Throws `INVALID_ARGUMENT` unless `origin` is 3 finite numbers that float32 can store. */
function checkOrigin(origin: unknown): void {
  if (isVector3(origin) && Array.from(origin).every((value) => typeof value === "number" && Number.isFinite(Math.fround(value)))) return;
  throw invalid("origin", origin, `Invalid origin ${formatOptionValue(origin)}: expected 3 finite Å values (x, y, z) within float32 range, as ORIGIN stores them.`);
}

/** Throws `INVALID_ARGUMENT` unless `nstart` is 3 integers that int32 can store. */
function checkNstart(nstart: unknown): void {
  if (isVector3(nstart) && Array.from(nstart).every((value) => Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX)) return;
  throw invalid("nstart", nstart, `Invalid nstart ${formatOptionValue(nstart)}: expected 3 whole numbers (NXSTART, NYSTART, NZSTART) from ${INT32_MIN} to ${INT32_MAX}.`);
}

/**
 * Throws `INVALID_ARGUMENT` for metadata that the header cannot store as given. These are a voxel
 * size that is not one value or 3, an origin or start index out of its field's range, an unknown
 * `kind`, an EXTTYP longer than 4 characters, and a `littleEndian` or `stampLabel` that is not a
 * boolean. The voxel size values are checked when the cell
 * is computed.
 */
export function checkWriteMetadata(input: MrcHeaderInput): void {
  checkBooleanOption("littleEndian", input.littleEndian);
  checkBooleanOption("stampLabel", input.stampLabel);
  const voxelSize: unknown = input.voxelSize;
  if (voxelSize !== undefined && typeof voxelSize !== "number" && !isVector3(voxelSize)) {
    throw invalid("voxelSize", voxelSize, `Invalid voxel size ${formatOptionValue(voxelSize)}: expected one Å value or 3 (X, Y, Z).`);
  }
  if (input.origin !== undefined) checkOrigin(input.origin);
  if (input.nstart !== undefined) checkNstart(input.nstart);
  const kind: unknown = input.kind;
  if (kind !== undefined && kind !== "volume" && kind !== "imageStack") {
    throw invalid("kind", kind, `Invalid kind ${formatOptionValue(kind)}: expected "volume" (ISPG 1) or "imageStack" (ISPG 0).`);
  }
  if (input.exttyp !== undefined && (typeof input.exttyp !== "string" || input.exttyp.length > 4)) {
    throw invalid("exttyp", input.exttyp, `Invalid EXTTYP ${formatOptionValue(input.exttyp)}: it is at most 4 characters, such as "FEI1" or "SERI".`);
  }
}
