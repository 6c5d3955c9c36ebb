// Web Worker that runs one example and posts its output blocks back. The page terminates the
// worker when the time limit passes, so a runaway loop never blocks the page.
import { EXAMPLE_MODULES } from "./modules.js";
import { outputHelpers, runExample, type OutputBlock } from "./run-example.js";

/** Messages the worker posts to the page. */
export type RunnerMessage = { type: "output"; block: OutputBlock } | { type: "done" } | { type: "error"; message: string };

self.onmessage = async (event: MessageEvent<{ source: string }>) => {
  const post = (message: RunnerMessage) => self.postMessage(message);
  try {
    await runExample(event.data.source, EXAMPLE_MODULES, outputHelpers((block) => post({ type: "output", block })));
    post({ type: "done" });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
