// Runs example source in a fresh module worker with a time limit.
import { timerDelayMs } from "./time-limit.js";

/** How a run ended. */
export type RunStatus = "done" | "error" | "timeout" | "stopped";

/** A running example: its end, and a way to stop it early. */
export interface RunHandle {
  finished: Promise<{ status: RunStatus; message?: string }>;
  stop(): void;
}

/** Default time limit of one run, in milliseconds. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * Starts `source` in a worker. `onBlock` receives each output block as the worker posted it,
 * unchecked, because code in the worker can post any message. A time limit longer than
 * setTimeout's maximum (about 24.8 days) stops the run at that maximum. Throws a RangeError for a
 * time limit that is not a positive number.
 */
export function runInWorker(source: string, onBlock: (block: unknown) => void, timeLimitMs = DEFAULT_TIME_LIMIT_MS): RunHandle {
  const delayMs = timerDelayMs(timeLimitMs);
  const worker = new Worker(new URL("./runner.worker.ts", import.meta.url), { type: "module" });
  let settle: (result: { status: RunStatus; message?: string }) => void = () => undefined;
  const finished = new Promise<{ status: RunStatus; message?: string }>((resolve) => {
    settle = resolve;
  });

  let ended = false;
  const end = (status: RunStatus, message?: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    worker.terminate();
    settle(message === undefined ? { status } : { status, message });
  };
  const timer = setTimeout(
    () => end("timeout", `Stopped after ${delayMs / 1000} s: the example ran past the time limit.`),
    delayMs,
  );

  worker.onmessage = (event: MessageEvent<unknown>) => {
    if (ended) return;
    // Code in the worker can post any value, so the fields of a RunnerMessage are read as unknown.
    const message: { type?: unknown; block?: unknown; message?: unknown } = typeof event.data === "object" && event.data !== null ? event.data : {};
    if (message.type === "output") onBlock(message.block);
    else if (message.type === "done") end("done");
    else if (message.type === "error") end("error", String(message.message));
    else end("error", "The example worker posted a message that is not output, done or error.");
  };
  worker.onerror = (event) => end("error", event.message || "The example worker failed to start.");
  worker.postMessage({ source });

  return { finished, stop: () => end("stopped", "Stopped.") };
}
