import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, link, lstat, open, readlink, realpath, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

import { checkBooleanOption } from "../boolean-option.js";
import { MrcError } from "../errors.js";

/**
 * Rejects an output path that is not a non-empty string, which would otherwise fail deep in the
 * atomic write with a message about a temporary path. `expected` describes a valid path.
 */
export function requireOutputPath(path: unknown, expected: string): void {
  if (typeof path === "string" && path !== "") return;
  throw new MrcError("INVALID_ARGUMENT", `Invalid output path ${JSON.stringify(path) ?? String(path)}: expected ${expected}.`, { field: "path", value: path });
}

/** Returns a temporary path in the directory of `path`, so that a rename stays on one file system. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/** Returns true when something exists at `path`, following symbolic links. */
export async function pathExists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

/**
 * Returns the path that replacing `path` should write: `path` itself, or the final target of a
 * symbolic link at `path`, so that a replacement writes through the link and keeps it, as writing
 * the file in place would. A link whose target does not exist yet resolves to that target, which
 * the write then creates, as `cp` or `open(path, "w")` would. Throws `WRITE_FAILED` when the
 * target's directory does not exist or the links form a loop.
 */
export async function replacementTarget(path: string): Promise<string> {
  const entry = await lstat(path).catch(() => null);
  if (entry === null || !entry.isSymbolicLink()) return path;
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return missingLinkTarget(path);
    throw new MrcError("WRITE_FAILED", `Cannot write ${path}: its symbolic link cannot be followed (${(error as Error).message}). Fix or remove the link.`, {
      field: "path",
      value: path,
      file: path,
      cause: error,
    });
  }
}

/** A chain of more symbolic links than this is treated as a loop. */
const MAX_LINK_HOPS = 40;

/**
 * Follows the symbolic links from `path` to the first name that does not exist and returns it,
 * with its directory resolved. Throws `WRITE_FAILED` naming that directory when it does not exist,
 * and for a chain of more than {@link MAX_LINK_HOPS} links.
 */
async function missingLinkTarget(path: string): Promise<string> {
  let current = path;
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    const entry = await lstat(current).catch(() => null);
    // Another process may have created the target since realpath failed.
    if (entry !== null && !entry.isSymbolicLink()) return realpath(current);
    if (entry === null) return inExistingDirectory(path, current);
    current = resolve(dirname(current), await readlink(current));
  }
  throw new MrcError("WRITE_FAILED", `Cannot write ${path}: it starts a chain of more than ${MAX_LINK_HOPS} symbolic links, which is treated as a loop. Fix or remove the link.`, { field: "path", value: path, file: path });
}

/** Returns `target` with its directory resolved, or throws `WRITE_FAILED` naming the directory when it does not exist. */
async function inExistingDirectory(path: string, target: string): Promise<string> {
  const directory = dirname(target);
  const resolvedDirectory = await realpath(directory).catch(() => null);
  if (resolvedDirectory === null) {
    throw new MrcError("WRITE_FAILED", `Cannot write ${path}: it is a symbolic link to ${target}, and the directory ${directory} does not exist. Create the directory, or remove the link.`, {
      field: "path",
      value: path,
      file: path,
    });
  }
  return join(resolvedDirectory, basename(target));
}

/**
 * Throws `WRITE_FAILED` naming the directory when the directory that would contain `path` does not
 * exist or is not a directory. Writers never create missing directories.
 */
export async function requireParentDirectory(path: string): Promise<void> {
  const directory = dirname(resolve(path));
  const entry = await stat(directory).catch(() => null);
  if (entry === null) {
    throw new MrcError("WRITE_FAILED", `Cannot write ${path}: the directory ${directory} does not exist. Create it first, or choose another output path.`, { field: "path", value: path, file: path });
  }
  if (!entry.isDirectory()) {
    throw new MrcError("WRITE_FAILED", `Cannot write ${path}: ${directory} is not a directory. Choose another output path.`, { field: "path", value: path, file: path });
  }
}

/**
 * Throws `WRITE_FAILED` when `path`, or the target of a symbolic link at `path`, exists and is not
 * a regular file. A file cannot replace a directory, and the rename that replaces a file would turn
 * a device, FIFO or socket such as /dev/null into a regular file, so none of them is replaced, with
 * or without overwrite.
 */
export async function requireRegularFileOrAbsent(path: string): Promise<void> {
  const entry = await stat(path).catch(() => null);
  if (entry === null || entry.isFile()) return;
  const message = entry.isDirectory()
    ? `Cannot write ${path}: it is a directory, which is left unchanged. Give a file path instead, such as a new name inside it.`
    : `Cannot write ${path}: it is a device, FIFO or socket, not a regular file, and it is left unchanged. Give the path of a regular file.`;
  throw new MrcError("WRITE_FAILED", message, { field: "path", value: path, file: path });
}

