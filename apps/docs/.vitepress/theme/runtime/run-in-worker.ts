// Runs example source in a fresh module worker with a time limit.
import type { OutputBlock } from "./run-example.js";
import type { RunnerMessage } from "./runner.worker.js";

/** How a run ended. */
export type RunStatus = "done" | "error" | "timeout" | "stopped";

/** A running example: its end, and a way to stop it early. */
export interface RunHandle {
  finished: Promise<{ status: RunStatus; message?: string }>;
  stop(): void;
}

/** Default time limit of one run, in milliseconds. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;

/** Starts `source` in a worker; `onBlock` receives each output block as it arrives. */
export function runInWorker(source: string, onBlock: (block: OutputBlock) => void, timeLimitMs = DEFAULT_TIME_LIMIT_MS): RunHandle {
  const worker = new Worker(new URL("./runner.worker.ts", import.meta.url), { type: "module" });
  let settle: (result: { status: RunStatus; message?: string }) => void = () => undefined;
  const finished = new Promise<{ status: RunStatus; message?: string }>((resolve) => {
    settle = resolve;
  });

  const end = (status: RunStatus, message?: string) => {
    clearTimeout(timer);
    worker.terminate();
    settle(message === undefined ? { status } : { status, message });
  };
  const timer = setTimeout(
    () => end("timeout", `Stopped after ${timeLimitMs / 1000} s: the example ran past the time limit.`),
    timeLimitMs,
  );

  worker.onmessage = (event: MessageEvent<RunnerMessage>) => {
    const message = event.data;
    if (message.type === "output") onBlock(message.block);
    else if (message.type === "done") end("done");
    else end("error", message.message);
  };
  worker.onerror = (event) => end("error", event.message || "The example worker failed to start.");
  worker.postMessage({ source });

  return { finished, stop: () => end("stopped", "Stopped.") };
}
