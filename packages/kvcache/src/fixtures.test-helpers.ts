// Loads the golden fixtures that fixtures/generate.py (NumPy, PyTorch 1.13) and
// fixtures/generate_torch_fp8.py (PyTorch's float8 casts) write.
// Test-only helper (not a *.test.ts file, so the library lint rules apply): it reads fixture files.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from "node:fs";

/** Reads `fixtures/<name>.json` and returns its `data` field. */
export function loadFixture<T>(name: string): T {
  const text = readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8");
  return (JSON.parse(text) as { data: T }).data;
}

/** Returns the fp32 value of 32 bits. */
export function fp32FromBits(bits: number): number {
  return new Float32Array(new Uint32Array([bits]).buffer)[0]!;
}

/**
 * Returns fp32 values with exactly the given bits. Going through the bits keeps each NaN's sign
 * and payload, which a JavaScript number cannot be relied on to carry.
 */
export function fp32ArrayFromBits(bits: readonly number[]): Float32Array {
  return new Float32Array(Uint32Array.from(bits).buffer);
}

/** Formats a number as 0x-prefixed hex, for failure messages. */
export function hex(value: number): string {
  return `0x${value.toString(16)}`;
}
