// Web Worker that runs one example and posts its output blocks back. The page terminates the
// worker when the time limit passes, so a runaway loop never blocks the page. Output past the
// run's budget is dropped here, so a loop that prints without end sends a bounded number of blocks.
import { EXAMPLE_MODULES } from "./modules.js";
import { OutputBudget } from "./output-budget.js";
import type { ExampleConsole } from "./example-console.js";
import type { OutputBlock } from "./output-blocks.js";
import { trackTimers, type PendingTimers, type TimerScope } from "./pending-timers.js";
import { describeError, outputHelpers, runExample } from "./run-example.js";

/** Messages the worker posts to the page. */
export type RunnerMessage = { type: "output"; block: OutputBlock } | { type: "done" } | { type: "error"; message: string };

/** Milliseconds the run stays open after its code and its last timer end, so a rejection report can arrive. */
const REJECTION_REPORT_DELAY_MS = 10;

/** The worker's own setTimeout, whose timers do not keep the run open. */
const untrackedSetTimeout = self.setTimeout.bind(self);

let finished = false;
const post = (message: RunnerMessage) => self.postMessage(message);

/** Posts the run's end once: the page terminates the worker on the first done or error message. */
function finish(message: RunnerMessage): void {
  if (finished) return;
  finished = true;
  post(message);
}

// A promise that rejects with no handler, such as an async call without await, fails the run as a
// thrown error does. preventDefault keeps the browser from also logging it to the page console.
self.addEventListener("unhandledrejection", (event: PromiseRejectionEvent) => {
  event.preventDefault();
  finish({ type: "error", message: `Unhandled promise rejection: ${describeError(event.reason)}` });
});
self.addEventListener("error", (event: ErrorEvent) => {
  event.preventDefault();
  finish({ type: "error", message: `Uncaught ${event.error === undefined ? event.message : describeError(event.error)}` });
});

/**
 * Makes `exampleConsole` the worker's global console, so `globalThis.console` and `self.console`
 * write to the output as the `console` parameter does. Methods it lacks, such as profile(), do
 * nothing. The page starts a new worker for each run, so the old console is never restored.
 */
function installGlobalConsole(exampleConsole: ExampleConsole): void {
  const replacement: Record<string, unknown> = {};
  for (const key of Object.keys(globalThis.console)) replacement[key] = () => undefined;
  Object.assign(replacement, exampleConsole);
  Object.defineProperty(globalThis, "console", { value: replacement, configurable: true, writable: true });
}

self.onmessage = async (event: MessageEvent<{ source: string }>) => {
  const budget = new OutputBudget();
  // Each admitted block is posted at once, not batched on a timer, because a timer never fires
  // while a synchronous loop runs. With a timer, lines printed just before a loop that hangs would
  // never reach the page.
  const emit = (block: OutputBlock) => {
    if (finished) return;
    for (const admitted of budget.admit(block)) post({ type: "output", block: admitted });
  };
  // An interval that is never cleared keeps the run open until the page stops it at the time limit.
  const timers = trackTimers(self as unknown as TimerScope);
  const output = outputHelpers(emit);
  installGlobalConsole(output.console);
  try {
    await runExample(event.data.source, EXAMPLE_MODULES, output);
  } catch (error) {
    finish({ type: "error", message: describeError(error) });
    return;
  }
  await waitForPendingTimers(timers);
  finish({ type: "done" });
};

/**
 * Resolves once the example's timers have all fired or been cleared and a rejection report had
 * time to arrive. Chromium reports a rejection without a handler in a task of its own, queued
 * after the task that rejected it, and it ran after a 0 ms timer queued in the same task. Waiting
 * a few milliseconds lets that report end the run first. A timer set during the wait restarts it.
 */
async function waitForPendingTimers(timers: PendingTimers): Promise<void> {
  do {
    await timers.idle();
    await new Promise((resolve) => untrackedSetTimeout(resolve, REJECTION_REPORT_DELAY_MS));
  } while (timers.count > 0);
}
