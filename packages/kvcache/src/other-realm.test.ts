// Element arrays made in another JavaScript realm give the same results as arrays of this realm.
// The tests make them in a vm context, and iframes and jsdom make them too. Before, they were
// rejected with "fp32 values must be a Float32Array, got Float32Array".
import vm from "node:vm";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { CODECS } from "./codecs/index.js";
import { decodeFrame } from "./frame-reader.js";
import { encodeFrame } from "./frame-writer.js";
import { encodeFp8 } from "./fp8.js";
import { bf16ToFp32, fp16ToFp32, fp32ToBf16, fp32ToFp16 } from "./half.js";
import { hndToNhd, nhdToHnd, packKv2ltd, unpackKv2ltd } from "./layouts.js";
import type { PlaneDescriptor } from "./plane.js";

const context = vm.createContext({});

/** Copies `values` into an array made by the constructor of the vm context's realm. */
function foreign<T extends Float32Array | Uint16Array>(values: T): T {
  const copy = vm.runInContext(`new ${values.constructor.name}(${values.length})`, context) as T;
  copy.set(values);
  return copy;
}

const KEYS: PlaneDescriptor = {
  role: "key",
  kind: "token",
  elementType: "fp32",
  dims: [2, 32, 8],
  axisRoles: ["layer", "token", "channel"],
  position: 0,
  channelOffset: 0,
  encoding: { codec: "int", bits: 4, groupSize: 8, groupAxis: 1, residualTokens: 0, scaleType: "fp32" },
};

describe("arrays from another realm", () => {
  it("are foreign to this realm", () => {
    const values = foreign(new Float32Array(4));

    expect(values instanceof Float32Array).toBe(false);
    expect(Object.prototype.toString.call(values)).toBe("[object Float32Array]");
  });

  it("convert like arrays of this realm", () => {
    fc.assert(
      fc.property(fc.float32Array({ minLength: 1, maxLength: 64 }), fc.constantFrom("e4m3fn" as const, "e5m2" as const, "e4m3fnuz" as const), (values, format) => {
        const fp16 = fp32ToFp16(values);
        const bf16 = fp32ToBf16(values);

        expect(encodeFp8(foreign(values), format)).toEqual(encodeFp8(values, format));
        expect(encodeFp8(foreign(fp16), format)).toEqual(encodeFp8(fp16, format));
        expect(fp32ToFp16(foreign(values))).toEqual(fp16);
        expect(fp32ToBf16(foreign(values))).toEqual(bf16);
        expect(new Uint32Array(fp16ToFp32(foreign(fp16)).buffer)).toEqual(new Uint32Array(fp16ToFp32(fp16).buffer));
        expect(new Uint32Array(bf16ToFp32(foreign(bf16)).buffer)).toEqual(new Uint32Array(bf16ToFp32(bf16).buffer));
      }),
      { numRuns: 200 },
    );
  });

  it("encode to the same chunk and frame bytes", async () => {
    const checksums = await loadChecksums();
    const layers = [0, 1].map((layer) => Float32Array.from({ length: 32 * 8 }, (_, i) => Math.sin(i * 0.3 + layer)));
    const frameOf = (data: Float32Array[]) =>
      encodeFrame({ planes: [KEYS], firstToken: 0, tokenCount: 32, chunks: data.map((values, layerIndex) => ({ planeIndex: 0, layerIndex, data: values })) }, { checksums });

    expect(CODECS.int.encode(KEYS as never, foreign(layers[0]!))).toEqual(CODECS.int.encode(KEYS as never, layers[0]!));
    const frame = frameOf(layers.map(foreign));
    expect(frame).toEqual(frameOf(layers));
    expect(decodeFrame(frame, { checksums, expectedPlanes: [KEYS] }).chunks).toHaveLength(2);
  });

  it("convert between layouts", () => {
    const shape = { blocks: 2, tokens: 3, heads: 2, headDim: 4 };
    const nhd = Float32Array.from({ length: 48 }, (_, i) => i);
    const kvShape = { layers: 2, tokens: 3, hidden: 4 };
    const keys = [0, 1].map((layer) => Float32Array.from({ length: 12 }, (_, i) => layer * 100 + i));
    const values = keys.map((layer) => layer.map((value) => -value));

    expect(nhdToHnd(foreign(nhd), shape)).toEqual(nhdToHnd(nhd, shape));
    expect(hndToNhd(foreign(nhd), shape)).toEqual(hndToNhd(nhd, shape));
    const packed = packKv2ltd(keys.map(foreign), values.map(foreign), kvShape);
    expect(packed).toEqual(packKv2ltd(keys, values, kvShape));
    expect(unpackKv2ltd(foreign(packed), kvShape).values).toEqual(values);
  });
});
