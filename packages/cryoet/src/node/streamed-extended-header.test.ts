// Copying an extended header in chunks: MrcReader.streamExtendedHeader into MrcSectionWriter.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { encodeMrc, readMrc } from "../index.js";
import { MrcSectionWriter, openMrcFile } from "./index.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-streamed-extended-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHAPE = [3, 4, 5] as const;
const VALUES = Float32Array.from({ length: 60 }, (_, index) => index - 20.5);
// An odd length, so chunks end off word boundaries, with zero runs and non-zero bytes.
const EXTENDED = Uint8Array.from({ length: 200_001 }, (_, index) => (index % 70_000 < 66_000 ? 0 : (index * 7) % 251));

/** Writes a big-endian source file with the extended header and returns its path. */
function sourceFile(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, encodeMrc({ data: VALUES, shape: SHAPE, extendedHeader: EXTENDED, exttyp: "MRCO", littleEndian: false, stampLabel: false }).bytes);
  return path;
}

/** Copies `source` section by section to `output` with the streamed extended header. */
async function copy(source: string, output: string, chunkBytes: number): Promise<void> {
  const reader = await openMrcFile(source);
  try {
    const writer = await MrcSectionWriter.create(output, { shape: reader.shape!, mode: 2, header: reader.header, extendedHeader: reader.streamExtendedHeader(chunkBytes)!, littleEndian: reader.layout.littleEndian });
    for (let section = 0; section < SHAPE[0]; section++) await writer.writeSection((await reader.readSection(section)).data);
    await writer.close();
  } finally {
    await reader.close();
  }
}

describe("streamExtendedHeader", () => {
  it("yields the bytes of readExtendedHeader in chunks of chunkBytes", async () => {
    const reader = await openMrcFile(sourceFile("chunks.mrc"));
    try {
      const chunks: Uint8Array[] = [];
      for await (const chunk of reader.streamExtendedHeader(65_536)!.chunks()) chunks.push(chunk);
      expect(chunks.map((chunk) => chunk.length)).toEqual([65_536, 65_536, 65_536, 3_393]);
      expect(Buffer.concat(chunks).equals(Buffer.from((await reader.readExtendedHeader())!))).toBe(true);
      expect(() => reader.streamExtendedHeader(0)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "chunkBytes" }));
    } finally {
      await reader.close();
    }
  });

  it("ignores maxDataBytes, which limits readExtendedHeader", async () => {
    const reader = await openMrcFile(sourceFile("limited.mrc"), { maxDataBytes: 1000 });
    try {
      await expect(reader.readExtendedHeader()).rejects.toMatchObject({ code: "DATA_TOO_LARGE" });
      let total = 0;
      for await (const chunk of reader.streamExtendedHeader(500)!.chunks()) total += chunk.length;
      expect(total).toBe(EXTENDED.length);
    } finally {
      await reader.close();
    }
  });
});

describe("MrcSectionWriter with a streamed extended header", () => {
  it("writes the same file as encodeMrc, in either byte order", async () => {
    const source = sourceFile("source.mrc");
    const output = join(dir, "copy.mrc");
    await copy(source, output, 65_536);

    expect(Buffer.compare(readFileSync(output), readFileSync(source))).toBe(0);
  });

  it("compresses a .gz path as one gzip member", async () => {
    const source = sourceFile("gz-source.mrc");
    const output = join(dir, "copy.mrc.gz");
    await copy(source, output, 100_000);

    expect(Buffer.compare(gunzipSync(readFileSync(output)), readFileSync(source))).toBe(0);
    expect(readMrc(readFileSync(output)).extendedHeader).toEqual(EXTENDED);
  });

  it("rejects a stream shorter than its byteLength and leaves no file", async () => {
    const output = join(dir, "short.mrc");
    const extendedHeader = {
      byteLength: 100,
      async *chunks() {
        yield new Uint8Array(60).fill(1);
      },
    };
    const create = MrcSectionWriter.create(output, { shape: SHAPE, mode: 2, extendedHeader, exttyp: "MRCO" });

    await expect(create).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "extendedHeader", message: "The streamed extended header yielded 60 bytes, but its byteLength is 100. Yield exactly byteLength bytes." });
    expect(readdirNames()).not.toContain("short.mrc");
    expect(readdirNames().filter((name) => name.includes("short.mrc"))).toEqual([]);
  });

  it("rejects a bzip2 name", async () => {
    await expect(MrcSectionWriter.create(join(dir, "out.mrc.bz2"), { shape: SHAPE, mode: 2 })).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "compression" });
  });
});

function readdirNames(): string[] {
  return readdirSync(dir);
}
