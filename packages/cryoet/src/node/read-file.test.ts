// readMrcFile reads an uncompressed file part by part: header, extended header, then the data
// block into a buffer of its own. These tests hold it to the result of readMrc on the same bytes,
// for every fixture, mode, byte order and extended header length, and test the size checks.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { encodeMrc, isMrcError, readMrc, type MrcFile, type MrcWriteInput, type ReadMrcOptions } from "../index.js";
import { fixturePath } from "../testing/fixtures.js";
import { readBytes, readMrcFile } from "./index.js";
import { readExactlyAt } from "./positioned-read.js";

const workDir = mkdtempSync(join(tmpdir(), "cryoet-read-file-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs a read and returns the file, or the code and message of the MrcError it threw. */
async function outcome(read: () => MrcFile | Promise<MrcFile>): Promise<MrcFile | { code: string; message: string }> {
  try {
    return await read();
  } catch (error) {
    if (!isMrcError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function writeTemp(name: string, bytes: Uint8Array): string {
  const path = join(workDir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("readMrcFile against readMrc", () => {
  const parity = readdirSync(fixturePath("parity")).filter((name) => /\.(mrc|gz|bz2)$/.test(name));
  const optionSets: [string, ReadMrcOptions][] = [
    ["strict", {}],
    ["permissive", { permissive: true }],
    ["header only", { headerOnly: true, permissive: true }],
    ["maxDataBytes 100", { maxDataBytes: 100 }],
    ["maxDataBytes 100, permissive", { maxDataBytes: 100, permissive: true }],
  ];

  for (const [label, options] of optionSets) {
    it(`every parity fixture, ${label}`, async () => {
      expect(parity.length).toBeGreaterThan(40);
      for (const name of parity) {
        const path = fixturePath(`parity/${name}`);
        const fromFile = await outcome(() => readMrcFile(path, options));
        const fromBytes = await outcome(() => readMrc(new Uint8Array(readFileSync(path)), { fileName: path, ...options }));
        expect(fromFile, name).toEqual(fromBytes);
      }
    });
  }
});

describe("readMrcFile fast path", () => {
  const [NZ, NY, NX] = [3, 4, 5];
  const count = NZ * NY * NX;
  const cases: Record<string, Omit<MrcWriteInput, "shape"> & { components?: number }> = {
    "mode 0": { data: Int8Array.from({ length: count }, (_, i) => i - 30) },
    "mode 1 big-endian": { data: Int16Array.from({ length: count }, (_, i) => i * 511 - 15000), littleEndian: false },
    "mode 2 big-endian": { data: Float32Array.from({ length: count }, (_, i) => Math.sin(i) * 1e5), littleEndian: false },
    "mode 2, NSYMBT 13": { data: Float32Array.from({ length: count }, (_, i) => i / 3), extendedHeader: new Uint8Array(13).fill(7), exttyp: "MRCO" },
    "mode 2 big-endian, NSYMBT 6": { data: Float32Array.from({ length: count }, (_, i) => -i / 7), littleEndian: false, extendedHeader: new Uint8Array(6), exttyp: "MRCO" },
    "mode 3": { data: Int16Array.from({ length: count * 2 }, (_, i) => i - 60), mode: 3, components: 2 },
    "mode 4 big-endian, NSYMBT 2": { data: Float32Array.from({ length: count * 2 }, (_, i) => i / 9), mode: 4, components: 2, littleEndian: false, extendedHeader: new Uint8Array(2), exttyp: "MRCO" },
    "mode 6 big-endian, NSYMBT 1": { data: Uint16Array.from({ length: count }, (_, i) => i * 1000), littleEndian: false, extendedHeader: new Uint8Array(1), exttyp: "MRCO" },
    "mode 12 big-endian": { data: Float32Array.from({ length: count }, (_, i) => (i % 9) - 4.5), mode: 12, littleEndian: false },
    "mode 16": { data: Uint8Array.from({ length: count * 3 }, (_, i) => i % 256), mode: 16, components: 3 },
    "mode 101, odd NX": { data: Uint8Array.from({ length: count }, (_, i) => (i * 5) % 16), mode: 101 },
  };

  for (const [name, input] of Object.entries(cases)) {
    it(name, async () => {
      const { components = 1, ...rest } = input;
      const shape = components === 1 ? [NZ, NY, NX] : [NZ, NY, NX, components];
      const bytes = encodeMrc({ ...rest, shape, stampLabel: false }).bytes;
      const path = writeTemp(`${name.replace(/\W+/g, "-")}.mrc`, bytes);
      const file = await readMrcFile(path);
      const reference = readMrc(bytes, { fileName: path, copy: true });
      expect(file).toEqual(reference);
      // The data has a buffer of its own, whatever the byte order or NSYMBT, so nothing else is kept alive.
      expect(file.data!.byteOffset).toBe(0);
      expect(file.data!.buffer.byteLength).toBe(file.data!.byteLength);
    });
  }

  it("keeps NaN payloads of native float32", async () => {
    const data = new Float32Array(8);
    const words = new Uint32Array(data.buffer);
    words.set([0x7fc00001, 0xffc12345, 0x7f800001, 0, 1, 2, 3, 4]);
    const path = writeTemp("nan-payloads.mrc", encodeMrc({ data, shape: [1, 2, 4], stampLabel: false }).bytes);
    const file = await readMrcFile(path, { permissive: true });
    expect(Array.from(new Uint32Array(file.data!.buffer, file.data!.byteOffset, 8))).toEqual(Array.from(words));
  });

  it("reads a block split across several reads", async () => {
    // 10 MiB of data is read in two parts at once; big-endian with NSYMBT 13 also swaps in place.
    const data = Float32Array.from({ length: 160 * 128 * 128 }, (_, i) => (i % 1009) - 504.5);
    const bytes = encodeMrc({ data, shape: [160, 128, 128], littleEndian: false, extendedHeader: new Uint8Array(13), exttyp: "MRCO", stampLabel: false }).bytes;
    const path = writeTemp("large-be.mrc", bytes);
    const file = await readMrcFile(path);
    // Byte comparisons, because deep equality of arrays of millions of elements is slow.
    expect(file.data).toBeInstanceOf(Float32Array);
    expect(Buffer.compare(bytesOf(file.data!), bytesOf(data))).toBe(0);
    expect(Buffer.compare(await readBytes(path), bytes)).toBe(0);
  });

  it("rejects data over maxDataBytes before reading", async () => {
    const bytes = encodeMrc({ data: new Float32Array(64), shape: [4, 4, 4], stampLabel: false }).bytes;
    const path = writeTemp("limit.mrc", bytes);
    await expect(readMrcFile(path, { maxDataBytes: 255 })).rejects.toMatchObject({ code: "DATA_TOO_LARGE" });
    const permissive = await readMrcFile(path, { maxDataBytes: 255, permissive: true });
    expect(permissive.data).toBeNull();
    expect(permissive.warnings.map((warning) => warning.code)).toContain("DATA_TOO_LARGE");
    expect((await readMrcFile(path, { maxDataBytes: 256 })).data).toHaveLength(64);
  });

  it("rejects a missing file with READ_FAILED", async () => {
    await expect(readMrcFile(join(workDir, "missing.mrc"))).rejects.toMatchObject({ code: "READ_FAILED", file: join(workDir, "missing.mrc") });
  });
});

describe("readExactlyAt", () => {
  it("rejects a read past the end of the file", async () => {
    const path = writeTemp("short.bin", Uint8Array.from({ length: 100 }, (_, i) => i));
    const handle = await open(path, "r");
    try {
      const target = new Uint8Array(40);
      await readExactlyAt(handle, target, 50, path);
      expect(Array.from(target)).toEqual(Array.from({ length: 40 }, (_, i) => i + 50));
      await expect(readExactlyAt(handle, new Uint8Array(60), 50, path)).rejects.toMatchObject({ code: "READ_FAILED", message: expect.stringContaining("ended at byte 100") });
    } finally {
      await handle.close();
    }
  });
});
