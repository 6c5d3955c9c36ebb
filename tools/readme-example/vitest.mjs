// The README test every package shares: each ```ts example type-checks and runs as an npm user
// would import it.
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { runExample, typeCheckExamples, typeScriptExamples } from "./index.mjs";

// A type check loads the DOM library and every declaration the example reaches. It took 261 s
// while other packages' tests and builds shared 2 cores, so the limit only catches a hang.
const COMPILE_TIMEOUT_MS = 600_000;

export function describeReadmeExample(packageUrl) {
  const packageDir = fileURLToPath(packageUrl);
  const examples = typeScriptExamples(new URL("README.md", packageUrl));

  describe("README examples", () => {
    it("type-check", () => {
      expect(typeCheckExamples(examples.map((example) => example.source), packageDir)).toEqual([]);
    }, COMPILE_TIMEOUT_MS);

    for (const [index, example] of examples.entries()) {
      it(`example ${index + 1} (README.md line ${example.line}) runs`, () => {
        expect(() => runExample(example.source, packageDir)).not.toThrow();
      }, COMPILE_TIMEOUT_MS);
    }
  });
}
