// Replacing a directory so that a failure at any step leaves the old or the new one whole.
import { rename, rm } from "node:fs/promises";

import { MrcError } from "../errors.js";
import { temporaryPathFor } from "./atomic.js";

/** The file-system operations of {@link swapDirectory}. Tests replace them to make one step fail. */
export interface DirectoryOperations {
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
}

/** Node's own operations, the default of {@link swapDirectory}. */
export const NODE_DIRECTORY_OPERATIONS: DirectoryOperations = { rename, rm };

/**
 * Replaces the directory `target` with the directory `replacement`. The old directory is renamed
 * aside first and deleted only once the new one is in place, so a failure leaves one of the two
 * whole. `path` is the name the caller gave, for messages. Throws `WRITE_FAILED` when:
 * - the old directory cannot be renamed aside: nothing has changed;
 * - the new directory cannot be renamed into place: the old one is renamed back, and when that
 *   fails too, the message names where the old directory now is;
 * - the old directory cannot be deleted: the new one is in place, and the message names the
 *   old one's path.
 * `replacement` stays where it is unless it was renamed into place, so the caller deletes it.
 */
export async function swapDirectory(replacement: string, target: string, path: string, operations: DirectoryOperations = NODE_DIRECTORY_OPERATIONS): Promise<void> {
  const aside = temporaryPathFor(target);
  const writeFailed = (message: string, cause: unknown) => new MrcError("WRITE_FAILED", message, { field: "path", value: path, file: path, cause });

  try {
    await operations.rename(target, aside);
  } catch (error) {
    throw writeFailed(`Cannot replace ${path}: renaming the old directory aside to ${aside} failed (${messageOf(error)}). ${path} is unchanged.`, error);
  }

  try {
    await operations.rename(replacement, target);
  } catch (error) {
    try {
      await operations.rename(aside, target);
    } catch (restoreError) {
      throw writeFailed(
        `Cannot replace ${path}: renaming the new directory into place failed (${messageOf(error)}), and renaming the old directory back failed too (${messageOf(restoreError)}). The old directory is at ${aside}: rename it to ${target} to restore it.`,
        error,
      );
    }
    throw writeFailed(`Cannot replace ${path}: renaming the new directory into place failed (${messageOf(error)}). The old directory is restored unchanged.`, error);
  }

  try {
    await operations.rm(aside, { recursive: true, force: true });
  } catch (error) {
    throw writeFailed(`Replaced ${path}, but deleting the old directory, renamed aside to ${aside}, failed (${messageOf(error)}). Delete it by hand.`, error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
