import { existsSync, statSync } from "node:fs";

import { UsageError } from "./usage-error.js";

/** Checks that the subject file exists and is a file; a missing file is invalid usage. */
export function requireFile(path: string): string {
  if (!existsSync(path)) throw new UsageError(`File not found: ${path}. Pass the path of an MRC file (.mrc, .map, .rec, .st, optionally .gz or .bz2).`);
  if (!statSync(path).isFile()) throw new UsageError(`${path} is not a file. Pass the path of an MRC file.`);
  return path;
}

/** Parses a non-negative whole number, such as `--index 10`. */
export function parseIndex(flag: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a non-negative whole number.`);
  }
  return number;
}

/** Parses a positive whole number, such as `--chunk 64`. */
export function parsePositiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number === 0) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a positive whole number.`);
  }
  return number;
}

/** Returns the output path given to `flag`, rejecting an empty or blank one, which names no file. */
export function requireOutputPath(flag: string, value: string, example: string): string {
  if (value.trim() === "") throw new UsageError(`Invalid ${flag} "${value}": expected the path of the output to write, such as ${example}.`);
  return value;
}

/** A decimal number with an optional exponent, checked because `Number` alone also takes hexadecimal and binary literals. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses a percentile from 0 to 100. */
export function parsePercentile(flag: string, value: string): number {
  const number = Number(value);
  if (!DECIMAL.test(value.trim()) || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a percentile from 0 to 100.`);
  }
  return number;
}

/** Parses a non-negative number, such as a tolerance. */
export function parseNonNegative(flag: string, value: string): number {
  const number = Number(value);
  if (!DECIMAL.test(value.trim()) || !Number.isFinite(number) || number < 0) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a non-negative number.`);
  }
  return number;
}
