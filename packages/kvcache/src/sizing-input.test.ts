// Reader limits, modelPlanes, applyCodecPreset, frameSize and the layout helpers with input
// that used to turn a safety limit off, give silently wrong planes or crash untyped.
import { getModel } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { applyCodecPreset } from "./codec-presets.js";
import { createFrameDecoderStream } from "./frame-decoder-stream.js";
import { DEFAULT_FRAME_LIMITS, resolveFrameLimits } from "./frame-format.js";
import { decodeFrame, readFixedHeader } from "./frame-reader.js";
import { frameSize } from "./frame-size.js";
import { encodeFrame } from "./frame-writer.js";
import { nhdToHnd, packKv2ltd, unpackKv2ltd } from "./layouts.js";
import { modelPlanes } from "./model-planes.js";
import type { PlaneDescriptor } from "./plane.js";
import { rejection } from "./rejection.test-helpers.js";

describe("reader limits", () => {
  // 2 MiB of zeros deflate to about 2 KB: the case maxDecodedRatio and maxChunkBytes guard.
  const plane: PlaneDescriptor = {
    role: "key",
    kind: "token",
    elementType: "fp16",
    dims: [1, 4096, 1, 256],
    axisRoles: ["layer", "token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "raw", stages: ["deflate"] },
  };
  const frame = loadChecksums().then((checksums) => ({
    checksums,
    bytes: encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 4096, chunks: [{ planeIndex: 0, layerIndex: 0, data: new Uint16Array(4096 * 256) }] }, { checksums }),
  }));

  it("keeps the default for undefined limits", async () => {
    const { checksums, bytes } = await frame;
    // Before, { maxChunkBytes: undefined } replaced 1 GiB by undefined, and no size exceeds undefined.
    const limits = { maxChunkBytes: 1000, maxDecodedRatio: undefined };
    expect(rejection(() => decodeFrame(bytes, { checksums, limits })).code).toBe("FRAME_LIMIT_EXCEEDED");
    expect(resolveFrameLimits({ maxChunkBytes: undefined })).toEqual(DEFAULT_FRAME_LIMITS);
    expect(rejection(() => decodeFrame(bytes, { checksums, limits: { maxDecodedRatio: 100, maxChunkBytes: undefined } })).code).toBe("FRAME_LIMIT_EXCEEDED");
  });

  it("rejects values that would compare false and turn a limit off", async () => {
    const { checksums, bytes } = await frame;
    for (const value of [Number.NaN, "1000", -1, 0, null]) {
      const error = rejection(() => decodeFrame(bytes, { checksums, limits: { maxChunkBytes: value as never } }));
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "limits.maxChunkBytes" });
    }
    expect(rejection(() => readFixedHeader(bytes, { maxFrameBytes: Number.NaN }))).toMatchObject({ field: "limits.maxFrameBytes" });
  });

  it("rejects an unknown limit instead of ignoring it", async () => {
    const { checksums, bytes } = await frame;
    const error = rejection(() => decodeFrame(bytes, { checksums, limits: { maxChunkSize: 1000 } as never }));
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "limits.maxChunkSize" });
    expect(error.message).toContain("maxChunkBytes");
    expect(rejection(() => createFrameDecoderStream({ checksums, limits: { maxFrames: 1 } as never })).field).toBe("limits.maxFrames");
  });

  it("still accepts raised limits and Infinity", async () => {
    const { checksums, bytes } = await frame;
    expect(decodeFrame(bytes, { checksums, limits: { maxChunkBytes: 2 ** 31, maxDecodedRatio: Infinity } }).chunks).toHaveLength(1);
  });
});

describe("reader options", () => {
  const plane: PlaneDescriptor = {
    role: "key",
    kind: "token",
    elementType: "fp16",
    dims: [1, 4, 1, 8],
    axisRoles: ["layer", "token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "raw" },
  };
  const frame = loadChecksums().then((checksums) => ({
    checksums,
    bytes: encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 4, chunks: [{ planeIndex: 0, layerIndex: 0, data: new Uint16Array(32) }] }, { checksums }),
  }));

  it("rejects a misspelt option instead of decoding without the check it asks for", async () => {
    const { checksums, bytes } = await frame;
    const other = { ...plane, dims: [1, 4, 1, 16] };
    // expectedPlane (no s) used to be ignored, so a frame of another geometry decoded.
    const error = rejection(() => decodeFrame(bytes, { checksums, expectedPlane: [other] } as never));
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "expectedPlane" });
    expect(error.message).toContain("expectedPlanes");
    expect(rejection(() => decodeFrame(bytes, { checksums, expectedPlanes: [other] })).code).toBe("FRAME_GEOMETRY_MISMATCH");
    expect(rejection(() => createFrameDecoderStream({ checksums, limit: {} } as never)).field).toBe("limit");
  });

  it("checks the types of strict, onWarning and expectedPlanes", async () => {
    const { checksums, bytes } = await frame;
    expect(rejection(() => decodeFrame(bytes, { checksums, strict: "no" as never })).field).toBe("strict");
    expect(rejection(() => decodeFrame(bytes, { checksums, strict: false, onWarning: "log" as never })).field).toBe("onWarning");
    expect(rejection(() => decodeFrame(bytes, { checksums, expectedPlanes: plane as never })).field).toBe("expectedPlanes");
  });
});

