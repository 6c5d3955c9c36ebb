import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The trace replays take seconds; shared CI machines can be several times slower.
    testTimeout: 120_000,
    include: ["src/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
