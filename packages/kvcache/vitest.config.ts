import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.browser.test.ts"],
    // The slowest tests took over 80 s on a busy 2-core machine, so the limit only catches a hang.
    testTimeout: 300_000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
