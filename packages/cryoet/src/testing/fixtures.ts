// Test helpers: paths of the committed fixtures and mrcfile's records of them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of a file under packages/cryoet/fixtures. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** Bytes of a fixture file. */
export function fixtureBytes(name: string): Uint8Array {
  const buffer = readFileSync(fixturePath(name));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A number as generate.py stores it: non-finite values are strings. */
export type JsonNumber = number | "NaN" | "Infinity" | "-Infinity";

/** Converts a stored number back. */
export function fromJson(value: JsonNumber): number {
  return typeof value === "number" ? value : Number(value);
}

/** What mrcfile 1.4.3 reports for one file (see fixtures/generate.py). */
export interface MrcfileRecord {
  strict: { ok: boolean; error?: string; warnings?: string[] };
  permissive: {
    ok: boolean;
    error?: string;
    header?: Record<string, number | string | JsonNumber[] | number[]>;
    labels?: string[];
    voxelSize?: JsonNumber[];
    kind?: string;
    extendedHeaderBytes?: number | null;
    shape?: number[];
    dtype?: string;
    data?: JsonNumber[] | null;
    dataSum?: JsonNumber;
    dataEvery97th?: JsonNumber[];
    warnings: string[];
  };
  validate: { valid: boolean; messages: string[] };
}

/** Returns the records of fixtures/parity/expected.json, keyed by path under fixtures/. */
export function mrcfileRecords(): Record<string, MrcfileRecord> {
  return (JSON.parse(readFileSync(fixturePath("parity/expected.json"), "utf8")) as { files: Record<string, MrcfileRecord> }).files;
}
