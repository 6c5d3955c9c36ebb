// frameSize on real models: exact byte counts for MLA latents, sliding windows and states, and
// agreement with the frames encodeFrame writes.
import { getModel } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { applyCodecPreset, type CodecPreset } from "./codec-presets.js";
import { gaussian, toElements } from "./codecs/describe-codec.test-helpers.js";
import { frameSize } from "./frame-size.js";
import { incompressibleHalves } from "./incompressible.test-helpers.js";
import { encodeFrame } from "./frame-writer.js";
import { modelPlanes } from "./model-planes.js";
import { chunkShape, type PlaneDescriptor, type Stage } from "./plane.js";
import { rejection } from "./rejection.test-helpers.js";

function planesOf(model: string, contextTokens: number, preset: CodecPreset) {
  return modelPlanes(getModel(model), { contextTokens }).map((plane) => applyCodecPreset(plane, preset));
}

describe("frameSize", () => {
  it("DeepSeek-V3 bf16 latent is 70,272 bytes per token", () => {
    const size = frameSize(planesOf("deepseek-v3", 1024, "bf16"));
    expect(size.planes).toEqual([{ planeIndex: 0, chunkBytes: 1024 * 576 * 2, storedChunkBytes: 1024 * 576 * 2, layers: 61, payloadBytes: 61 * 1024 * 576 * 2 }]);
    // Header 64, one 80-byte plane entry, 61 40-byte chunk entries, padded to 16.
    expect(size.overheadBytes).toBe(2592);
    expect(size.frameBytes - size.overheadBytes).toBe(1024 * 70_272);
  });

  it("Step-3.5-Flash window planes stop growing at 512 tokens", () => {
    const at4k = frameSize(planesOf("step-3.5-flash", 4096, "bf16"));
    const at8k = frameSize(planesOf("step-3.5-flash", 8192, "bf16"));
    expect(at4k.planes.map((plane) => plane.chunkBytes)).toEqual([4096 * 8 * 128 * 2, 4096 * 8 * 128 * 2, 512 * 8 * 128 * 2, 512 * 8 * 128 * 2]);
    expect(at8k.planes[2]!.chunkBytes).toBe(at4k.planes[2]!.chunkBytes);
    expect(at8k.frameBytes - at4k.frameBytes).toBe(2 * 12 * 4096 * 8 * 128 * 2);
  });

  it("MiniMax-M1 state does not grow with the context", () => {
    const short = frameSize(planesOf("minimax-m1", 128, "bf16"));
    const long = frameSize(planesOf("minimax-m1", 4096, "bf16"));
    expect(short.planes[0]).toEqual({ planeIndex: 0, chunkBytes: 64 * 128 * 128 * 4, storedChunkBytes: 64 * 128 * 128 * 4, layers: 70, payloadBytes: 70 * 64 * 128 * 128 * 4 });
    expect(long.planes[0]).toEqual(short.planes[0]);
    expect(long.frameBytes - short.frameBytes).toBe(2 * 10 * (4096 - 128) * 8 * 128 * 2);
  });

  it("kivi-int4 shrinks DeepSeek-V3 latents about fourfold", () => {
    const bf16 = frameSize(planesOf("deepseek-v3", 4096, "bf16")).frameBytes;
    const int4 = frameSize(planesOf("deepseek-v3", 4096, "kivi-int4")).frameBytes;
    expect(int4 / bf16).toBeGreaterThan(0.25);
    expect(int4 / bf16).toBeLessThan(0.4);
  });

  it("matches the length of encoded frames", async () => {
    const checksums = await loadChecksums();
    for (const preset of ["bf16", "fp8-e4m3fn", "kivi-int4", "kivi-int2"] as const) {
      const planes = planesOf("step-3.5-flash", 64, preset);
      const chunks = planes.flatMap((plane, planeIndex) => {
        const shape = chunkShape(plane);
        return Array.from({ length: shape.layerCount }, (_, layerIndex) => ({
          planeIndex,
          layerIndex,
          data: toElements(gaussian(shape.elementCount, planeIndex * 100 + layerIndex + 1, 1), plane.elementType),
        }));
      });
      const frame = encodeFrame({ planes, firstToken: 0, tokenCount: 64, chunks }, { checksums });
      expect(frameSize(planes).frameBytes, preset).toBe(frame.length);
    }
  });

  it("bounds incompressible fp16-deflate frames", async () => {
    const checksums = await loadChecksums();
    const planes = planesOf("qwen3-32b", 96, "fp16-deflate").map((plane) => ({ ...plane, dims: [2, ...plane.dims.slice(1)] }));
    const chunks = planes.flatMap((plane, planeIndex) =>
      Array.from({ length: chunkShape(plane).layerCount }, (_, layerIndex) => ({ planeIndex, layerIndex, data: incompressibleHalves(chunkShape(plane).elementCount, 7 + planeIndex * 10 + layerIndex) })),
    );

    const frame = encodeFrame({ planes, firstToken: 0, tokenCount: 96, chunks }, { checksums });
    const size = frameSize(planes);

    expect(frame.length).toBeGreaterThan(0.99 * size.frameBytes);
    expect(frame.length).toBeLessThanOrEqual(size.frameBytes);
    expect(size.planes.every((plane) => plane.storedChunkBytes > plane.chunkBytes)).toBe(true);
  });
});

