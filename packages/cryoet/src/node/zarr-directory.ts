import { readdir, stat } from "node:fs/promises";

import FileSystemStore from "@zarrita/storage/fs";

import { checkBooleanOption } from "../boolean-option.js";
import { MrcError } from "../errors.js";
import type { MrcDataInput } from "../voxels.js";
import { writeOmeZarr, type OmeZarrBox, type OmeZarrOptions } from "../zarr.js";
import { replacementTarget, requireOutputPath, requireParentDirectory, temporaryPathFor } from "./atomic.js";
import { NODE_DIRECTORY_OPERATIONS, swapDirectory, type DirectoryOperations } from "./directory-swap.js";

/**
 * Writes an OME-Zarr directory (see {@link writeOmeZarr}) into a temporary directory beside
 * `path` and renames it into place, so a failed export leaves nothing behind. An existing
 * directory is an error unless `overwrite` is set, in which case it is replaced after the export
 * succeeds: it is renamed aside and deleted once the new directory is in place. Only an empty
 * directory or a Zarr store (with `zarr.json`, `.zgroup` or `.zarray`) is replaced.
 * Any other existing entry, such as a regular file, is always an error and is left untouched.
 * A symbolic link to a directory is written through, and a missing parent directory is a
 * `WRITE_FAILED` error, never created. `volume` is the whole array or a sequence of boxes, as
 * {@link writeOmeZarr} takes it.
 */
export async function writeOmeZarrDirectory(path: string, volume: MrcDataInput | AsyncIterable<OmeZarrBox>, shape: readonly number[], options: OmeZarrOptions & { overwrite?: boolean } = {}): Promise<void> {
  requireOutputPath(path, 'a directory name, such as "map.zarr"');
  checkBooleanOption("overwrite", options.overwrite);
  await exportOmeZarrDirectory(path, volume, shape, options, NODE_DIRECTORY_OPERATIONS);
}

/** Does the work of {@link writeOmeZarrDirectory} through `operations`, which tests replace to make a step fail. */
export async function exportOmeZarrDirectory(path: string, volume: MrcDataInput | AsyncIterable<OmeZarrBox>, shape: readonly number[], options: OmeZarrOptions & { overwrite?: boolean }, operations: DirectoryOperations): Promise<void> {
  const target = await replacementTarget(path);
  await requireParentDirectory(target);
  const existing = await stat(target).catch(() => null);
  const exists = existing !== null;
  if (exists && !options.overwrite) {
    throw new MrcError("WRITE_FAILED", `${path} already exists: pass overwrite: true to replace it.`, { field: "path", value: path, file: path });
  }
  if (exists && !existing.isDirectory()) {
    throw new MrcError("WRITE_FAILED", `${path} exists and is not a directory: overwrite replaces only an empty directory or a Zarr store, so the entry is left unchanged. Remove it or choose another output path.`, { field: "path", value: path, file: path });
  }
  if (exists) await requireReplaceableDirectory(path, target);
  const temporary = temporaryPathFor(target);
  try {
    await writeOmeZarr(new FileSystemStore(temporary), volume, shape, options);
    if (exists) await swapDirectory(temporary, target, path, operations);
    else await operations.rename(temporary, target);
  } catch (error) {
    await operations.rm(temporary, { recursive: true, force: true });
    if (error instanceof MrcError) throw error;
    throw new MrcError("WRITE_FAILED", `Writing ${path} failed: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  }
}

/** Entries that mark a directory as a Zarr store: `zarr.json` (v3), `.zgroup` or `.zarray` (v2). */
const ZARR_MARKERS = ["zarr.json", ".zgroup", ".zarray"];

/**
 * Throws `WRITE_FAILED` unless the directory `target` is empty or a Zarr store, so that
 * `overwrite` never deletes a directory of other files given by mistake.
 */
async function requireReplaceableDirectory(path: string, target: string): Promise<void> {
  const entries = await readdir(target);
  if (entries.length === 0 || entries.some((entry) => ZARR_MARKERS.includes(entry))) return;

  throw new MrcError(
    "WRITE_FAILED",
    `${path} is a directory with ${entries.length} ${entries.length === 1 ? "entry" : "entries"} but no zarr.json, .zgroup or .zarray: overwrite replaces only an empty directory or a Zarr store, so it is left unchanged. Choose a new output path, or remove the directory first.`,
    { field: "path", value: path, file: path },
  );
}
