import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [".vitepress/theme/**/*.test.ts", "e2e/**/*.test.ts"],
    exclude: ["e2e/**/*.browser.test.ts"],
    testTimeout: 30_000,
  },
});
