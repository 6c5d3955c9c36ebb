// The published manifest: TypeScript's older "node10" resolution ignores "exports", so each
// subpath export also needs a typesVersions entry pointing at the same declarations.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

interface Manifest {
  exports: Record<string, string | { import?: { types?: string } }>;
  typesVersions?: Record<string, Record<string, string[]>>;
}

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as Manifest;

describe("package.json", () => {
  it("maps every subpath export in typesVersions", () => {
    const subpaths = Object.keys(manifest.exports).filter((key) => key !== "." && key !== "./package.json");
    expect(subpaths).toEqual(["./node"]);
    for (const subpath of subpaths) {
      const entry = manifest.exports[subpath];
      const types = typeof entry === "string" ? entry : entry?.import?.types;
      expect(manifest.typesVersions?.["*"]?.[subpath.slice(2)]).toEqual([types]);
    }
  });
});
