// The published builds load: `require` of the CommonJS files and `import` of the ES modules.
import { createRequire } from "node:module";

import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

describe("package builds", () => {
  it("load with require", () => {
    expect(typeof (require("../dist/index.cjs") as { readMrc: unknown }).readMrc).toBe("function");
    expect(typeof (require("../dist/node.cjs") as { readMrcFile: unknown }).readMrcFile).toBe("function");
  });

  it("load with import", async () => {
    // URLs, not literal paths, so the typecheck does not need the build.
    const main = (await import(new URL("../dist/index.js", import.meta.url).href)) as { writeOmeZarr: unknown };
    const node = (await import(new URL("../dist/node.js", import.meta.url).href)) as { readMrcFile: unknown };
    expect(typeof main.writeOmeZarr).toBe("function");
    expect(typeof node.readMrcFile).toBe("function");
  });
});
