import { defineConfig } from "tsup";

// Two entries: the main one runs in browsers and Node, `node` adds file handles and atomic writes.
// zarrita and @zarrita/storage ship ESM only, so they are bundled: `require` of the CommonJS
// build would fail on them otherwise.
export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  noExternal: ["zarrita", /^@zarrita\//],
});
