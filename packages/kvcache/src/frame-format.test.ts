// Checks docs/frame-format.md against the code: parses its three field tables and reads a frame
// that encodeFrame wrote at the documented offsets.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { gaussian, toElements } from "./codecs/describe-codec.test-helpers.js";
import { CHUNK_ENTRY_SIZE, HEADER_SIZE, PLANE_ENTRY_SIZE } from "./frame-format.js";
import { frameSize } from "./frame-size.js";
import { encodeFrame, type FrameInput } from "./frame-writer.js";
import type { PlaneDescriptor } from "./plane.js";

interface DocumentedField {
  offset: number;
  size: number;
  type: string;
  name: string;
}

const DOC = readFileSync(new URL("../docs/frame-format.md", import.meta.url), "utf8");

/** Parses the `| Offset | Size | Type | Field |` table under the heading `## title`. */
function documentedTable(title: string): DocumentedField[] {
  const start = DOC.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`docs/frame-format.md has no "## ${title}" section`);
  const end = DOC.indexOf("\n## ", start + 1);
  const rows = DOC.slice(start, end < 0 ? undefined : end)
    .split("\n")
    .filter((line) => /^\| \d+ \|/.test(line));
  return rows.map((line) => {
    const [offset, size, type, field] = line.split("|").slice(1, 5).map((cell) => cell.trim());
    const name = /^`([A-Za-z]+)`/.exec(field!)?.[1];
    if (name === undefined) throw new Error(`docs/frame-format.md row without a field name: ${line}`);
    return { offset: Number(offset), size: Number(size), type: type!, name };
  });
}

const TYPE_SIZES: Record<string, number> = { u8: 1, u16: 2, u32: 4, u64: 8, "u8[4]": 4, "u8[8]": 8, "u32[8]": 32 };

function readField(frame: Uint8Array, base: number, field: DocumentedField): unknown {
  const view = new DataView(frame.buffer, frame.byteOffset + base + field.offset, field.size);
  switch (field.type) {
    case "bytes":
    case "u8[4]":
    case "u8[8]":
      return [...frame.subarray(base + field.offset, base + field.offset + field.size)];
    case "u8":
      return view.getUint8(0);
    case "u16":
      return view.getUint16(0, true);
    case "u32":
      return view.getUint32(0, true);
    case "u64":
      return view.getBigUint64(0, true);
    case "u32[8]":
      return Array.from({ length: 8 }, (_, k) => view.getUint32(k * 4, true));
    default:
      throw new Error(`docs/frame-format.md uses an unknown type ${field.type}`);
  }
}

/** Reads every documented field of one table at `base`, keyed by name (repeated names become lists). */
function readTable(frame: Uint8Array, base: number, fields: readonly DocumentedField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = readField(frame, base, field);
    if (field.name === "reserved") ((values["reserved"] ??= []) as unknown[]).push(value);
    else values[field.name] = value;
  }
  return values;
}

function plane(encoding: PlaneDescriptor["encoding"], extra: Partial<PlaneDescriptor>): PlaneDescriptor {
  return { role: "key", kind: "token", elementType: "fp16", dims: [2, 32, 2, 16], axisRoles: ["layer", "token", "head", "channel"], position: 0, channelOffset: 0, encoding, ...extra };
}

const PLANES: PlaneDescriptor[] = [
  plane({ codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0, stages: ["deflate"] }, {}),
  plane(
    { codec: "fp8", format: "e5m2", saturate: false, scaleGranularity: "head", scaleType: "fp16" },
    { role: "value", kind: "window", elementType: "bf16", dims: [2, 8, 2, 16], position: 120, channelOffset: 64 },
  ),
];

const INPUT: FrameInput = {
  planes: PLANES,
  firstToken: 96,
  tokenCount: 32,
  sourceLayout: "vllm-hnd",
  chunks: [0, 1].flatMap((layerIndex) =>
    PLANES.map((p, planeIndex) => ({
      planeIndex,
      layerIndex,
      data: toElements(gaussian(p.dims.slice(1).reduce((a, b) => a * b, 1), layerIndex * 2 + planeIndex + 7, 1), p.elementType),
    })),
  ),
};

