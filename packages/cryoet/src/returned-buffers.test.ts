// Arrays that the package returns are ArrayBuffer-backed and typed so (Uint8Array<ArrayBuffer> and
// the like). TypeScript 5.7 made typed arrays generic over their buffer, and `BlobPart`, `BodyInit`
// and `BufferSource` take only the ArrayBuffer kind, so the typecheck of this file fails when a
// public return type falls back to Uint8Array<ArrayBufferLike>.
import { describe, expect, it } from "vitest";

import {
  BytesSource,
  convertData,
  decompress,
  encodeHeader,
  encodeMrc,
  encodeVoxels,
  gzip,
  imageToPng,
  openMrc,
  packFourBit,
  readMrc,
  sliceToImage,
  toXFastest,
  unpackFourBit,
  type MrcData,
} from "./index.js";

const VALUES = Float32Array.from({ length: 2 * 3 * 4 }, (_, index) => index / 3);
const SHAPE = [2, 3, 4];
const EXTENDED = Uint8Array.from({ length: 10 }, (_, index) => index + 1);

/** Returns the bytes of a file with an extended header, copied into a SharedArrayBuffer. */
function sharedFileBytes(): Uint8Array<SharedArrayBuffer> {
  const bytes = encodeMrc({ data: VALUES, shape: SHAPE, extendedHeader: EXTENDED, exttyp: "MRCO", stampLabel: false }).bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

describe("returned arrays", () => {
  it("are Blob and Response bodies", async () => {
    const encoded = encodeMrc({ data: VALUES, shape: SHAPE, extendedHeader: EXTENDED, exttyp: "MRCO", stampLabel: false });
    const file = readMrc(encoded.bytes);
    const parts: BlobPart[] = [
      encoded.bytes,
      gzip(encoded.bytes),
      decompress(gzip(encoded.bytes)).bytes,
      encodeHeader(encoded.header, true),
      encodeVoxels(VALUES, 2, true, 4),
      packFourBit([1, 2, 3], 3, 1),
      unpackFourBit(Uint8Array.of(0x21, 0x03), 3, 1),
      file.data!,
      file.extendedHeader!,
      toXFastest(file).data,
      convertData(file.data!, 2, 1),
    ];
    const blob = new Blob(parts);
    const png = imageToPng(sliceToImage({ data: VALUES.subarray(0, 12), shape: [1, 3, 4] }, "z"));

    expect(blob.size).toBe(parts.reduce((total, part) => total + (part as ArrayBufferView).byteLength, 0));
    expect((await new Response(png).arrayBuffer()).byteLength).toBe(png.length);
    for (const part of parts) expect((part as ArrayBufferView).buffer).toBeInstanceOf(ArrayBuffer);
  });

  it("own an ArrayBuffer when the input is shared", async () => {
    const shared = sharedFileBytes();
    const file = readMrc(shared);
    const reader = await openMrc(new BytesSource(shared));
    const section: MrcData = (await reader.readSection(1)).data;

    expect(file.data!.buffer).toBeInstanceOf(ArrayBuffer);
    expect(file.extendedHeader!.buffer).toBeInstanceOf(ArrayBuffer);
    expect(Array.from(file.data!)).toEqual(Array.from(VALUES));
    expect(section.buffer).toBeInstanceOf(ArrayBuffer);
    expect(Array.from(section)).toEqual(Array.from(VALUES.subarray(12)));
    expect((await reader.readExtendedHeader())!.buffer).toBeInstanceOf(ArrayBuffer);
    expect(decompress(shared).bytes.buffer).toBeInstanceOf(ArrayBuffer);
  });
});
