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

import { DEFAULT_CHECKSUM, type ChecksumAlgorithm } from "../checksum.js";
import type { EncodedChunk } from "../chunk-encoder.js";
import type { ElementArray } from "../element-type.js";
import { KvCacheError } from "../errors.js";
import type { PlaneDescriptor } from "../plane.js";

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
  /** Encodes one chunk on the least busy worker. */
  encode(plane: PlaneDescriptor, planeIndex: number, layerIndex: number, data: ElementArray, scales?: Float32Array): Promise<EncodedChunk>;
  /** Stops every worker; pending encodes reject. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (chunk: EncodedChunk) => void;
  reject: (error: Error) => void;
}

/** Starts a pool of worker threads that run the library's chunk encoder. */
export function createEncodePool(options: EncodePoolOptions = {}): EncodePool {
  const size = options.workers ?? availableParallelism();
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid workers ${String(options.workers)}: expected a positive integer.`, { field: "workers", value: options.workers });
  }
  const algorithm = options.checksum ?? DEFAULT_CHECKSUM;
  const script = new URL(import.meta.url.endsWith(".ts") ? "../../dist/encode-worker.js" : "./encode-worker.js", import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  const workers = Array.from({ length: size }, (_, index) => {
    const worker = new Worker(script);
    worker.on("message", (message: { id: number; chunk?: EncodedChunk; error?: { message: string; code?: string; field?: string } }) => {
      const entry = pending.get(message.id);
      if (entry === undefined) return;
      pending.delete(message.id);
      load[index]!--;
      if (message.chunk !== undefined) entry.resolve(message.chunk);
      else entry.reject(new KvCacheError((message.error?.code as never) ?? "INVALID_ARGUMENT", message.error?.message ?? "worker failed", { field: message.error?.field }));
    });
    worker.on("error", (error) => {
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    });
    return worker;
  });

  return {
    size,
    encode(plane, planeIndex, layerIndex, data, scales) {
      let index = 0;
      for (let k = 1; k < size; k++) if (load[k]! < load[index]!) index = k;
      load[index]!++;
      const id = nextId++;
      return new Promise<EncodedChunk>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Structured cloning copies a view's whole buffer, however small the view; a copy of just
        // the chunk, transferred, moves each byte once.
        const input = options.transferInput ? data : (data.slice() as ElementArray);
        workers[index]!.postMessage({ id, plane, planeIndex, layerIndex, data: input, algorithm, scales }, [input.buffer as ArrayBuffer]);
      });
    },
    async close() {
      for (const entry of pending.values()) entry.reject(new Error("The encode pool was closed."));
      pending.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
