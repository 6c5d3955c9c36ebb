// Worker-thread side of the encode pool: encodes one chunk per message with the library's own
// encodeChunk and sends the stored bytes back, transferring their buffer.
import { parentPort } from "node:worker_threads";

import type { ChecksumAlgorithm } from "../checksum.js";
import { loadChecksums } from "../checksum.js";
import { encodeChunk } from "../chunk-encoder.js";
import type { ElementArray } from "../element-type.js";
import type { PlaneDescriptor } from "../plane.js";

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
  void checksums.then((loaded) => {
    try {
      const chunk = encodeChunk(request.plane, request.planeIndex, request.layerIndex, request.data, loaded, request.algorithm, { scales: request.scales });
      parentPort!.postMessage({ id: request.id, chunk }, [chunk.stored.buffer as ArrayBuffer]);
    } catch (error) {
      const typed = error as { name?: string; message?: string; code?: string; field?: string };
      parentPort!.postMessage({ id: request.id, error: { name: typed.name, message: typed.message, code: typed.code, field: typed.field } });
    }
  });
});