describe("frame format page", () => {
  const header = documentedTable("Fixed header");
  const planeEntry = documentedTable("Plane entry");
  const chunkEntry = documentedTable("Chunk entry");

  it("tables tile their entries exactly", () => {
    for (const [fields, size] of [[header, HEADER_SIZE], [planeEntry, PLANE_ENTRY_SIZE], [chunkEntry, CHUNK_ENTRY_SIZE]] as const) {
      let end = 0;
      for (const field of fields) {
        expect(field.offset, field.name).toBe(end);
        if (field.type !== "bytes") expect(TYPE_SIZES[field.type], `${field.name} ${field.type}`).toBe(field.size);
        end += field.size;
      }
      expect(end).toBe(size);
    }
  });

  it("fixed header matches a written frame", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame(INPUT, { checksums, checksum: "crc32c" });
    const values = readTable(frame, 0, header);
    const payloadOffset = Math.ceil((HEADER_SIZE + 2 * PLANE_ENTRY_SIZE + 4 * CHUNK_ENTRY_SIZE) / 16) * 16;
    const covered = frame.slice(0, payloadOffset);
    covered.fill(0, 56, 64);

    expect(values["magic"]).toEqual([0x4d, 0x53, 0x4b, 0x56]);
    expect(values["versionMajor"]).toBe(1);
    expect(values["versionMinor"]).toBe(0);
    expect(values["headerSize"]).toBe(64);
    expect(values["planeCount"]).toBe(2);
    expect(values["planeEntrySize"]).toBe(80);
    expect(values["chunkCount"]).toBe(4);
    expect(values["chunkEntrySize"]).toBe(40);
    expect(values["checksumAlgorithm"]).toBe(2);
    expect(values["sourceLayout"]).toBe(6);
    expect(values["frameSize"]).toBe(BigInt(frame.length));
    expect(values["firstToken"]).toBe(96n);
    expect(values["tokenCount"]).toBe(32);
    expect(values["payloadOffset"]).toBe(payloadOffset);
    expect(values["flags"]).toBe(0);
    expect(values["reserved"]).toEqual([0]);
    expect(values["headerChecksum"]).toBe(checksums.crc32c(covered));
  });

  it("plane entries match a written frame", async () => {
    const frame = encodeFrame(INPUT, { checksums: await loadChecksums() });
    const keys = readTable(frame, HEADER_SIZE, planeEntry);
    const values = readTable(frame, HEADER_SIZE + PLANE_ENTRY_SIZE, planeEntry);

    expect(keys).toEqual({
      role: 1,
      planeType: 1,
      elementType: 2,
      codec: 3,
      storedType: 8,
      overflowMode: 0,
      scaleGranularity: 4,
      scaleType: 2,
      groupSize: 32,
      groupAxis: 1,
      rank: 4,
      stages: [2, 0, 0, 0],
      reserved: [0, 0],
      residualTokens: 0,
      position: 0n,
      channelOffset: 0,
      dims: [2, 32, 2, 16, 0, 0, 0, 0],
      axisRoles: [1, 2, 3, 4, 0, 0, 0, 0],
    });
    expect(values).toEqual({
      role: 2,
      planeType: 2,
      elementType: 3,
      codec: 2,
      storedType: 6,
      overflowMode: 2,
      scaleGranularity: 2,
      scaleType: 2,
      groupSize: 0,
      groupAxis: 255,
      rank: 4,
      stages: [0, 0, 0, 0],
      reserved: [0, 0],
      residualTokens: 0,
      position: 120n,
      channelOffset: 64,
      dims: [2, 8, 2, 16, 0, 0, 0, 0],
      axisRoles: [1, 2, 3, 4, 0, 0, 0, 0],
    });
  });

  it("chunk entries match a written frame", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame(INPUT, { checksums });
    const sizes = frameSize(PLANES).planes;
    const indexStart = HEADER_SIZE + 2 * PLANE_ENTRY_SIZE;
    let end = Number(new DataView(frame.buffer).getUint32(44, true));
    const order = [[0, 0], [1, 0], [0, 1], [1, 1]];

    order.forEach(([planeIndex, layerIndex], index) => {
      const entry = readTable(frame, indexStart + index * CHUNK_ENTRY_SIZE, chunkEntry);
      const offset = Number(entry["offset"]);
      const storedSize = Number(entry["storedSize"]);
      expect(entry["planeIndex"]).toBe(planeIndex);
      expect(entry["layerIndex"]).toBe(layerIndex);
      expect(entry["reserved"]).toEqual([0]);
      expect(offset).toBe(Math.ceil(end / 16) * 16);
      expect(entry["decodedSize"]).toBe(BigInt(sizes[planeIndex!]!.chunkBytes));
      if (planeIndex === 1) expect(storedSize).toBe(sizes[1]!.chunkBytes);
      expect(entry["checksum"]).toBe(checksums.xxh64(frame.subarray(offset, offset + storedSize)));
      end = offset + storedSize;
    });
    expect(end).toBe(frame.length);
  });
});
