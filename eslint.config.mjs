// Shared lint rules for every package and app. Libraries run in Node and in browsers, so their
// sources may not print, import node: modules or use Node globals; tests and apps may.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // VitePress writes .temp and cache while a build runs, which may overlap the docs lint.
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/fixtures/**", "**/.vitepress/.temp/**", "**/.vitepress/cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["packages/*/src/**/*.ts"],
    // Exempt: tests and their helpers (src/testing), and Node adapters behind a separate entry point (src/node).
    ignores: ["packages/*/src/**/*.test.ts", "packages/*/src/testing/**", "packages/*/src/node/**"],
    rules: {
      "no-console": "error",
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*"], message: "Library code must run in browsers: put Node-only code behind an adapter." }] }],
      "no-restricted-globals": ["error", "process", "Buffer", "__dirname", "__filename"],
    },
  },
  {
    // Node scripts (benchmark recording, API generation).
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", URL: "readonly", console: "readonly", Buffer: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
);
