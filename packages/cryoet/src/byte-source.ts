// Byte sources: random access to the bytes of a file, in memory, in a Blob or over HTTP.
import { MrcError } from "./errors.js";

/** A byte range of a source. */
export interface ByteRange {
  offset: number;
  length: number;
}

/**
 * Random access to the bytes of a file. `read` returns exactly `length` bytes, or fewer only at
 * the end of the source. Implementations: {@link BytesSource} (memory), {@link BlobSource}
 * (Blob or File), {@link HttpRangeSource} (HTTP range requests) and, from
 * `@modelsys/cryoet/node`, `FileSource` (a Node file handle).
 */
export interface ByteSource {
  /** Size of the source in bytes. */
  readonly size: number;
  /** Name used in messages, such as a path or URL. */
  readonly name?: string | undefined;
  /**
   * True when the bytes are already in memory, so a read copies nothing and readers may merge
   * ranges across gaps of any size.
   */
  readonly inMemory?: boolean;
  /**
   * The largest gap between two wanted ranges that is cheaper to read through than to skip with
   * a second request. Readers use it as their default `maxGapBytes`; sources where each request
   * costs a round trip, such as HTTP, set it high. Default 4,096 (one page).
   */
  readonly preferredGapBytes?: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Reads many small ranges at once; sources with a cheaper batch path implement it. */
  readRanges?(ranges: readonly ByteRange[]): Promise<Uint8Array[]>;
  /**
   * Reads every range and calls `visit` once per range, in any order, with its bytes clipped at the
   * end of the source. The bytes are valid only during the call, so the source can reuse a few
   * buffers instead of holding every range in memory at once.
   */
  visitRanges?(ranges: readonly ByteRange[], visit: (bytes: Uint8Array, index: number) => void): Promise<void>;
  close?(): Promise<void>;
}

/** Throws `OUT_OF_RANGE` unless offset and length are non-negative safe integers. */
export function checkRange(source: ByteSource, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new MrcError("OUT_OF_RANGE", `Invalid byte range at offset ${offset} of length ${length}: both must be non-negative integers.`, {
      field: "range",
      value: { offset, length },
      file: source.name,
    });
  }
}

/** A byte source over bytes already in memory. */
export class BytesSource implements ByteSource {
  readonly size: number;
  readonly inMemory = true;

  constructor(
    private readonly bytes: Uint8Array,
    readonly name?: string,
  ) {
    this.size = bytes.length;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this, offset, length);
    return this.bytes.subarray(offset, Math.min(this.size, offset + length));
  }

  async readRanges(ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    return ranges.map(({ offset, length }) => this.bytes.subarray(offset, Math.min(this.size, offset + length)));
  }
}

/** A byte source over a Blob or File, reading with `Blob.slice` so that only requested bytes load. */
export class BlobSource implements ByteSource {
  readonly size: number;
  readonly name: string | undefined;

  constructor(private readonly blob: Blob) {
    this.size = blob.size;
    this.name = "name" in blob && typeof blob.name === "string" ? blob.name : undefined;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this, offset, length);
    return new Uint8Array(await this.blob.slice(offset, Math.min(this.size, offset + length)).arrayBuffer());
  }
}

/**
 * A byte source over HTTP range requests (`Range: bytes=a-b`). {@link HttpRangeSource.open} learns
 * the size from the first response's Content-Range and rejects servers that ignore ranges. Every
 * response must be status 206 with a Content-Range that names exactly the requested bytes. Its
 * body is read only up to the requested length, and a longer body is cancelled with
 * `READ_FAILED`. A misbehaving server can therefore neither send other bytes than requested nor
 * fill the memory.
 */
export class HttpRangeSource implements ByteSource {
  /**
   * 1 MiB: about the bytes one request's round trip costs at 10 ms and 100 MB/s, so reading
   * through a smaller gap is cheaper than a second request.
   */
  readonly preferredGapBytes = 2 ** 20;

  private constructor(
    readonly url: string,
    readonly size: number,
    private readonly init: RequestInit,
    private readonly fetchImpl: typeof fetch,
  ) {}

  get name(): string {
    return this.url;
  }

