/**
 * `@modelsys/kvcache/node`: the Node-only parts of the library. A pool of worker threads that
 * encode chunks in parallel; frames are then assembled with `assembleFrame`.
 *
 * @example
 * ```ts
 * import { assembleFrame, loadChecksums } from "@modelsys/kvcache";
 * import { createEncodePool } from "@modelsys/kvcache/node";
 * const pool = createEncodePool({ workers: 2 });
 * const chunks = await Promise.all(layers.map((data, layerIndex) => pool.encode(plane, 0, layerIndex, data)));
 * const frame = assembleFrame(header, chunks, await loadChecksums());
 * await pool.close();
 * ```
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

import { CHECKSUM_IDS, DEFAULT_CHECKSUM, type ChecksumAlgorithm } from "../checksum.js";
import type { EncodedChunk } from "../chunk-encoder.js";
import { describeValue } from "../describe-value.js";
import { inThisRealm, type ElementArray } from "../element-type.js";
import { KvCacheError } from "../errors.js";
import { checkPlane } from "../plane-entry.js";
import type { PlaneDescriptor } from "../plane.js";
import { errorFromWorker, type WorkerErrorMessage } from "./worker-error.js";

/** Options of {@link createEncodePool}. */
export interface EncodePoolOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  workers?: number;
  /** Checksum of every chunk. Default xxh64. */
  checksum?: ChecksumAlgorithm;
  /** Transfer each input's buffer to the worker instead of copying it. The caller's array is detached afterwards. Default false. */
  transferInput?: boolean;
}

/** A pool of worker threads that encode chunks. */
export interface EncodePool {
  readonly size: number;
  /**
   * Encodes one chunk on the least busy worker. Rejects with the error the single-thread encoder
   * throws for the chunk, or with `WORKER_FAILED` when the worker crashes or exits first.
   */
  encode(plane: PlaneDescriptor, planeIndex: number, layerIndex: number, data: ElementArray, scales?: Float32Array): Promise<EncodedChunk>;
  /** Stops every worker. Encodes still pending reject with `INVALID_ARGUMENT`. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (chunk: EncodedChunk) => void;
  reject: (error: Error) => void;
  /** Index of the worker that encodes the chunk. */
  worker: number;
  planeIndex: number;
  layerIndex: number;
}

/**
 * Checks one request before it goes to a worker, so that a bad request fails here with a typed
 * error instead of leaving its promise pending forever.
 */
function checkRequest(closed: boolean, plane: PlaneDescriptor, data: ElementArray, transferInput: boolean): void {
  if (closed) throw new KvCacheError("INVALID_ARGUMENT", "The encode pool is closed: create a new pool with createEncodePool.", { field: "pool" });
  checkPlane(plane);
  if (!(data instanceof Uint16Array || data instanceof Float32Array)) {
    throw new KvCacheError("INVALID_ARGUMENT", "Invalid data: expected a Uint16Array (fp16 or bf16 bits) or a Float32Array.", { field: "data" });
  }
  // Node silently drops a message that transfers a detached buffer; a detached buffer has no bytes.
  if (transferInput && data.buffer.byteLength === 0) {
    throw new KvCacheError("INVALID_ARGUMENT", "Invalid data: its buffer is empty or was already transferred (detached). With transferInput, give each chunk a buffer of its own.", {
      field: "data",
    });
  }
  if (transferInput && !(data.buffer instanceof ArrayBuffer)) {
    throw new KvCacheError("INVALID_ARGUMENT", "Invalid data: transferInput needs an ArrayBuffer, not a SharedArrayBuffer. Leave transferInput off to copy the chunk.", { field: "data" });
  }
}

/** The keys of {@link EncodePoolOptions}. */
const POOL_OPTION_KEYS: readonly string[] = ["workers", "checksum", "transferInput"];

/**
 * Checks the options of {@link createEncodePool}: an object of known keys, so that a misspelt
 * option does not start a pool with its default, and a boolean `transferInput`.
 */
function checkPoolOptions(options: EncodePoolOptions): void {
  if (options === null || typeof options !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options: expected an object with any of ${POOL_OPTION_KEYS.join(", ")}, got ${describeValue(options)}.`, { field: "options" });
  }
  for (const key of Object.keys(options)) {
    if (!POOL_OPTION_KEYS.includes(key)) {
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown option "${key}" of createEncodePool: it takes ${POOL_OPTION_KEYS.join(", ")}.`, { field: key });
    }
  }
  if (options.transferInput !== undefined && typeof options.transferInput !== "boolean") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid transferInput ${JSON.stringify(options.transferInput)}: expected true (move each input's buffer to the worker) or false (copy the chunk).`, {
      field: "transferInput",
      value: options.transferInput,
    });
  }
}

/**
 * Starts a pool of worker threads that run the library's chunk encoder. A worker with no chunk
 * in flight does not keep the Node process alive, so a script that never calls `close` still
 * exits once its encodes have settled.
 */
