import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { MrcError } from "../errors.js";

/** Returns a temporary path in the directory of `path`, so that a rename stays on one file system. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Writes a file through a temporary file in the same directory, flushed to disk, then renamed over
 * `path`. If `write` or any step fails, the temporary file is removed and `path` is untouched.
 */
export async function replaceFile(path: string, write: (handle: import("node:fs/promises").FileHandle) => Promise<void>): Promise<void> {
  const temporary = temporaryPathFor(path);
  const handle = await open(temporary, "wx").catch((error: unknown) => {
    throw new MrcError("WRITE_FAILED", `Cannot create a temporary file next to ${path}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  });
  try {
    await write(handle);
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    if (error instanceof MrcError) throw error;
    throw new MrcError("WRITE_FAILED", `Writing ${path} failed, and the original file is unchanged: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  }
}

/** Writes `bytes` to `path` atomically with {@link replaceFile}. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await replaceFile(path, async (handle) => {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, written);
      written += bytesWritten;
    }
  });
}
