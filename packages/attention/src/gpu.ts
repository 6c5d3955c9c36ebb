/**
 * `@modelsys/attention/gpu`: the gpu.js back end of the attention core and the matrix products,
 * selected explicitly. It is a separate entry point so that importing `@modelsys/attention` does
 * not load gpu.js.
 *
 * @example
 * ```ts
 * import { createGpuAttentionBackend } from "@modelsys/attention/gpu";
 * const backend = createGpuAttentionBackend({ mode: "gpu" }); // WebGL2 in browsers, WASM or CPU in Node
 * ```
 */
export { createGpuAttentionBackend, type GpuAttentionBackend, type GpuJsMode } from "./kernels/gpu-backend.js";