describe("frameSize of incompressible deflate planes", () => {
  it.each([[["deflate"]], [["byte-split", "deflate"]]] as Stage[][][])(
    "bounds %j from above",
    async (stages) => {
      const checksums = await loadChecksums();
      // 70,000 elements of 2 bytes make each stored chunk span three stored blocks.
      const plane: PlaneDescriptor = {
        role: "key",
        kind: "token",
        elementType: "fp16",
        dims: [1, 70_000],
        axisRoles: ["token", "channel"],
        position: 0,
        channelOffset: 0,
        encoding: { codec: "raw", stages },
      };
      const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 1, chunks: [{ planeIndex: 0, layerIndex: 0, data: incompressibleHalves(70_000, 11) }] }, { checksums });
      const size = frameSize([plane]);

      expect(size.planes[0]!.storedChunkBytes).toBe(140_000 + 3 * 5);
      expect(frame.length).toBeLessThanOrEqual(size.frameBytes);
    },
  );
});

describe("frameSize plane count", () => {
  const plane: PlaneDescriptor = {
    role: "key",
    kind: "token",
    elementType: "fp16",
    dims: [1, 2, 1, 4],
    axisRoles: ["layer", "token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "raw" },
  };

  it("rejects no planes as encodeFrame does", async () => {
    const checksums = await loadChecksums();
    const sizeError = rejection(() => frameSize([]));
    const encodeError = rejection(() => encodeFrame({ planes: [], firstToken: 0, tokenCount: 2, chunks: [] }, { checksums }));

    expect(sizeError).toMatchObject({ code: "INVALID_ARGUMENT", field: "planes" });
    expect(sizeError.message).toBe(encodeError.message);
    expect(sizeError.message).toContain("1 to 65,535 plane descriptors, got 0");
  });

  it("sizes a frame only when encodeFrame writes one", async () => {
    const checksums = await loadChecksums();
    fc.assert(
      fc.property(fc.nat(4), (planeCount) => {
        const planes = Array.from({ length: planeCount }, () => plane);
        const chunks = planes.map((_, planeIndex) => ({ planeIndex, layerIndex: 0, data: new Uint16Array(8) }));
        let encoded: Uint8Array | undefined;
        try {
          encoded = encodeFrame({ planes, firstToken: 0, tokenCount: 2, chunks }, { checksums });
        } catch {
          encoded = undefined;
        }

        if (encoded === undefined) expect(() => frameSize(planes)).toThrow();
        else expect(frameSize(planes).frameBytes).toBe(encoded.length);
      }),
    );
  });
});
