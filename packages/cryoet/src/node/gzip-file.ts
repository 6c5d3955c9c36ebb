import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

/**
 * Compresses the file at `source` into a new file at `destination` (which must not exist) as one
 * gzip member, streaming, so neither file is held in memory. The new file is flushed to disk
 * before this returns; on failure it may be left partly written for the caller to remove.
 */
export async function gzipFile(source: string, destination: string): Promise<void> {
  // A stream over a FileHandle that it does not close keeps the handle from closing (Node 20), so
  // the stream opens the file itself, and a second handle flushes it.
  await pipeline(createReadStream(source), createGzip(), createWriteStream(destination, { flags: "wx" }));
  const handle = await open(destination, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
