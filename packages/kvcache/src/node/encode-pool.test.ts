// The worker-thread encode pool against the single-thread encoder. Runs the built worker script
// (dist/encode-worker.js), so `build` must run first, as the turbo test task does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, describe, expect, it } from "vitest";

import { loadChecksums } from "../checksum.js";
import { gaussian, toElements } from "../codecs/describe-codec.test-helpers.js";
import { assembleFrame, encodeFrame, type FrameInput } from "../frame-writer.js";
import type { PlaneDescriptor } from "../plane.js";
import { createEncodePool } from "./index.js";

const LAYERS = 4;

function plane(role: PlaneDescriptor["role"], encoding: PlaneDescriptor["encoding"]): PlaneDescriptor {
  return { role, kind: "token", elementType: "fp16", dims: [LAYERS, 64, 2, 32], axisRoles: ["layer", "token", "head", "channel"], position: 0, channelOffset: 0, encoding };
}

const PLANES = [
  plane("key", { codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0 }),
  plane("value", { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "head" }),
  plane("latent", { codec: "raw", stages: ["byte-split", "deflate"] }),
];

const INPUT: FrameInput = {
  planes: PLANES,
  firstToken: 0,
  tokenCount: 64,
  chunks: PLANES.flatMap((_, planeIndex) =>
    Array.from({ length: LAYERS }, (__, layerIndex) => ({ planeIndex, layerIndex, data: toElements(gaussian(64 * 2 * 32, planeIndex * 10 + layerIndex + 1, 1), "fp16") })),
  ),
};

describe("encode pool", () => {
  const pool = createEncodePool({ workers: 2 });
  afterAll(() => pool.close());

  it("has the requested workers", () => {
    expect(pool.size).toBe(2);
  });

  it("writes the same bytes as the single-thread encoder", async () => {
    const checksums = await loadChecksums();
    const expected = encodeFrame(INPUT, { checksums });
    const chunks = await Promise.all(INPUT.chunks.map((chunk) => pool.encode(PLANES[chunk.planeIndex]!, chunk.planeIndex, chunk.layerIndex, chunk.data)));
    const frame = assembleFrame(INPUT, chunks, checksums);
    expect(frame.length).toBe(expected.length);
    expect(Buffer.from(frame).equals(Buffer.from(expected))).toBe(true);
  });

  it("rejects an invalid chunk with a typed error", async () => {
    await expect(pool.encode(PLANES[0]!, 0, 0, new Uint16Array(5))).rejects.toMatchObject({ name: "KvCacheError", code: "INVALID_ARGUMENT" });
  });

  it("rejects requests it cannot send with typed errors instead of leaving them pending", async () => {
    const typed = { name: "KvCacheError", code: "INVALID_ARGUMENT" };
    const bad = { ...PLANES[0]!, encoding: { codec: "int", bits: 3, groupSize: 32, groupAxis: 1, residualTokens: 0 } } as unknown as PlaneDescriptor;
    await expect(pool.encode(bad, 0, 0, new Uint16Array(64 * 2 * 32))).rejects.toMatchObject(typed);
    await expect(pool.encode(PLANES[0]!, 0, 0, [1, 2, 3] as unknown as Uint16Array)).rejects.toMatchObject(typed);
    const withFunction = { ...PLANES[0]!, extra: () => 1 } as unknown as PlaneDescriptor;
    await expect(pool.encode(withFunction, 0, 0, new Uint16Array(64 * 2 * 32))).rejects.toMatchObject(typed);
  });

  it("rejects a detached buffer and encodes after close", async () => {
    const transferring = createEncodePool({ workers: 1, transferInput: true });
    const shared = new Uint16Array(2 * 64 * 2 * 32);
    const [layer0, layer1] = [shared.subarray(0, 64 * 2 * 32), shared.subarray(64 * 2 * 32)];
    const first = transferring.encode(PLANES[0]!, 0, 0, layer0);
    await expect(transferring.encode(PLANES[0]!, 0, 1, layer1)).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "data" });
    await first;
    await transferring.close();
    await expect(transferring.encode(PLANES[0]!, 0, 0, new Uint16Array(64 * 2 * 32))).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "pool" });
  });

  it("rejects non-finite input as a RangeError", async () => {
    const fp32Keys: PlaneDescriptor = { ...PLANES[0]!, elementType: "fp32", encoding: { codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0, scaleType: "fp32" } };
    const data = new Float32Array(64 * 2 * 32);
    data[5] = Number.NaN;

    const rejection = pool.encode(fp32Keys, 0, 2, data);

    await expect(rejection).rejects.toBeInstanceOf(RangeError);
    await expect(rejection).rejects.toMatchObject({ name: "KvCacheRangeError", code: "NON_FINITE_INPUT", field: "data", value: Number.NaN });
    await expect(rejection).rejects.toThrow(/layer 2, element 5/);
  });

  it("rejects encodes pending at close", async () => {
    const closing = createEncodePool({ workers: 1 });
    // Caught at once, because close rejects it before the assertions below run.
    const outcome = closing.encode(PLANES[0]!, 0, 3, INPUT.chunks[3]!.data).catch((error: unknown) => error);

    await closing.close();
    const error = await outcome;

    expect(error).toMatchObject({ name: "KvCacheError", code: "INVALID_ARGUMENT", field: "pool" });
    expect((error as Error).message).toMatch(/closed before chunk \(plane 0, layer 3\) was encoded/);
  });

  it("rejects an unknown checksum algorithm when the pool is created", () => {
    expect(() => createEncodePool({ workers: 1, checksum: "md5" as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "checksum" }));
  });

  it("rejects a worker count below 1", () => {
    expect(() => createEncodePool({ workers: 0 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "workers" }));
  });

  it("rejects a misspelt option", () => {
    expect(() => createEncodePool({ worker: 1 } as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "worker" }));
    expect(() => createEncodePool({ worker: 1 } as never)).toThrow(/Unknown option "worker" of createEncodePool: it takes workers, checksum, transferInput\./);
  });

  it("rejects options that are not an object", () => {
    expect(() => createEncodePool(null as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "options" }));
  });

  it("rejects a transferInput that is not a boolean", () => {
    expect(() => createEncodePool({ workers: 1, transferInput: "yes" as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "transferInput", value: "yes" }));
  });
});

describe("encode pool left open", () => {
  it("lets the process exit once its encodes settle", () => {
    // A script that encodes one chunk and never calls close. Runs the built library, as the
    // worker script does.
    const library = fileURLToPath(new URL("../../dist/node.js", import.meta.url));
    const script = `
      const { createEncodePool } = await import(${JSON.stringify(library)});
      const pool = createEncodePool({ workers: 2 });
      const plane = { role: "key", kind: "token", elementType: "fp32", dims: [4, 2], axisRoles: ["token", "channel"], position: 0, channelOffset: 0, encoding: { codec: "raw" } };
      const chunk = await pool.encode(plane, 0, 0, new Float32Array(8));
      console.log("encoded", chunk.stored.length);
    `;

    // A file, not --eval: workers inherit the parent's flags, and --input-type fails in a worker.
    const directory = mkdtempSync(join(tmpdir(), "kvcache-pool-"));
    const file = join(directory, "left-open.mjs");
    writeFileSync(file, script);
    const child = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 20_000 });
    rmSync(directory, { recursive: true });

    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe("encoded 32");
    expect(child.status).toBe(0);
  });
});
