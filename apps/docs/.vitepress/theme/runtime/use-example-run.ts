// The state of one example's runs for a Vue component: output blocks, status and message.
import { onScopeDispose, ref, shallowRef } from "vue";

import type { OutputBlock } from "./output-blocks.js";
import { OutputCollector } from "./output-collector.js";
import { DEFAULT_TIME_LIMIT_MS, runInWorker, type RunHandle, type RunStatus } from "./run-in-worker.js";

/**
 * Returns reactive run state and `run`/`stop` functions. A new run stops the previous one, and
 * the run in progress stops when the component's scope is disposed.
 */
export function useExampleRun() {
  // A shallow ref: the collector publishes a new array, so Vue never tracks each block's fields.
  const blocks = shallowRef<OutputBlock[]>([]);
  const status = ref<RunStatus | "idle" | "running">("idle");
  const message = ref("");
  let handle: RunHandle | null = null;

  async function run(source: string, timeLimitMs = DEFAULT_TIME_LIMIT_MS): Promise<void> {
    handle?.stop();
    blocks.value = [];
    message.value = "";
    status.value = "running";

    const collector = new OutputCollector((collected) => {
      if (handle === current) blocks.value = collected;
    });
    const current = runInWorker(source, (block) => collector.add(block), timeLimitMs);
    handle = current;
    const result = await current.finished;
    // Every output message arrives before the worker's done or error message, so this flush shows
    // all of the run's output before its status.
    if (handle === current) {
      collector.flush();
      status.value = result.status;
      message.value = result.message ?? "";
    }
    collector.close();
  }

  function stop(): void {
    handle?.stop();
  }

  onScopeDispose(stop);
  return { blocks, status, message, run, stop };
}
