// The README's first example as an npm user runs it: imported by package name from the built
// dist/, type-checked without Node's types, and with no names the example does not define.
import { fileURLToPath } from "node:url";

import { firstTypeScriptExample, runExample, typeCheckExample } from "@modelsys/readme-example";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const example = firstTypeScriptExample(new URL("../README.md", import.meta.url));

// A type check loads the DOM library and every declaration the example reaches, which takes
// seconds, and longer while other packages' tests share the machine.
const COMPILE_TIMEOUT_MS = 120_000;

describe("README first example", () => {
  it("type-checks", () => {
    expect(typeCheckExample(example, packageDir)).toEqual([]);
  }, COMPILE_TIMEOUT_MS);

  it("runs", () => {
    expect(() => runExample(example, packageDir)).not.toThrow();
  }, COMPILE_TIMEOUT_MS);
});
