// Types of the decoder modules of unbzip2-stream 1.4.3 that compression.ts imports.
declare module "unbzip2-stream/lib/bzip2.js" {
  /** Bit reader made by bit_iterator.js: reads n bits, or aligns to a byte boundary when given null. */
  type BitReader = ((bits: number | null) => number) & { bytesRead: number };
  const bzip2: {
    /** Reads a stream header ("BZh" + level) and returns the block size in units of 100 kB. */
    header(bits: BitReader): number;
    /** Decodes one block, calling `write` per byte; returns the running CRC, or null at the end of the stream. */
    decompress(bits: BitReader, write: (byte: number) => void, buffer: Int32Array, bufferSize: number, crc: number | null): number | null;
  };
  export default bzip2;
}

declare module "unbzip2-stream/lib/bit_iterator.js" {
  import type bzip2 from "unbzip2-stream/lib/bzip2.js";
  type BitReader = Parameters<(typeof bzip2)["header"]>[0];
  /** Makes a bit reader over the byte arrays that `next` returns in turn. */
  export default function bitIterator(next: () => Uint8Array): BitReader;
}
