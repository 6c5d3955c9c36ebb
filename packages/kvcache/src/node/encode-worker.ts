// Worker-thread side of the encode pool: encodes one chunk per message with the library's own
// encodeChunk and sends the stored bytes back, transferring their buffer.
import { parentPort } from "node:worker_threads";

import type { ChecksumAlgorithm } from "../checksum.js";
import { loadChecksums } from "../checksum.js";
import { encodeChunk } from "../chunk-encoder.js";
import type { ElementArray } from "../element-type.js";
import type { PlaneDescriptor } from "../plane.js";
import { workerErrorMessage } from "./worker-error.js";

/** A request to the worker. */
export interface EncodeRequest {
  id: number;
  plane: PlaneDescriptor;
  planeIndex: number;
  layerIndex: number;
  data: ElementArray;
  algorithm: ChecksumAlgorithm;
  scales?: Float32Array;
}

const checksums = loadChecksums();

parentPort?.on("message", (request: EncodeRequest) => {
  void checksums.then(
    (loaded) => {
      try {
        const chunk = encodeChunk(request.plane, request.planeIndex, request.layerIndex, request.data, loaded, request.algorithm, { scales: request.scales });
        parentPort!.postMessage({ id: request.id, chunk }, [chunk.stored.buffer as ArrayBuffer]);
      } catch (error) {
        parentPort!.postMessage({ id: request.id, error: workerErrorMessage(error) });
      }
    },
    // Without this reply, a failed WebAssembly load would crash the worker with an unhandled rejection.
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: workerErrorMessage(error) }),
  );
});
