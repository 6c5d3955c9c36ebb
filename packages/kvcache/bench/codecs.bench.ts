// Encode and decode throughput of every codec on one 8 MiB fp16 chunk ([4096 tokens, 8 KV
// heads, 128 channels] of Gaussian values), against Uint8Array.prototype.set on the same
// buffers; the checksum's share of FP8 chunk encoding; the same 8 MiB as 8 layer chunks encoded on
// one thread and on a 2-worker pool. The group titles state 8.389 MB of fp16 per call, so the
// benchmarks page gives GB/s = 8,388,608 bytes of fp16 input (or output, for decoding) / mean time.
import { afterAll, bench, describe } from "vitest";

import { encodeChunk, encodeFrame, loadChecksums, type PlaneDescriptor } from "../src/index.js";
import { CODECS } from "../src/codecs/index.js";
import { createEncodePool } from "../src/node/index.js";
import { gaussian, toElements } from "../src/codecs/describe-codec.test-helpers.js";

const TOKENS = 4096;
const HEADS = 8;
const CHANNELS = 128;
const input = toElements(gaussian(TOKENS * HEADS * CHANNELS, 42, 1), "fp16") as Uint16Array;
const inputBytes = new Uint8Array(input.buffer);
const copyTarget = new Uint8Array(inputBytes.length);
const checksums = await loadChecksums();

function plane(role: PlaneDescriptor["role"], encoding: PlaneDescriptor["encoding"]): PlaneDescriptor {
  return { role, kind: "token", elementType: "fp16", dims: [TOKENS, HEADS, CHANNELS], axisRoles: ["token", "head", "channel"], position: 0, channelOffset: 0, encoding };
}

const SCALE = new Float32Array([0.01]);
const PLANES: [string, PlaneDescriptor, Float32Array | undefined][] = [
  ["raw fp16", plane("key", { codec: "raw" }), undefined],
  ["fp8-e4m3fn, tensor scale", plane("key", { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tensor" }), SCALE],
  ["fp8-e5m2, tensor scale", plane("key", { codec: "fp8", format: "e5m2", saturate: true, scaleGranularity: "tensor" }), SCALE],
  ["kivi-int8 keys", plane("key", { codec: "int", bits: 8, groupSize: 32, groupAxis: 0, residualTokens: 0 }), undefined],
  ["kivi-int4 keys", plane("key", { codec: "int", bits: 4, groupSize: 32, groupAxis: 0, residualTokens: 0 }), undefined],
  ["kivi-int4 values", plane("value", { codec: "int", bits: 4, groupSize: 32, groupAxis: 2, residualTokens: 0 }), undefined],
  ["kivi-int2 keys", plane("key", { codec: "int", bits: 2, groupSize: 32, groupAxis: 0, residualTokens: 0 }), undefined],
];

describe("encode 8 MiB of fp16 (8.389 MB of fp16 input per call)", () => {
  bench("baseline: Uint8Array.set", () => copyTarget.set(inputBytes));
  for (const [name, target, scales] of PLANES) {
    bench(name, () => {
      CODECS[target.encoding.codec].encode(target as never, input, { scales });
    }, target.encoding.codec === "int" ? { iterations: 20, time: 0 } : {});
  }
  const deflatePlane = plane("key", { codec: "raw", stages: ["byte-split", "deflate"] });
  bench("raw fp16 + byte-split + deflate (with xxh64)", () => {
    encodeChunk(deflatePlane, 0, 0, input, checksums, "xxh64");
  }, { iterations: 3, time: 0 });
});

describe("decode to 8 MiB of fp16 (8.389 MB of fp16 output per call)", () => {
  bench("baseline: Uint8Array.set", () => copyTarget.set(inputBytes));
  for (const [name, target, scales] of PLANES) {
    const codec = CODECS[target.encoding.codec];
    const payload = codec.encode(target as never, input, { scales });
    // Integer decoding takes tens of times the copy's time, so it runs with few iterations.
    const slow = target.encoding.codec === "int";
    bench(name, () => {
      codec.decode(target as never, payload);
    }, slow ? { iterations: 5, time: 0 } : {});
  }
});

describe("checksum share of fp8-e4m3fn chunk and frame encoding", () => {
  const target = PLANES[1]![1];
  const payload = CODECS.fp8.encode(target as never, input, { scales: SCALE });
  bench("baseline: Uint8Array.set", () => copyTarget.set(inputBytes));
  bench("fp8 codec only", () => {
    CODECS.fp8.encode(target as never, input, { scales: SCALE });
  });
  bench("fp8 chunk with xxh64 (default)", () => {
    encodeChunk(target, 0, 0, input, checksums, "xxh64", { scales: SCALE });
  });
  // A whole frame of this one layer: chunk encoding plus the header, index and assembly.
  const framePlane: PlaneDescriptor = { ...target, dims: [1, TOKENS, HEADS, CHANNELS], axisRoles: ["layer", "token", "head", "channel"] };
  const frame = { planes: [framePlane], firstToken: 0, tokenCount: TOKENS, chunks: [{ planeIndex: 0, layerIndex: 0, data: input, scales: SCALE }] };
  bench("fp8 frame of this layer with xxh64 (default)", () => {
    encodeFrame(frame, { checksums });
  });
  for (const algorithm of ["xxh64", "xxh3", "crc32", "crc32c"] as const) {
    bench(`${algorithm} of the 4 MiB fp8 payload`, () => {
      checksums[algorithm](payload);
    });
  }
});

describe("kivi-int4 keys as 8 layer chunks of 1 MiB, with xxh64 (8.389 MB of fp16 input per call)", () => {
  const LAYERS = 8;
  const layerTokens = TOKENS / LAYERS;
  const layerPlane: PlaneDescriptor = {
    ...plane("key", { codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0 }),
    dims: [LAYERS, layerTokens, HEADS, CHANNELS],
    axisRoles: ["layer", "token", "head", "channel"],
  };
  const layerLength = layerTokens * HEADS * CHANNELS;
  const layers = Array.from({ length: LAYERS }, (_, layer) => input.subarray(layer * layerLength, (layer + 1) * layerLength));
  // The pool copies each chunk once and transfers the copy, because the input is reused.
  const pool = createEncodePool({ workers: 2 });
  afterAll(() => pool.close());

  bench("baseline: Uint8Array.set", () => copyTarget.set(inputBytes));
  bench("1 thread", () => {
    layers.forEach((data, layerIndex) => encodeChunk(layerPlane, 0, layerIndex, data, checksums, "xxh64"));
  }, { iterations: 20, time: 0 });
  bench("2 workers", async () => {
    await Promise.all(layers.map((data, layerIndex) => pool.encode(layerPlane, 0, layerIndex, data)));
  }, { iterations: 20, time: 0, warmupIterations: 10 });
});
