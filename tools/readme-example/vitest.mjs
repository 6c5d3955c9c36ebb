// The README test every package shares: its first example type-checks and runs as an npm user
// would import it.
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { firstTypeScriptExample, runExample, typeCheckExample } from "./index.mjs";

// A type check loads the DOM library and every declaration the example reaches. It took 261 s
// while other packages' tests and builds shared 2 cores, so the limit only catches a hang.
const COMPILE_TIMEOUT_MS = 600_000;

export function describeReadmeExample(packageUrl) {
  const packageDir = fileURLToPath(packageUrl);
  const example = firstTypeScriptExample(new URL("README.md", packageUrl));

  describe("README first example", () => {
    it("type-checks", () => {
      expect(typeCheckExample(example, packageDir)).toEqual([]);
    }, COMPILE_TIMEOUT_MS);

    it("runs", () => {
      expect(() => runExample(example, packageDir)).not.toThrow();
    }, COMPILE_TIMEOUT_MS);
  });
}
