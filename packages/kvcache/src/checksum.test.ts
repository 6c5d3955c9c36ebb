// The checksum functions against published check values, and the native xxHash64 against
// hash-wasm's on every length up to two stripes past a block and on random buffers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checksumProvider, loadChecksums } from "./checksum.js";

const ASCII_DIGITS = new TextEncoder().encode("123456789");

describe("checksums", () => {
  it("give the published check values of '123456789'", async () => {
    const checksums = await loadChecksums();
    // Check values from the CRC catalogue (CRC-32/ISO-HDLC, CRC-32/ISCSI) and the xxHash
    // reference implementation (XXH64 and XXH3_64bits, seed 0).
    expect(checksums.crc32(ASCII_DIGITS)).toBe(0xcbf43926n);
    expect(checksums.crc32c(ASCII_DIGITS)).toBe(0xe3069283n);
    expect(checksums.xxh64(new Uint8Array(0))).toBe(0xef46db3751d8e999n);
    expect(checksums.xxh3(new Uint8Array(0))).toBe(0x2d06800538d394c2n);
  });

  it("use the native xxHash64 in Node where the optional module is installed", async () => {
    expect(checksumProvider((await loadChecksums()).xxh64)).toBe("@node-rs/xxhash");
    expect(checksumProvider((await loadChecksums({ native: false })).xxh64)).toBe("hash-wasm");
    expect(checksumProvider((await loadChecksums()).crc32c)).toBe("hash-wasm");
  });

  it("give the same xxHash64 natively and in WebAssembly", async () => {
    const native = (await loadChecksums()).xxh64;
    const wasm = (await loadChecksums({ native: false })).xxh64;
    for (let length = 0; length <= 1100; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length) & 0xff);
      expect(native(bytes), `length ${length}`).toBe(wasm(bytes));
    }
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 70000 }), fc.nat(16), (bytes, offset) => {
        const view = bytes.subarray(Math.min(offset, bytes.length));
        expect(native(view)).toBe(wasm(view));
      }),
      { numRuns: 200 },
    );
  });
});

describe("checksum loading options", () => {
  it("reject an unknown option", async () => {
    await expect(loadChecksums({ nativ: false } as never)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "nativ" });
  });

  it("reject a native flag that is not a boolean", async () => {
    await expect(loadChecksums({ native: "false" } as never)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "native" });
    await expect(loadChecksums(null as never)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "options" });
  });
});
