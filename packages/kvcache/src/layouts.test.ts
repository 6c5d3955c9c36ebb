// Layout conversions: NHD ↔ HND and LMCache KV_2LTD, checked by round trips under fast-check
// and against elements placed by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { hndToNhd, nhdToHnd, packKv2ltd, unpackKv2ltd } from "./layouts.js";

const headShape = fc.record({
  blocks: fc.integer({ min: 1, max: 4 }),
  tokens: fc.integer({ min: 1, max: 17 }),
  heads: fc.integer({ min: 1, max: 5 }),
  headDim: fc.integer({ min: 1, max: 9 }),
});

function sequence(length: number, float: boolean): Float32Array | Uint16Array {
  return float ? Float32Array.from({ length }, (_, i) => i + 0.5) : Uint16Array.from({ length }, (_, i) => i & 0xffff);
}

describe("NHD and HND", () => {
  it("round-trips any shape", () => {
    fc.assert(
      fc.property(headShape, fc.boolean(), (shape, float) => {
        const data = sequence(shape.blocks * shape.tokens * shape.heads * shape.headDim, float);
        const hnd = nhdToHnd(data, shape);
        expect(hnd.constructor).toBe(data.constructor);
        expect(hndToNhd(hnd, shape)).toEqual(data);
      }),
    );
  });

  it("places each element at its HND index", () => {
    fc.assert(
      fc.property(headShape, (shape) => {
        const { blocks, tokens, heads, headDim } = shape;
        const data = sequence(blocks * tokens * heads * headDim, true);
        const hnd = nhdToHnd(data, shape);
        for (let b = 0; b < blocks; b++)
          for (let t = 0; t < tokens; t++)
            for (let h = 0; h < heads; h++)
              for (let d = 0; d < headDim; d++) {
                const nhdIndex = ((b * tokens + t) * heads + h) * headDim + d;
                const hndIndex = ((b * heads + h) * tokens + t) * headDim + d;
                if (hnd[hndIndex] !== data[nhdIndex]) return false;
              }
        return true;
      }),
    );
  });

  it("keeps NaN payloads bit for bit", () => {
    const bits = new Uint32Array([0x7fc00001, 0xffa00000, 1, 2]);
    const hnd = nhdToHnd(new Float32Array(bits.buffer), { tokens: 2, heads: 2, headDim: 1 });
    expect([...new Uint32Array(hnd.buffer)]).toEqual([0x7fc00001, 1, 0xffa00000, 2]);
  });

  it("rejects a length that does not match", () => {
    expect(() => nhdToHnd(new Float32Array(7), { tokens: 2, heads: 2, headDim: 2 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "data" }));
    expect(() => hndToNhd(new Float32Array(8), { tokens: 0, heads: 2, headDim: 2 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "tokens" }));
  });
});

describe("LMCache KV_2LTD", () => {
  const shape = fc.record({ layers: fc.integer({ min: 1, max: 4 }), tokens: fc.integer({ min: 1, max: 9 }), hidden: fc.integer({ min: 1, max: 12 }) });

  it("round-trips per-layer K and V", () => {
    fc.assert(
      fc.property(shape, fc.boolean(), ({ layers, tokens, hidden }, float) => {
        const all = sequence(2 * layers * tokens * hidden, float);
        const layerLength = tokens * hidden;
        const keys = Array.from({ length: layers }, (_, l) => all.slice(l * layerLength, (l + 1) * layerLength));
        const values = Array.from({ length: layers }, (_, l) => all.slice((layers + l) * layerLength, (layers + l + 1) * layerLength));
        const packed = packKv2ltd(keys, values, { layers, tokens, hidden });
        expect(packed).toEqual(all);
        const unpacked = unpackKv2ltd(packed, { layers, tokens, hidden });
        expect(unpacked.keys).toEqual(keys);
        expect(unpacked.values).toEqual(values);
      }),
    );
  });

  it("puts V of layer 1 after every K", () => {
    const keys = [new Uint16Array([1, 2]), new Uint16Array([3, 4])];
    const values = [new Uint16Array([5, 6]), new Uint16Array([7, 8])];
    expect([...packKv2ltd(keys, values, { layers: 2, tokens: 1, hidden: 2 })]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("rejects mixed element types and missing layers", () => {
    const shape2 = { layers: 2, tokens: 1, hidden: 2 };
    expect(() => packKv2ltd([new Uint16Array(2), new Float32Array(2) as never], [new Uint16Array(2), new Uint16Array(2)], shape2)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "keys[1]" }),
    );
    expect(() => packKv2ltd([new Uint16Array(2)], [new Uint16Array(2)], shape2)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "keys" }));
    expect(() => unpackKv2ltd(new Uint16Array(7), shape2)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "data" }));
  });
});