  /** Opens `url`, reading its first byte to learn the size. `init` is passed to every fetch. */
  static async open(url: string, init: RequestInit = {}, fetchImpl: typeof fetch = globalThis.fetch): Promise<HttpRangeSource> {
    const response = await fetchRange(url, 0, 1, init, fetchImpl);
    const total = checkContentRange(response, url, 0, 1);
    if (total === null) {
      await response.body?.cancel();
      throw new MrcError("READ_FAILED", `${url}: the server returned no Content-Range total for bytes 0-0; it must support HTTP range requests (status 206 with "Content-Range: bytes 0-0/<size>").`, {
        field: "Content-Range",
        value: response.headers.get("content-range"),
        file: url,
      });
    }
    await readBody(response, url, 0, 1);
    return new HttpRangeSource(url, total, init, fetchImpl);
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this, offset, length);
    const end = Math.min(this.size, offset + length);
    if (end <= offset) return new Uint8Array(0);
    const response = await fetchRange(this.url, offset, end - offset, this.init, this.fetchImpl);
    checkContentRange(response, this.url, offset, end - offset);
    return readBody(response, this.url, offset, end - offset);
  }

  /**
   * Reads many ranges with at most {@link HTTP_CONCURRENT_REQUESTS} requests in flight, so a
   * scattered read neither queues thousands of fetches nor exceeds a browser's connections per host.
   */
  async readRanges(ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    const results = new Array<Uint8Array>(ranges.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ranges.length) {
        const index = next++;
        results[index] = await this.read(ranges[index]!.offset, ranges[index]!.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(HTTP_CONCURRENT_REQUESTS, ranges.length) }, worker));
    return results;
  }
}

/** Range requests an {@link HttpRangeSource} keeps in flight at once: a browser's HTTP/1.1 limit per host. */
export const HTTP_CONCURRENT_REQUESTS = 6;

async function fetchRange(url: string, offset: number, length: number, init: RequestInit, fetchImpl: typeof fetch): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Range", `bytes=${offset}-${offset + length - 1}`);
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, headers });
  } catch (error) {
    throw new MrcError("READ_FAILED", `${url}: the range request failed (${error instanceof Error ? error.message : String(error)}).`, { field: "url", value: url, file: url, cause: error });
  }
  if (response.status !== 206) {
    await response.body?.cancel();
    throw new MrcError("READ_FAILED", `${url}: expected status 206 (Partial Content) for a range request, got ${response.status}; the server must support HTTP range requests.`, {
      field: "status",
      value: response.status,
      file: url,
    });
  }
  return response;
}

/**
 * Checks that a 206 response's Content-Range names exactly `bytes offset-(offset + length - 1)` and
 * returns the complete length after the slash, or null when the server gives `*`. Throws
 * `READ_FAILED` (after cancelling the body) for a missing or different range, because the body
 * would then hold other bytes than requested.
 */
function checkContentRange(response: Response, url: string, offset: number, length: number): number | null {
  const header = response.headers.get("content-range");
  const match = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(header ?? "");
  const last = offset + length - 1;
  if (match === null || Number(match[1]) !== offset || Number(match[2]) !== last) {
    void response.body?.cancel();
    throw new MrcError(
      "READ_FAILED",
      `${url}: requested bytes ${offset}-${last}, but the server answered with Content-Range ${JSON.stringify(header)}, so the body holds other bytes. The server (or a proxy or cache in front of it) must honour HTTP range requests; serve the file from one that does, or download the file and read it locally.`,
      { field: "Content-Range", value: header, file: url },
    );
  }
  return match[3] === "*" ? null : Number(match[3]);
}

/**
 * Reads the body of a range response into an array of exactly `length` bytes. Throws `READ_FAILED`
 * when the body is shorter, and cancels the body with `READ_FAILED` as soon as it passes `length`,
 * so a server that sends more than requested never costs more memory than the range.
 */
async function readBody(response: Response, url: string, offset: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  let filled = 0;
  const reader = response.body?.getReader();
  if (reader !== undefined) {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (filled + chunk.value.length > length) {
        await reader.cancel();
        throw new MrcError("READ_FAILED", `${url}: requested bytes ${offset}-${offset + length - 1} (${length} bytes), but the server sent more, so the response was cancelled. The server must respond to range requests with only the requested bytes.`, {
          field: "body",
          value: filled + chunk.value.length,
          file: url,
        });
      }
      bytes.set(chunk.value, filled);
      filled += chunk.value.length;
    }
  }
  if (filled !== length) {
    throw new MrcError("READ_FAILED", `${url}: requested bytes ${offset}-${offset + length - 1} but received ${filled} bytes; the connection ended early or the server sent a short body. Retry the read.`, {
      field: "body",
      value: filled,
      file: url,
    });
  }
  return bytes;
}

/** Reads every range of `source`, through `readRanges` when the source has it. */
export async function readRanges(source: ByteSource, ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
  if (source.readRanges !== undefined) return source.readRanges(ranges);
  return Promise.all(ranges.map(({ offset, length }) => source.read(offset, length)));
}

/** Calls `visit` with the bytes of every range of `source`, through `visitRanges` when the source has it. */
export async function visitRanges(source: ByteSource, ranges: readonly ByteRange[], visit: (bytes: Uint8Array, index: number) => void): Promise<void> {
  if (source.visitRanges !== undefined) return source.visitRanges(ranges, visit);
  const chunks = await readRanges(source, ranges);
  chunks.forEach((bytes, index) => visit(bytes, index));
}
