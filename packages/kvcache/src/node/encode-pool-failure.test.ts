// The encode pool when its workers stop: chunks in flight on a stopped worker reject with
// WORKER_FAILED, the other workers keep encoding, and new chunks go only to running workers.
// Records every Worker the pool starts, so a test can stop one. Runs the built worker script.
import type { Worker } from "node:worker_threads";

import { describe, expect, it, vi } from "vitest";

import type { PlaneDescriptor } from "../plane.js";
import { createEncodePool } from "./index.js";

const started = vi.hoisted(() => [] as Worker[]);

vi.mock("node:worker_threads", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:worker_threads")>();
  class RecordedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.push(this);
    }
  }
  return { ...actual, Worker: RecordedWorker };
});

const PLANE: PlaneDescriptor = {
  role: "key",
  kind: "token",
  elementType: "fp32",
  dims: [4, 16, 32],
  axisRoles: ["layer", "token", "channel"],
  position: 0,
  channelOffset: 0,
  encoding: { codec: "int", bits: 4, groupSize: 8, groupAxis: 1, residualTokens: 0, scaleType: "fp32" },
};

function layer(seed: number): Float32Array {
  return Float32Array.from({ length: 16 * 32 }, (_, i) => Math.sin(i * 0.1 + seed));
}

describe("encode pool with stopped workers", () => {
  it("rejects only the stopped worker's chunks", async () => {
    started.length = 0;
    const pool = createEncodePool({ workers: 2 });
    const [first, second] = started;

    // The worker with the fewest pending chunks takes each chunk, so chunk 0 goes to worker 0 and
    // chunk 1 to worker 1.
    // The stopped worker's chunk is caught at once, because it rejects while terminate runs.
    const stoppedOutcome = pool.encode(PLANE, 0, 0, layer(0)).then(
      () => undefined,
      (error: unknown) => error,
    );
    const onRunning = pool.encode(PLANE, 0, 1, layer(1));
    await first!.terminate();
    const error = await stoppedOutcome;

    expect(error).toMatchObject({ name: "KvCacheError", code: "WORKER_FAILED", field: "worker", value: 0 });
    expect((error as Error).message).toMatch(/chunk \(plane 0, layer 0\)/);
    await expect(onRunning).resolves.toMatchObject({ planeIndex: 0, layerIndex: 1 });
    expect(second).toBeDefined();
    await pool.close();
  });

  it("sends new chunks to running workers only", async () => {
    started.length = 0;
    const pool = createEncodePool({ workers: 2 });
    await started[0]!.terminate();

    const chunks = await Promise.all([0, 1, 2, 3].map((layerIndex) => pool.encode(PLANE, 0, layerIndex, layer(layerIndex))));

    expect(chunks.map((chunk) => chunk.layerIndex)).toEqual([0, 1, 2, 3]);
    await pool.close();
  });

  it("says the input is lost with transferInput", async () => {
    started.length = 0;
    const pool = createEncodePool({ workers: 1, transferInput: true });
    const data = layer(0);

    const outcome = pool.encode(PLANE, 0, 0, data).then(
      () => undefined,
      (error: unknown) => error,
    );
    await started[0]!.terminate();
    const error = await outcome;

    expect(data.length).toBe(0);
    expect(error).toMatchObject({ name: "KvCacheError", code: "WORKER_FAILED" });
    expect((error as Error).message).toMatch(/the array passed to encode is detached, so take them from their source again\.$/);
    await pool.close();
  });

  it("rejects chunks once every worker stopped", async () => {
    started.length = 0;
    const pool = createEncodePool({ workers: 1 });
    await started[0]!.terminate();

    await expect(pool.encode(PLANE, 0, 0, layer(0))).rejects.toMatchObject({ name: "KvCacheError", code: "WORKER_FAILED" });
    await expect(pool.encode(PLANE, 0, 0, layer(0))).rejects.toThrow(/create a new one with createEncodePool/);
    await pool.close();
  });
});