describe("modelPlanes input", () => {
  const model = getModel("step-3.5-flash");

  it("rejects a firstToken that is not a non-negative integer", () => {
    // A window plane's position is firstToken + tokens − kept; -5 or 1.5 gave impossible positions.
    for (const firstToken of [-5, 1.5, Number.NaN, "3"]) {
      expect(rejection(() => modelPlanes(model, { contextTokens: 100, firstToken: firstToken as never }))).toMatchObject({ code: "INVALID_ARGUMENT", field: "firstToken" });
    }
  });

  it("rejects element types that are not decoded types, naming the codec route", () => {
    const error = rejection(() => modelPlanes(model, { contextTokens: 100, elementType: "fp8" as never }));
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "elementType" });
    expect(error.message).toContain("applyCodecPreset");
    expect(rejection(() => modelPlanes(getModel("kimi-linear"), { contextTokens: 100, stateElementType: "x" as never })).field).toBe("stateElementType");
  });

  it("rejects unknown options, a missing model and missing options", () => {
    expect(rejection(() => modelPlanes(model, { contextTokens: 100, contextLength: 5 } as never)).field).toBe("contextLength");
    expect(rejection(() => modelPlanes(null as never, { contextTokens: 100 })).field).toBe("model");
    expect(rejection(() => modelPlanes({} as never, { contextTokens: 100 })).field).toBe("model");
    expect(rejection(() => modelPlanes(model, undefined as never)).field).toBe("options");
  });
});

describe("applyCodecPreset input", () => {
  const [plane] = modelPlanes(getModel("step-3.5-flash"), { contextTokens: 100 });

  it("rejects an unknown preset instead of returning undefined", () => {
    expect(rejection(() => applyCodecPreset(plane!, "int4" as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "codec" });
  });

  it("checks groupSize and residualLength", () => {
    // residualLength -1 or 1.5 used to give a residual split of 4 tokens without a word.
    for (const residualLength of [-1, 1.5, Number.NaN]) {
      expect(rejection(() => applyCodecPreset(plane!, "kivi-int4", { residualLength }))).toMatchObject({ code: "INVALID_ARGUMENT", field: "residualLength" });
    }
    expect(rejection(() => applyCodecPreset(plane!, "kivi-int4", { groupSize: 0 })).field).toBe("groupSize");
    expect(rejection(() => applyCodecPreset(plane!, "kivi-int4", { groupsize: 16 } as never)).field).toBe("groupsize");
    expect(applyCodecPreset(plane!, "kivi-int4", { groupSize: 16, residualLength: 0 }).encoding).toMatchObject({ groupSize: 16, residualTokens: 4 });
  });

  it("rejects a plane that is not a plane descriptor", () => {
    expect(rejection(() => applyCodecPreset(null as never, "fp16")).field).toBe("plane");
  });

  it("rejects a group that does not fill whole words", () => {
    // Before, groupSize 30 for 4-bit codes returned a plane that only frameSize or the encoder rejected.
    const cases = [
      ["kivi-int2", 8, 16],
      ["kivi-int4", 30, 8],
      ["kivi-int8", 2, 4],
    ] as const;
    for (const [preset, groupSize, multiple] of cases) {
      const error = rejection(() => applyCodecPreset(plane!, preset, { groupSize }));
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "groupSize", value: groupSize });
      expect(error.message).toContain(`multiple of ${multiple}`);
    }
    expect(rejection(() => applyCodecPreset(plane!, "kivi-int4", { groupSize: 2 ** 33 }))).toMatchObject({ field: "groupSize", value: 2 ** 33 });
  });

  it("accepts every group size that fills whole words", () => {
    fc.assert(
      fc.property(fc.constantFrom(2 as const, 4 as const, 8 as const), fc.integer({ min: 1, max: 64 }), (bits, words) => {
        const groupSize = (32 / bits) * words;
        const described = applyCodecPreset(plane!, `kivi-int${bits}`, { groupSize });
        expect(() => frameSize([described])).not.toThrow();
        expect(described.encoding).toMatchObject({ codec: "int", bits, groupSize });
      }),
    );
  });
});

describe("frameSize and layout input", () => {
  it("names the plane without an encoding", () => {
    // A plane from modelPlanes has no encoding until applyCodecPreset gives it one.
    const [geometry] = modelPlanes(getModel("step-3.5-flash"), { contextTokens: 100 });
    const error = rejection(() => frameSize([geometry as never]));
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "planes[0].encoding" });
    expect(error.message).toContain("applyCodecPreset");
    const unknown = { ...applyCodecPreset(geometry!, "fp16"), encoding: { codec: "zstd" } } as never;
    expect(rejection(() => frameSize([unknown]))).toMatchObject({ code: "INVALID_ARGUMENT", field: "planes[0].encoding.codec", value: "zstd" });
  });

  it("names the argument instead of crashing", () => {
    expect(rejection(() => frameSize(null as never)).field).toBe("planes");
    expect(rejection(() => nhdToHnd(new Float32Array(6), null as never)).field).toBe("shape");
    expect(rejection(() => unpackKv2ltd(new Float32Array(6), undefined as never)).field).toBe("shape");
    expect(rejection(() => packKv2ltd([], [], null as never)).field).toBe("shape");
  });
});
