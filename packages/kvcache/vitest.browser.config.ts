import { defineConfig } from "vitest/config";

// Browser tests drive Debian's Chromium; they run in their own uncached turbo task.
export default defineConfig({
  test: {
    include: ["src/**/*.browser.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
