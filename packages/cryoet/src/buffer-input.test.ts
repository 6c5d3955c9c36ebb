// readMrc given a Node Buffer, as fs.readFileSync returns: Buffer#slice() is a view, so every copy
// the reader makes must leave the caller's bytes unchanged and own its memory.
import { Buffer } from "node:buffer";

import { describe, expect, it } from "vitest";

import { encodeMrc, readMrc, readMrcHeader } from "./index.js";

const SHAPE = [4, 4, 4];
const VALUES = new Float32Array(64).map((_, index) => index + 0.5);

/** Copies `bytes` into a Buffer the way fs.readFileSync returns file contents. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes);
}

describe("readMrc of a Node Buffer", () => {
  it("big-endian data leaves the Buffer unchanged", () => {
    const buffer = asBuffer(encodeMrc({ data: VALUES, shape: SHAPE, littleEndian: false, stampLabel: false }).bytes);
    const before = Buffer.from(buffer);
    const first = readMrc(buffer);
    expect(Array.from(first.data!)).toEqual(Array.from(VALUES));
    expect(buffer.equals(before)).toBe(true);
    const second = readMrc(buffer);
    expect(Array.from(second.data!)).toEqual(Array.from(VALUES));
    expect(buffer.equals(before)).toBe(true);
  });

  it("copy: true owns its memory", () => {
    const buffer = asBuffer(encodeMrc({ data: VALUES, shape: SHAPE, stampLabel: false }).bytes);
    const file = readMrc(buffer, { copy: true });
    expect(file.data!.buffer).not.toBe(buffer.buffer);
    (file.data as Float32Array)[0] = -1;
    expect(readMrc(buffer).data![0]).toBe(0.5);
  });

  it("odd extended header length decodes", () => {
    for (const littleEndian of [true, false]) {
      const extendedHeader = new Uint8Array([1, 2, 3]);
      const buffer = asBuffer(encodeMrc({ data: VALUES, shape: SHAPE, littleEndian, extendedHeader, exttyp: "SERI", stampLabel: false }).bytes);
      const before = Buffer.from(buffer);
      const file = readMrc(buffer);
      expect(Array.from(file.data!)).toEqual(Array.from(VALUES));
      expect(Array.from(file.extendedHeader!)).toEqual([1, 2, 3]);
      expect(buffer.equals(before)).toBe(true);
    }
  });

  it("header and extended header are copies", () => {
    const buffer = asBuffer(encodeMrc({ data: VALUES, shape: SHAPE, extendedHeader: new Uint8Array(8), exttyp: "SERI", stampLabel: false }).bytes);
    const before = Buffer.from(buffer);
    const file = readMrcHeader(buffer);
    file.header.extra.fill(0xff);
    file.extendedHeader!.fill(0xff);
    expect(buffer.equals(before)).toBe(true);
  });
});

describe("encodeMrc of a Node Buffer", () => {
  it("writes unsigned bytes", () => {
    // A Buffer is a Uint8Array, so it is written as Uint8Array data is.
    const data = Buffer.from([0, 100, 200, 255]);

    const written = readMrc(encodeMrc({ data, shape: [1, 2, 2], mode: 0, stampLabel: false }).bytes);

    expect(Array.from(written.data!)).toEqual([0, 100, 200, 255]);
    expect(written.mode0!.signed).toBe(false);
  });

  it("defaults to mode 6", () => {
    expect(encodeMrc({ data: Buffer.from([1, 2, 3, 4]), shape: [1, 2, 2], stampLabel: false }).header.mode).toBe(6);
  });
});
