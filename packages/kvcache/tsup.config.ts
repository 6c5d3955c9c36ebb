import { defineConfig } from "tsup";

// Two entries: the portable library, and the Node adapter (worker-thread pool) that imports
// node: modules. The worker script is its own entry because worker_threads loads it by path.
export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node/index.ts", "encode-worker": "src/node/encode-worker.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", node: "src/node/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  // import.meta.url locates the worker script; the CJS build needs the shim.
  shims: true,
});
