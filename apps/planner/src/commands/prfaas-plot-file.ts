// The --plot file of `planner prfaas simulate`: checked before the run, written atomically after it.
import { accessSync, chmodSync, closeSync, constants, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";

import { JobFailedError, UsageError } from "../usage-error.js";

/**
 * Checks before a run that the plot can go to `path`: the name ends in `.svg`, the path is not a
 * directory, device, FIFO or socket, and a file can be created in its directory (an empty one is
 * created and removed).
 * Only a full disk or a size limit can then stop the write.
 *
 * @throws UsageError naming the path and the fix.
 */
export function checkPlotPath(path: string): void {
  if (extname(path).toLowerCase() !== ".svg") {
    throw new UsageError(`Invalid --plot "${path}": the plot is SVG, so the file name must end in .svg, such as ttft.svg.`);
  }
  const directory = dirname(path);
  try {
    if (!statSync(directory).isDirectory()) throw new UsageError(`Invalid --plot "${path}": ${directory} is not a directory. Pass a path in an existing directory.`);
    accessSync(directory, constants.W_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not writable";
    throw new UsageError(`Invalid --plot "${path}": the directory ${directory} ${reason}. Create it or pass a path in a writable directory.`);
  }
  if (isDirectory(path)) throw new UsageError(`Invalid --plot "${path}": it is a directory. Pass a file name ending in .svg.`);
  // The rename that replaces a file would turn a FIFO, socket or device into a regular file.
  if (isSpecialFile(path)) throw new UsageError(`Invalid --plot "${path}": it is a device, FIFO or socket, not a regular file. Pass a file name ending in .svg.`);
  if (isDanglingLink(path)) {
    throw new UsageError(`Invalid --plot "${path}": it is a symbolic link whose target does not exist. Create the target or remove the link, or pass another path.`);
  }
  probeDirectory(path);
}

/**
 * Creates and removes an empty file where {@link writePlotFile} puts its temporary file, because
 * the permission bits alone do not tell: the superuser passes every access check, and read-only
 * or virtual file systems such as /proc refuse new files anyway.
 */
function probeDirectory(path: string): void {
  const probe = temporaryPathFor(existingTarget(path).path, "probe");
  try {
    closeSync(openSync(probe, "wx"));
  } catch (error) {
    throw new UsageError(`Invalid --plot "${path}": cannot create a file in ${dirname(probe)} (${(error as Error).message}). Pass a path in a writable directory.`);
  }
  removeQuietly(probe);
}

/** Returns the path of a temporary file next to `target`; renaming a finished write over `target` replaces it. */
function temporaryPathFor(target: string, kind: "tmp" | "probe"): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${kind}`);
}

/** Returns true for a symbolic link whose target does not exist, which the rename would replace instead of writing through. */
function isDanglingLink(path: string): boolean {
  try {
    if (!lstatSync(path).isSymbolicLink()) return false;
  } catch {
    return false;
  }
  try {
    realpathSync(path);
    return false;
  } catch {
    return true;
  }
}

/** Returns the file a write to `path` replaces, through any symbolic links, with its permission bits when it exists. */
function existingTarget(path: string): { path: string; mode: number | undefined } {
  try {
    const resolved = realpathSync(path);
    return { path: resolved, mode: statSync(resolved).mode & 0o7777 };
  } catch {
    return { path, mode: undefined };
  }
}

/** Returns true when `path`, through any symbolic links, exists and is neither a regular file nor a directory. */
function isSpecialFile(path: string): boolean {
  try {
    const entry = statSync(path);
    return !entry.isFile() && !entry.isDirectory();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes `svg` to `path` through a temporary file in the same directory and a rename, so a failed
 * write leaves an existing file at `path` as it was. A symbolic link at `path` is followed, so the
 * link stays and its target gets the plot, and an existing file keeps its permission bits.
 *
 * @throws JobFailedError naming the path and the reason; the temporary file is removed.
 */
export function writePlotFile(path: string, svg: string): void {
  const target = existingTarget(path);
  const temporary = temporaryPathFor(target.path, "tmp");
  try {
    writeFileSync(temporary, svg);
    if (target.mode !== undefined) chmodSync(temporary, target.mode);
    renameSync(temporary, target.path);
  } catch (error) {
    removeQuietly(temporary);
    const code = (error as NodeJS.ErrnoException).code;
    const fix = code === "ENOSPC" || code === "EDQUOT" || code === "EFBIG" ? "free some space or pass another --plot path" : "pass another --plot path";
    throw new JobFailedError(
      `Cannot write the plot to ${path}: ${(error as Error).message}. The results above are complete, and any earlier file at that path is unchanged; ${fix}.`,
    );
  }
}

/** Deletes `path`, ignoring a file that is already gone. */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Nothing to remove: the write failed before creating the file.
  }
}
