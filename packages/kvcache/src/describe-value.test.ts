import { getModel } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { applyCodecPreset } from "./codec-presets.js";
import { describeValue } from "./describe-value.js";
import { resolveFrameLimits } from "./frame-format.js";
import { decodeFrame } from "./frame-reader.js";
import { frameSize } from "./frame-size.js";
import { encodeFrame } from "./frame-writer.js";
import { fp16ToFp32 } from "./half.js";
import { decodeFp8, encodeFp8 } from "./fp8.js";
import { nhdToHnd } from "./layouts.js";
import { modelPlanes } from "./model-planes.js";
import { createEncodePool } from "./node/index.js";
import type { PlaneDescriptor, PlaneGeometry } from "./plane.js";
import { rejection } from "./rejection.test-helpers.js";

describe("describeValue", () => {
  it("quotes strings and names objects", () => {
    expect(describeValue("256")).toBe('"256"');
    expect(describeValue(256)).toBe("256");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1, 2])).toBe("an array");
    expect(describeValue({ a: 1 })).toBe("an object");
    expect(describeValue(new Float64Array(1))).toBe("a Float64Array");
  });
});

describe("numbers given as strings", () => {
  const plane: PlaneGeometry = {
    role: "key",
    kind: "token",
    elementType: "fp32",
    dims: [1, 64, 1, 4],
    axisRoles: ["layer", "token", "head", "channel"],
    position: 0,
    channelOffset: 0,
  };

  it("are quoted in messages", () => {
    const cases: { call: () => unknown; quoted: string }[] = [
      { call: () => modelPlanes(getModel("qwen3-32b"), { contextTokens: "256" as never }), quoted: 'contextTokens "256"' },
      { call: () => encodeFp8(new Float32Array([1]), "e4m3fn", { scale: "1" as never }), quoted: 'scale "1"' },
      {
        call: () => decodeFp8(new Uint8Array([1]), "e4m3fn", { scale: { scales: new Float32Array([1]), blockSize: "1" as never } }),
        quoted: 'scale.blockSize "1"',
      },
      { call: () => applyCodecPreset(plane, "kivi-int4", { groupSize: "32" as never }), quoted: 'groupSize "32"' },
      { call: () => createEncodePool({ workers: "2" as never }), quoted: 'workers "2"' },
      { call: () => nhdToHnd(new Float32Array(8), { blocks: 1, tokens: "2" as never, heads: 1, headDim: 4 }), quoted: 'tokens "2"' },
    ];

    for (const { call, quoted } of cases) {
      expect(rejection(call).message, quoted).toContain(`Invalid ${quoted}:`);
    }
  });
});

describe("strings given for other arguments", () => {
  const plane: PlaneDescriptor = {
    role: "key",
    kind: "token",
    elementType: "fp16",
    dims: [1, 64, 1, 4],
    axisRoles: ["layer", "token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "raw" },
  };

  it("quotes int encoding numbers", () => {
    const intPlane = applyCodecPreset(plane, "kivi-int4");
    const withEncoding = (change: object) => ({ ...intPlane, encoding: { ...intPlane.encoding, ...change } }) as PlaneDescriptor;

    expect(rejection(() => frameSize([withEncoding({ bits: "4" })])).message).toContain('bits must be 2, 4 or 8, got "4"');
    expect(rejection(() => frameSize([withEncoding({ groupSize: "32" })])).message).toContain('groupSize "32" × 4 bits');
    expect(rejection(() => frameSize([withEncoding({ residualTokens: "0" })])).message).toContain('residualTokens "0" must be');
  });

  it("quotes any string in place of an object or array", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 64, chunks: [] }, { checksums });
    const header = { planes: [plane], firstToken: 0, tokenCount: 64 };

    fc.assert(
      fc.property(fc.string(), (text) => {
        const calls: (() => unknown)[] = [
          () => decodeFrame(frame, text as never),
          () => decodeFrame(frame, { checksums, expectedPlanes: text as never }),
          () => encodeFrame(text as never, { checksums }),
          () => encodeFrame({ ...header, chunks: text as never }, { checksums }),
          () => encodeFrame({ ...header, chunks: [text as never] }, { checksums }),
          () => encodeFrame({ ...header, chunks: [] }, text as never),
          () => encodeFrame({ ...header, chunks: [] }, { checksums: text as never }),
          () => frameSize(text as never),
          () => resolveFrameLimits(text as never),
          () => applyCodecPreset(plane, "kivi-int4", text as never),
          () => modelPlanes(text as never, { contextTokens: 1 }),
          () => modelPlanes(getModel("qwen3-32b"), text as never),
          () => nhdToHnd(new Float32Array(4), text as never),
          () => encodeFp8(new Float32Array(1), "e4m3fn", text as never),
          () => decodeFp8(new Uint8Array(1), "e4m3fn", { scale: { scales: text as never, blockSize: 1 } }),
          () => fp16ToFp32(text as never),
          () => createEncodePool(text as never),
        ];

        for (const [index, call] of calls.entries()) {
          expect(rejection(call).message, `call ${index}`).toContain(`got ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 50 },
    );
    await expect(loadChecksums("native" as never)).rejects.toThrow('got "native"');
  });
});
