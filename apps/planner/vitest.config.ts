import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Some tests start the built CLI as a process; shared CI machines can take seconds to do that.
    testTimeout: 60_000,
  },
});
