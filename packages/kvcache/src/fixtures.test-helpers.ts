// Loads the golden fixtures that fixtures/generate.py writes with NumPy and PyTorch.
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

/** Formats a number as 0x-prefixed hex, for failure messages. */
export function hex(value: number): string {
  return `0x${value.toString(16)}`;
}