/**
 * Throws `WRITE_FAILED` when `target` exists but may not be written, so that replacing it through
 * a rename, which needs only the directory's permission, fails as writing it in place would.
 */
async function requireWritableTarget(path: string, target: string): Promise<void> {
  if (!(await pathExists(target))) return;
  try {
    await access(target, constants.W_OK);
  } catch (error) {
    throw new MrcError("WRITE_FAILED", `Cannot write ${path}: the file is read-only (${(error as Error).message}). Make it writable, for example with chmod u+w, or choose another output path.`, {
      field: "path",
      value: path,
      file: path,
      cause: error,
    });
  }
}

/** Options of {@link replaceFile}, {@link writeFileAtomic} and {@link moveIntoPlace}. */
export interface ReplaceOptions {
  /**
   * Replace a file that exists at the path when the new file is moved into place. Default true.
   * With false, a file at the path is kept, whether it existed before the write or appeared while
   * the new one was written, and the write fails with `WRITE_FAILED`.
   */
  overwrite?: boolean;
}

/** link() error codes of file systems without hard links. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

function outputExistsError(path: string, cause?: unknown): MrcError {
  return new MrcError("WRITE_FAILED", `${path} already exists: it appeared while the new file was being written, and it is left unchanged. Pass overwrite: true (the mrc CLI's --force) to replace it, or choose another output path.`, {
    field: "path",
    value: path,
    file: path,
    cause,
  });
}

/**
 * Moves a finished temporary file to `target` only if nothing exists there. A hard link fails
 * atomically when `target` exists, so a file that another process created meanwhile is never
 * replaced. File systems without hard links fall back to a check, then a rename.
 */
async function moveIntoPlaceExclusive(temporary: string, target: string, path: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw outputExistsError(path, error);
    if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
    // NOTE: without hard links, a file created between this check and the rename is replaced.
    if (await pathExists(target)) throw outputExistsError(path);
    await rename(temporary, target);
    return;
  }
  await rm(temporary, { force: true });
}

/**
 * Renames a finished temporary file over `target`. When `target` exists, the temporary file first
 * gets its permission bits (read, write and execute for owner, group and others), so replacing a
 * file keeps who may read it. With `overwrite: false`, an existing `target` is kept and the move
 * throws `WRITE_FAILED` naming `path`.
 * NOTE: the owner and group are not kept; only the superuser could set them.
 */
export async function moveIntoPlace(temporary: string, target: string, options: ReplaceOptions = {}, path = target): Promise<void> {
  if (options.overwrite === false) {
    await moveIntoPlaceExclusive(temporary, target, path);
    return;
  }
  const existing = await stat(target).catch(() => null);
  if (existing !== null) await chmod(temporary, existing.mode & 0o777);
  await rename(temporary, target);
}

/**
 * Writes a file through a temporary file in the same directory, flushed to disk, then renamed over
 * `path`. If `write` or any step fails, the temporary file is removed and `path` is untouched.
 * A symbolic link at `path` is written through (its target is replaced, the link stays), a replaced
 * file keeps its permission bits, and a missing directory is an error, never created. With
 * `overwrite: false`, a file that exists at `path` before the write starts or when the new one is
 * complete is kept, and the call throws `WRITE_FAILED`.
 */
export async function replaceFile(path: string, write: (handle: FileHandle) => Promise<void>, options: ReplaceOptions = {}): Promise<void> {
  checkBooleanOption("overwrite", options.overwrite);
  const target = await replacementTarget(path);
  await requireParentDirectory(target);
  await requireRegularFileOrAbsent(target);
  await requireWritableTarget(path, target);
  const replacing = await pathExists(target);
  if (replacing && options.overwrite === false) {
    // Checked before writing too, so the error does not claim that the file appeared meanwhile.
    throw new MrcError("WRITE_FAILED", `${path} already exists: pass overwrite: true to replace it, or choose another output path.`, { field: "path", value: path, file: path });
  }
  const temporary = temporaryPathFor(target);
  const handle = await open(temporary, "wx").catch((error: unknown) => {
    throw new MrcError("WRITE_FAILED", `Cannot create a temporary file next to ${path}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  });
  try {
    await write(handle);
    await handle.sync();
    await handle.close();
    await moveIntoPlace(temporary, target, options, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    if (error instanceof MrcError) throw error;
    const outcome = replacing ? "and the original file is unchanged" : "and no file was created";
    throw new MrcError("WRITE_FAILED", `Writing ${path} failed, ${outcome}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  }
}

/** Writes all of `bytes` at `position` of an open file, repeating short writes. */
export async function writeFully(handle: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, position + written);
    written += bytesWritten;
  }
}

/** Writes `bytes` to `path` atomically with {@link replaceFile}. */
export async function writeFileAtomic(path: string, bytes: Uint8Array, options: ReplaceOptions = {}): Promise<void> {
  await replaceFile(path, (handle) => writeFully(handle, bytes, 0), options);
}
