import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";

import { UsageError } from "./usage-error.js";

/** Returns the real path of `path`, or of its directory joined with its name when `path` does not exist yet. */
async function realOutputPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const existing = await realpath(absolute).catch(() => null);
  if (existing !== null) return existing;
  const directory = await realpath(dirname(absolute)).catch(() => dirname(absolute));
  return join(directory, basename(absolute));
}

/** Returns true when both paths exist and name one file: the same device and inode, as hard links do. */
async function sameInode(first: string, second: string): Promise<boolean> {
  const [a, b] = await Promise.all([stat(first).catch(() => null), stat(second).catch(() => null)]);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Throws a {@link UsageError} (exit code 2) when writing `output` would replace or delete the input
 * file: the same real path (through symbolic links), the same inode (hard links) or, with
 * `directory`, an output directory that contains the input.
 */
export async function rejectOutputOverInput(input: string, output: string, options: { directory?: boolean } = {}): Promise<void> {
  const inputReal = await realpath(input);
  const outputReal = await realOutputPath(output);
  if (outputReal === inputReal || resolve(output) === inputReal || (await sameInode(input, output))) {
    throw new UsageError(`The output path ${output} is the input file ${input}: writing it would destroy the input. Choose another output path.`);
  }
  if (options.directory && inputReal.startsWith(outputReal + sep)) {
    throw new UsageError(`The output directory ${output} contains the input file ${input}: replacing it would delete the input. Choose another output path.`);
  }
}
