import { defineConfig } from "vitest/config";

// The timeout leaves room for property tests on a loaded CI machine, where every package's tests
// run at once. No test checks speed.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
