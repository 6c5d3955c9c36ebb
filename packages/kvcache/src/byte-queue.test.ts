// The byte queue of the streaming decoder: bytes come out in order and unchanged, however they
// were split on the way in and however they are taken out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ByteQueue } from "./byte-queue.js";

describe("ByteQueue", () => {
  it("returns the pushed bytes in order for any split", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }), (pieces, takes) => {
        const queue = new ByteQueue();
        pieces.forEach((piece) => queue.push(piece));
        const all = pieces.flatMap((piece) => [...piece]);
        expect(queue.length).toBe(all.length);

        const out: number[] = [];
        for (const length of takes) {
          if (length > queue.length) break;
          expect([...queue.peek(length)]).toEqual(all.slice(out.length, out.length + length));
          out.push(...queue.take(length));
        }
        expect(out).toEqual(all.slice(0, out.length));
        expect(queue.length).toBe(all.length - out.length);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves the pushed arrays unchanged", () => {
    const first = new Uint8Array([1, 2, 3]);
    const second = new Uint8Array([4, 5]);
    const queue = new ByteQueue();
    queue.push(first);
    queue.push(second);
    expect([...queue.take(4)]).toEqual([1, 2, 3, 4]);
    expect([...first]).toEqual([1, 2, 3]);
    expect([...second]).toEqual([4, 5]);
  });

  it("joins many small pieces in linear time", () => {
    // 2^17 pieces of 8 bytes, as a 1 MiB read in tiny pieces: removing used pieces one shift at
    // a time took about 50 s here, and one splice takes well under a second.
    const pieceCount = 2 ** 17;
    const queue = new ByteQueue();
    for (let i = 0; i < pieceCount; i++) queue.push(new Uint8Array(8).fill(i & 0xff));

    const start = performance.now();
    const joined = queue.take(pieceCount * 8);
    const milliseconds = performance.now() - start;

    expect(joined.length).toBe(pieceCount * 8);
    expect(joined[8 * 300]).toBe(300 & 0xff);
    expect(joined[joined.length - 1]).toBe((pieceCount - 1) & 0xff);
    expect(queue.length).toBe(0);
    expect(milliseconds).toBeLessThan(10_000);
  });

  it("rejects a request beyond its contents", () => {
    const queue = new ByteQueue();
    queue.push(new Uint8Array(3));
    expect(() => queue.take(4)).toThrow(RangeError);
  });
});
