// Web Worker that runs one example and posts its output blocks back. The page terminates the
// worker when the time limit passes, so a runaway loop never blocks the page. Output past the
// run's budget is dropped here, so a loop that prints without end sends a bounded number of blocks.
import { EXAMPLE_MODULES } from "./modules.js";
import { OutputBudget } from "./output-budget.js";
import type { OutputBlock } from "./output-blocks.js";
import { outputHelpers, runExample } from "./run-example.js";

/** Messages the worker posts to the page. */
export type RunnerMessage = { type: "output"; block: OutputBlock } | { type: "done" } | { type: "error"; message: string };

self.onmessage = async (event: MessageEvent<{ source: string }>) => {
  const post = (message: RunnerMessage) => self.postMessage(message);
  const budget = new OutputBudget();
  // Each admitted block is posted at once, not batched on a timer, because a timer never fires
  // while a synchronous loop runs. With a timer, lines printed just before a loop that hangs would
  // never reach the page.
  const emit = (block: OutputBlock) => {
    for (const admitted of budget.admit(block)) post({ type: "output", block: admitted });
  };
  try {
    await runExample(event.data.source, EXAMPLE_MODULES, outputHelpers(emit));
    post({ type: "done" });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
