import { describe, expect, it } from "vitest";

import { BytesSource, encodeMrc, gzip, openMrc, readMrc, readMrcHeader } from "./index.js";

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
});

describe("extended header of uncompressed input", () => {
  it.each([false, true])("whole read over maxDataBytes throws (permissive %s)", (permissive) => {
    // A whole read keeps the extended header in an array of its own, as for compressed input.
    expect(() => readMrc(file, { maxDataBytes: 1000, permissive })).toThrow(expect.objectContaining({ code: "DATA_TOO_LARGE", field: "NSYMBT", value: 4096 }));
    expect(() => readMrcHeader(file, { maxDataBytes: 1000, permissive })).toThrow(/NSYMBT declares a 4096-byte extended header, more than maxDataBytes \(1000\).*--max-data-bytes/);
  });

  it("whole read within maxDataBytes reads", () => {
    expect(readMrc(file, { maxDataBytes: 4096 }).extendedHeader!.length).toBe(4096);
  });

  it("lazy open leaves it unread", async () => {
    const reader = await openMrc(new BytesSource(file), { maxDataBytes: 1000 });

    expect(reader.header.nsymbt).toBe(4096);
    expect(Array.from((await reader.readSlice("y", 1)).data)).toEqual([0, 0]);
    await expect(reader.readExtendedHeader()).rejects.toMatchObject({ code: "DATA_TOO_LARGE", field: "NSYMBT", value: 4096 });
  });

  it("lazy read returns a copy", async () => {
    const reader = await openMrc(new BytesSource(file));

    const extended = (await reader.readExtendedHeader())!;
    extended.fill(0xff);

    expect(extended.length).toBe(4096);
    expect(file[1024]).toBe(0);
    expect((await reader.readExtendedHeader())![0]).toBe(0);
  });
});
