import { describe, expect, it } from "vitest";

import { encodeMrc, gzip, readMrc, readMrcHeader } from "./index.js";

// A 2 × 2 float32 image with a 4096-byte extended header of zeros, gzip-compressed to a few
// dozen bytes: the shape of a file whose NSYMBT inflates far more than its size.
const file = encodeMrc({ data: new Float32Array(4), shape: [2, 2], extendedHeader: new Uint8Array(4096), exttyp: "MRCO", stampLabel: false }).bytes;
const compressed = gzip(file);

describe("extended header of compressed input", () => {
  it.each([false, true])("over maxDataBytes throws (permissive %s)", (permissive) => {
    expect(() => readMrc(compressed, { maxDataBytes: 1000, permissive })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", field: "NSYMBT", value: 4096 }));
    expect(() => readMrcHeader(compressed, { maxDataBytes: 1000, permissive })).toThrow(/NSYMBT declares a 4096-byte extended header/);
  });

  it("within maxDataBytes reads", () => {
    const read = readMrc(compressed, { maxDataBytes: 4096 });
    expect(read.extendedHeader!.length).toBe(4096);
    expect(read.data!.length).toBe(4);
  });

  it("uncompressed input has no such limit", () => {
    // The bytes are all in the file already, so the extended header cannot inflate.
    expect(readMrc(file, { maxDataBytes: 1000 }).extendedHeader!.length).toBe(4096);
  });
});