export function createEncodePool(options: EncodePoolOptions = {}): EncodePool {
  checkPoolOptions(options);
  const size = options.workers ?? availableParallelism();
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid workers ${describeValue(options.workers)}: expected a positive integer.`, { field: "workers", value: options.workers });
  }
  const algorithm = options.checksum ?? DEFAULT_CHECKSUM;
  if (!Object.hasOwn(CHECKSUM_IDS, algorithm)) {
    // Checked here: each worker would otherwise reject every chunk with a message about the checksums object.
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid checksum ${JSON.stringify(algorithm)}: expected crc32, crc32c, xxh64 or xxh3.`, { field: "checksum", value: algorithm });
  }
  const script = new URL(import.meta.url.endsWith(".ts") ? "../../dist/encode-worker.js" : "./encode-worker.js", import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  const alive = new Array<boolean>(size).fill(true);
  let nextId = 0;
  let closed = false;

  // With transferInput the caller's array was detached when the chunk was sent, and the only copy
  // died with the worker.
  const lostInputNote = options.transferInput === true ? " Its values went to the failed worker with transferInput, and the array passed to encode is detached, so take them from their source again." : "";

  // Rejects the chunks of a worker that crashed or exited, and sends no more work to it. The
  // other workers' chunks are unaffected.
  const failWorker = (index: number, reason: string, cause?: unknown): void => {
    if (!alive[index]) return;
    alive[index] = false;
    for (const [id, entry] of pending) {
      if (entry.worker !== index) continue;
      pending.delete(id);
      entry.reject(
        new KvCacheError(
          "WORKER_FAILED",
          `Encode worker ${index} ${reason} before chunk (plane ${entry.planeIndex}, layer ${entry.layerIndex}) was encoded. Encode the chunk again: the pool sends it to a worker that still runs.${lostInputNote}`,
          { field: "worker", value: index, cause },
        ),
      );
    }
  };

  const workers = Array.from({ length: size }, (_, index) => {
    const worker = new Worker(script);
    worker.on("message", (message: { id: number; chunk?: EncodedChunk; error?: WorkerErrorMessage }) => {
      const entry = pending.get(message.id);
      if (entry === undefined) return;
      pending.delete(message.id);
      load[index]!--;
      if (load[index] === 0) worker.unref();
      if (message.chunk !== undefined) entry.resolve(message.chunk);
      else entry.reject(errorFromWorker(message.error));
    });
    worker.on("error", (error) => failWorker(index, `failed (${error.message})`, error));
    worker.on("exit", (exitCode) => {
      if (!closed) failWorker(index, `exited with code ${exitCode}`);
    });
    // Referenced only while it has chunks in flight, which keeps the process alive for them.
    worker.unref();
    return worker;
  });

  // Returns the running worker with the fewest chunks in flight, or -1 when none runs.
  const leastBusyWorker = (): number => {
    let chosen = -1;
    for (let k = 0; k < size; k++) if (alive[k] && (chosen < 0 || load[k]! < load[chosen]!)) chosen = k;
    return chosen;
  };

  return {
    size,
    encode(plane, planeIndex, layerIndex, input, scales) {
      const data = inThisRealm(input);
      try {
        checkRequest(closed, plane, data, options.transferInput === true);
      } catch (error) {
        return Promise.reject(error as Error);
      }
      const index = leastBusyWorker();
      if (index < 0) {
        return Promise.reject(
          new KvCacheError("WORKER_FAILED", `Every worker of the encode pool has stopped, so chunk (plane ${planeIndex}, layer ${layerIndex}) cannot be encoded. Close this pool and create a new one with createEncodePool.`, {
            field: "worker",
          }),
        );
      }
      const id = nextId++;
      return new Promise<EncodedChunk>((resolve, reject) => {
        // Structured cloning copies a view's whole buffer, however small the view; a copy of just
        // the chunk, transferred, moves each byte once.
        const input = options.transferInput ? data : (data.slice() as ElementArray);
        try {
          workers[index]!.postMessage({ id, plane, planeIndex, layerIndex, data: input, algorithm, scales }, [input.buffer as ArrayBuffer]);
        } catch (error) {
          reject(new KvCacheError("INVALID_ARGUMENT", `Cannot send chunk (plane ${planeIndex}, layer ${layerIndex}) to a worker: ${(error as Error).message}`, { field: "data", cause: error }));
          return;
        }
        pending.set(id, { resolve, reject, worker: index, planeIndex, layerIndex });
        if (load[index] === 0) workers[index]!.ref();
        load[index]!++;
      });
    },
    async close() {
      closed = true;
      for (const entry of pending.values()) {
        entry.reject(
          new KvCacheError("INVALID_ARGUMENT", `The encode pool was closed before chunk (plane ${entry.planeIndex}, layer ${entry.layerIndex}) was encoded. Await every encode before close, or encode the chunk on a new pool.`, {
            field: "pool",
          }),
        );
      }
      pending.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
