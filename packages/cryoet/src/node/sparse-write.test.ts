import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { writeUnlessZero } from "./sparse-write.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cryoet-sparse-write-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes made of runs of zeros and of non-zero bytes, some runs longer than the 64 KiB window. */
const runs = fc.array(fc.record({ zero: fc.boolean(), length: fc.integer({ min: 1, max: 200_000 }), value: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 6 });

describe("writeUnlessZero", () => {
  it("leaves the same bytes as a plain write once the file is extended", async () => {
    let case_ = 0;
    await fc.assert(
      fc.asyncProperty(runs, fc.integer({ min: 0, max: 5000 }), async (parts, position) => {
        const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
        let offset = 0;
        for (const part of parts) {
          if (!part.zero) bytes.fill(part.value, offset, offset + part.length);
          offset += part.length;
        }
        const path = join(dir, `case-${case_++}.bin`);
        const handle = await open(path, "wx");
        try {
          await writeUnlessZero(handle, bytes, position);
          await handle.truncate(position + bytes.length);
        } finally {
          await handle.close();
        }
        const written = readFileSync(path);
        expect(written.length).toBe(position + bytes.length);
        expect(Buffer.compare(written.subarray(position), Buffer.from(bytes))).toBe(0);
        rmSync(path);
      }),
      { numRuns: 40 },
    );
  });
});
