import { defineConfig } from "tsup";

// Two entries: the main one runs in browsers and Node, `node` adds file handles and atomic writes.
export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
