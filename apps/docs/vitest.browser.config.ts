import { defineConfig } from "vitest/config";

// The site's browser tests drive Debian's Chromium against the built site; they run in their own
// uncached turbo task.
export default defineConfig({
  test: {
    include: ["e2e/**/*.browser.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
