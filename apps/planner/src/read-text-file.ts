import { closeSync, openSync, readSync } from "node:fs";

/** Thrown by {@link readTextFileAtMost} when a file is larger than the bytes allowed. */
export class FileTooLargeError extends Error {
  readonly code = "FILE_TOO_LARGE";

  constructor(
    readonly path: string,
    readonly maxBytes: number,
  ) {
    super(`${path} is larger than ${maxBytes} bytes`);
    this.name = "FileTooLargeError";
  }
}

/**
 * Reads `path` as UTF-8 text, reading at most `maxBytes + 1` bytes so that a huge file, or a
 * device that never ends such as /dev/zero, fails fast with {@link FileTooLargeError} instead of
 * filling memory. Other failures are the `node:fs` errors (`ENOENT`, `EISDIR`, `EACCES`).
 */
export function readTextFileAtMost(path: string, maxBytes: number): string {
  const descriptor = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new FileTooLargeError(path, maxBytes);
    return buffer.toString("utf8", 0, length);
  } finally {
    closeSync(descriptor);
  }
}
