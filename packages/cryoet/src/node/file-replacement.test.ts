// Replacing and updating files on disk: symbolic links are written through, permission bits are
// kept, missing directories are errors, a failed section writer leaves nothing behind, and header
// updates that no reader should get are rejected.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readMrc } from "../index.js";
import { fixtureBytes } from "../testing/fixtures.js";
import { replaceFile, writeFileAtomic } from "./atomic.js";
import { MrcSectionWriter, readMrcFile, updateMrcHeader, writeMrcFile, writeOmeZarrDirectory } from "./index.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-replace-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const volume = { data: Float32Array.from({ length: 24 }, (_, index) => index / 2), shape: [2, 3, 4] };
const temporaryFiles = () => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

describe("writeMrcFile over existing files", () => {
  it("writes through a symbolic link", async () => {
    const target = join(dir, "target.mrc");
    const link = join(dir, "link.mrc");
    writeFileSync(target, fixtureBytes("EMD-3197.map"));
    symlinkSync(target, link);
    await writeMrcFile(link, volume, { overwrite: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readMrc(readFileSync(target)).shape).toEqual([2, 3, 4]);
  });

  it("rejects a link into a missing directory", async () => {
    const link = join(dir, "dangling.mrc");
    const missing = join(dir, "missing");
    symlinkSync(join(missing, "nowhere.mrc"), link);
    const expected = { code: "WRITE_FAILED", message: `Cannot write ${link}: it is a symbolic link to ${join(missing, "nowhere.mrc")}, and the directory ${missing} does not exist. Create the directory, or remove the link.` };

    await expect(writeMrcFile(link, volume, { overwrite: true })).rejects.toMatchObject(expected);
    await expect(MrcSectionWriter.create(link, { shape: [2, 3, 4], mode: 2 })).rejects.toMatchObject(expected);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(missing)).toBe(false);
  });

  it.each([false, true])("creates the missing target of a link (overwrite %s)", async (overwrite) => {
    // As cp or open(path, "w") do: the link stays and its target is created.
    const target = join(dir, `new-target-${overwrite}.mrc`);
    const link = join(dir, `new-link-${overwrite}.mrc`);
    symlinkSync(`new-target-${overwrite}.mrc`, link);

    await writeMrcFile(link, volume, { overwrite });

    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readMrc(readFileSync(target)).shape).toEqual([2, 3, 4]);
  });

  it("creates the missing target at the end of a chain", async () => {
    const target = join(dir, "chain-target.mrc");
    const middle = join(dir, "chain-middle.mrc");
    const first = join(dir, "chain-first.mrc");
    symlinkSync(target, middle);
    symlinkSync(middle, first);

    const writer = await MrcSectionWriter.create(first, { shape: [2, 3, 4], mode: 2 });
    for (let section = 0; section < 2; section++) await writer.writeSection(volume.data.subarray(section * 12, section * 12 + 12));
    await writer.close();

    expect(lstatSync(first).isSymbolicLink()).toBe(true);
    expect(lstatSync(middle).isSymbolicLink()).toBe(true);
    expect(readMrc(readFileSync(target)).shape).toEqual([2, 3, 4]);
  });

  it("rejects a loop of links", async () => {
    const a = join(dir, "loop-a.mrc");
    const b = join(dir, "loop-b.mrc");
    symlinkSync(b, a);
    symlinkSync(a, b);

    await expect(writeMrcFile(a, volume, { overwrite: true })).rejects.toMatchObject({ code: "WRITE_FAILED", message: expect.stringContaining("its symbolic link cannot be followed") });
    expect(lstatSync(a).isSymbolicLink()).toBe(true);
    expect(temporaryFiles()).toEqual([]);
  });

  it("keeps the permission bits", async () => {
    const path = join(dir, "private.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));
    chmodSync(path, 0o600);
    await writeMrcFile(path, volume, { overwrite: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o640);
    const writer = await MrcSectionWriter.create(path, { shape: [2, 3, 4], mode: 2, overwrite: true });
    for (let section = 0; section < 2; section++) await writer.writeSection(volume.data.subarray(section * 12, section * 12 + 12));
    await writer.close();
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it("names a missing directory and creates nothing", async () => {
    const missing = join(dir, "no-such-dir");
    const expected = { code: "WRITE_FAILED", message: expect.stringContaining(`the directory ${missing} does not exist`) };
    await expect(writeMrcFile(join(missing, "x.mrc"), volume)).rejects.toMatchObject(expected);
    await expect(writeOmeZarrDirectory(join(missing, "x.zarr"), volume.data, [2, 3, 4])).rejects.toMatchObject(expected);
    await expect(MrcSectionWriter.create(join(missing, "y.mrc"), { shape: [2, 3, 4], mode: 2 })).rejects.toMatchObject(expected);
    expect(existsSync(missing)).toBe(false);
  });
});

describe("a directory at the output path", () => {
  it("is named and left unchanged, with or without overwrite", async () => {
    const folder = join(dir, "folder.mrc");
    mkdirSync(folder);
    const expected = { code: "WRITE_FAILED", value: folder, message: `Cannot write ${folder}: it is a directory, which is left unchanged. Give a file path instead, such as a new name inside it.` };
    for (const overwrite of [false, true]) {
      await expect(writeMrcFile(folder, volume, { overwrite })).rejects.toMatchObject(expected);
      await expect(MrcSectionWriter.create(folder, { shape: [2, 3, 4], mode: 2, overwrite })).rejects.toMatchObject(expected);
    }
    await expect(writeFileAtomic(folder, Uint8Array.of(1))).rejects.toMatchObject(expected);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    expect(temporaryFiles()).toEqual([]);
  });
});

describe("a FIFO at the output path", () => {
  it("is named and left unchanged, with or without overwrite", async () => {
    // A rename over a FIFO or a device such as /dev/null would leave a regular file in its place.
    const fifo = join(dir, "fifo.mrc");
    spawnSync("mkfifo", [fifo]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const expected = { code: "WRITE_FAILED", value: fifo, message: `Cannot write ${fifo}: it is a device, FIFO or socket, not a regular file, and it is left unchanged. Give the path of a regular file.` };
    for (const overwrite of [false, true]) {
      await expect(writeMrcFile(fifo, volume, { overwrite })).rejects.toMatchObject(expected);
      await expect(MrcSectionWriter.create(fifo, { shape: [2, 3, 4], mode: 2, overwrite })).rejects.toMatchObject(expected);
      await expect(writeFileAtomic(fifo, Uint8Array.of(1), { overwrite })).rejects.toMatchObject(expected);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(temporaryFiles()).toEqual([]);
  });
});

describe("a failed replacement", () => {
  it("says whether a file was there before", async () => {
    const failing = () => Promise.reject(new Error("disk on fire"));
    const fresh = join(dir, "fresh.bin");
    await expect(replaceFile(fresh, failing)).rejects.toMatchObject({ code: "WRITE_FAILED", message: `Writing ${fresh} failed, and no file was created: disk on fire` });
    expect(existsSync(fresh)).toBe(false);

    const existing = join(dir, "existing.bin");
    writeFileSync(existing, "keep");
    await expect(replaceFile(existing, failing)).rejects.toMatchObject({ code: "WRITE_FAILED", message: `Writing ${existing} failed, and the original file is unchanged: disk on fire` });
    expect(readFileSync(existing, "utf8")).toBe("keep");
    expect(temporaryFiles()).toEqual([]);
  });
});

describe("MrcSectionWriter failures", () => {
  it("an invalid section removes the temporary file", async () => {
    const path = join(dir, "nibbles.mrc");
    const writer = await MrcSectionWriter.create(path, { shape: [2, 1, 4], mode: 101 });
    await writer.writeSection(Uint8Array.from([1, 2, 3, 4]));
    await expect(writer.writeSection(Uint8Array.from([1, 99, 3, 4]))).rejects.toMatchObject({ code: "OUT_OF_RANGE", value: 99 });
    expect(temporaryFiles()).toEqual([]);
    expect(existsSync(path)).toBe(false);
  });

  it("mixed mode-0 array types are rejected", async () => {
    const path = join(dir, "bytes.mrc");
    const writer = await MrcSectionWriter.create(path, { shape: [2, 1, 2], mode: 0 });
    await writer.writeSection(Uint8Array.from([0, 200]));
    await expect(writer.writeSection(Int8Array.from([0, -1]))).rejects.toMatchObject({ code: "INVALID_ARGUMENT", value: "Int8Array" });
    expect(temporaryFiles()).toEqual([]);

    const unsigned = await MrcSectionWriter.create(path, { shape: [2, 1, 2], mode: 0 });
    await unsigned.writeSection(Uint8Array.from([0, 200]));
    await unsigned.writeSection(Uint8Array.from([255, 7]));
    await unsigned.close();
    expect(Array.from((await readMrcFile(path)).data!)).toEqual([0, 200, 255, 7]);
  });

  it.skipIf(process.platform !== "linux")("a full disk gives WRITE_FAILED and removes the temporary file", () => {
    // A file-size limit of 64 KiB (ulimit -f counts KiB in bash) makes the write fail with EFBIG,
    // as a full disk would; SIGXFSZ is ignored so that the write returns the error.
    const script = join(dir, "efbig.mjs");
    const node = new URL("../../dist/node.js", import.meta.url).href;
    writeFileSync(
      script,
      [
        `import { readdirSync } from "node:fs";`,
        `import { MrcSectionWriter } from ${JSON.stringify(node)};`,
        `const writer = await MrcSectionWriter.create(${JSON.stringify(join(dir, "big.mrc"))}, { shape: [64, 64, 64], mode: 2 });`,
        `let error;`,
        `try { for (let z = 0; z < 64; z++) await writer.writeSection(new Float32Array(64 * 64).fill(z)); } catch (caught) { error = caught; }`,
        `console.log(JSON.stringify({ name: error?.name, code: error?.code, message: error?.message, left: readdirSync(${JSON.stringify(dir)}).filter((name) => name.startsWith(".big.mrc")) }));`,
      ].join("\n"),
    );
    const result = spawnSync("bash", ["-c", `trap '' XFSZ; ulimit -f 64; exec "${process.execPath}" "${script}"`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    const outcome = JSON.parse(result.stdout) as { name: string; code: string; message: string; left: string[] };
    expect(outcome).toMatchObject({ name: "MrcError", code: "WRITE_FAILED", left: [] });
    expect(outcome.message).toContain("the partial file was removed");
    expect(existsSync(join(dir, "big.mrc"))).toBe(false);
    expect(existsSync(fileURLToPath(node))).toBe(true);
  });
});

describe("updateMrcHeader rejects unreadable headers", () => {
  const cases: [string, (header: Parameters<Parameters<typeof updateMrcHeader>[1]>[0]) => void, string, string][] = [
    ["MAP", (header) => void (header.map = "ZZZZ"), "MAP", 'Set header.map to "MAP "'],
    ["machine stamp", (header) => void (header.machst = [1, 2, 3, 4]), "MACHST", "set it to 44 44 00 00"],
    ["stamp of the other byte order", (header) => void (header.machst = [0x11, 0x11, 0, 0]), "MACHST", "rewrite the file with writeMrcFile"],
    ["MAPC 7", (header) => void (header.mapc = 7), "MAPC/MAPR/MAPS", "permutation of 1, 2, 3"],
    ["label of 200 characters", (header) => void (header.labels[1] = "a".repeat(200)), "LABEL 1", "at most 80 Latin-1 characters"],
    ["eleventh label", (header) => void header.labels.push("extra"), "labels", "MRC2014 stores 10"],
  ];

  it.each(cases)("%s", async (_name, update, field, fix) => {
    const path = join(dir, "update.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));
    await expect(updateMrcHeader(path, update)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field, message: expect.stringContaining(fix) });
    expect(readFileSync(path)).toEqual(Buffer.from(fixtureBytes("EMD-3197.map")));
  });

  it("standard changes pass", async () => {
    const path = join(dir, "update-ok.mrc");
    writeFileSync(path, fixtureBytes("EMD-3197.map"));
    await updateMrcHeader(path, (header) => {
      header.machst = [0x44, 0x44, 0, 0];
      header.labels[1] = "b".repeat(80);
      header.nlabl = 2;
      header.mapc = 2;
      header.mapr = 1;
    });
    const file = await readMrcFile(path);
    expect(file.header.labels[1]).toBe("b".repeat(80));
    expect([file.header.mapc, file.header.mapr, file.header.maps]).toEqual([2, 1, 3]);
  });
});
