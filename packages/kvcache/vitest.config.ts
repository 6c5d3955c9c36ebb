import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.browser.test.ts"],
    // The slowest tests (worker pools, every split point of a stream) take about 10 s alone and
    // took over 80 s on a busy 2-core machine, so the limit only catches a hang.
    testTimeout: 300_000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
