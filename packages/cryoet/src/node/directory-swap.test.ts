// Replacing a directory when a step fails: injected file-system operations make one rename or
// the final delete fail, and the old directory must come back whole, or its place be named.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { swapDirectory, type DirectoryOperations } from "./directory-swap.js";
import { exportOmeZarrDirectory } from "./zarr-directory.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-swap-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Returns every file under `root` as relative path → contents, so a tree can be compared whole. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory)) {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) visit(path);
      else files[relative(root, path)] = readFileSync(path, "utf8");
    }
  };
  visit(root);
  return files;
}

/** Makes a Zarr store standing for an earlier export, with a nested chunk. */
function oldStore(name: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, "0", "c"), { recursive: true });
  writeFileSync(join(path, "zarr.json"), '{"old":true}');
  writeFileSync(join(path, "0", "c", "0"), "old chunk");
  return path;
}

function newStore(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  writeFileSync(join(path, "zarr.json"), '{"new":true}');
  return path;
}

/** Entries of the test directory that start with `.name.`: temporary and aside copies. */
function leftovers(name: string): string[] {
  return readdirSync(dir).filter((entry) => entry.startsWith(`.${name}.`));
}

const permissionDenied = (operation: string) => Object.assign(new Error(`EACCES: permission denied, ${operation}`), { code: "EACCES" });

/** Node's operations, except that a rename fails with EACCES when `shouldFail(from, to)` is true. */
function failingRenames(shouldFail: (from: string, to: string) => boolean): DirectoryOperations {
  return {
    rename: async (from, to) => {
      if (shouldFail(from, to)) throw permissionDenied(`rename '${from}' -> '${to}'`);
      await rename(from, to);
    },
    rm,
  };
}

describe("swapDirectory failures", () => {
  it("restores the old directory", async () => {
    const target = oldStore("restored.zarr");
    const replacement = newStore("restored-new");
    const before = snapshot(target);

    const swap = swapDirectory(replacement, target, target, failingRenames((from) => from === replacement));

    const error = await swap.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "MrcError", code: "WRITE_FAILED", field: "path", value: target });
    expect((error as Error).message).toBe(`Cannot replace ${target}: renaming the new directory into place failed (EACCES: permission denied, rename '${replacement}' -> '${target}'). The old directory is restored unchanged.`);
    expect((error as Error).cause).toMatchObject({ code: "EACCES" });
    expect(snapshot(target)).toEqual(before);
    expect(snapshot(replacement)).toEqual({ "zarr.json": '{"new":true}' });
    expect(leftovers("restored.zarr")).toEqual([]);
  });

  it("names the old directory when restoring fails", async () => {
    const target = oldStore("lost.zarr");
    const replacement = newStore("lost-new");
    const before = snapshot(target);

    const swap = swapDirectory(replacement, target, target, failingRenames((_, to) => to === target));

    const error = (await swap.catch((caught: unknown) => caught)) as Error & { code: string };
    expect(error.code).toBe("WRITE_FAILED");
    const aside = leftovers("lost.zarr");
    expect(aside).toHaveLength(1);
    expect(error.message).toContain("renaming the old directory back failed too");
    expect(error.message).toContain(`The old directory is at ${join(dir, aside[0]!)}: rename it to ${target} to restore it.`);
    expect(snapshot(join(dir, aside[0]!))).toEqual(before);
  });

  it("leaves the target when renaming aside fails", async () => {
    const target = oldStore("unmoved.zarr");
    const replacement = newStore("unmoved-new");
    const before = snapshot(target);

    const swap = swapDirectory(replacement, target, target, failingRenames((from) => from === target));

    await expect(swap).rejects.toThrow(/renaming the old directory aside to .* failed .*\. \S+unmoved\.zarr is unchanged\.$/);
    expect(snapshot(target)).toEqual(before);
    expect(leftovers("unmoved.zarr")).toEqual([]);
  });

  it("names the old directory when deleting fails", async () => {
    const target = oldStore("undeleted.zarr");
    const replacement = newStore("undeleted-new");
    const operations: DirectoryOperations = {
      rename,
      rm: async (path) => {
        throw permissionDenied(`rmdir '${path}'`);
      },
    };

    const swap = swapDirectory(replacement, target, target, operations);

    await expect(swap).rejects.toMatchObject({ code: "WRITE_FAILED", message: expect.stringMatching(/^Replaced \S+undeleted\.zarr, but deleting the old directory, renamed aside to .*, failed .*Delete it by hand\.$/) });
    expect(snapshot(target)).toEqual({ "zarr.json": '{"new":true}' });
    expect(leftovers("undeleted.zarr")).toHaveLength(1);
  });
});

describe("OME-Zarr export with a failing swap", () => {
  it("keeps the old store whole", async () => {
    const path = oldStore("export.zarr");
    const before = snapshot(path);
    const data = Float32Array.from({ length: 24 }, (_, index) => index);
    // The first rename onto the path moves the new store into place; the second restores the old one.
    let renamesOntoPath = 0;
    const operations = failingRenames((_, to) => to === path && ++renamesOntoPath === 1);

    const exported = exportOmeZarrDirectory(path, data, [2, 3, 4], { overwrite: true }, operations);

    await expect(exported).rejects.toMatchObject({ code: "WRITE_FAILED", message: expect.stringContaining("The old directory is restored unchanged.") });
    expect(snapshot(path)).toEqual(before);
    expect(leftovers("export.zarr")).toEqual([]);
  });
});
