// Collects one run's output on the page. Rendering after every block would let a loop of many
// prints freeze the tab, so blocks are checked, counted and merged as they arrive and shown in batches.
import { DEFAULT_OUTPUT_LIMITS, OutputBudget, type OutputLimits } from "./output-budget.js";
import type { OutputBlock } from "./output-blocks.js";
import { outputBlockProblem } from "./output-checks.js";

/** Milliseconds between two updates of the shown output while a run prints. */
export const OUTPUT_FLUSH_INTERVAL_MS = 50;

/** Runs `callback` once after `delayMs` and returns a function that cancels it. */
export type Scheduler = (callback: () => void, delayMs: number) => () => void;

const timerScheduler: Scheduler = (callback, delayMs) => {
  const timer = setTimeout(callback, delayMs);
  return () => clearTimeout(timer);
};

/** Options of an {@link OutputCollector}. */
export interface OutputCollectorOptions {
  limits?: OutputLimits;
  intervalMs?: number;
  schedule?: Scheduler;
}

/**
 * Appends `block` to `blocks`, joining it to the last block with a line break when both are text
 * without a console level, so that a loop of prints becomes one block of lines. Each console.warn()
 * and console.error() text stays a block of its own, with its own label. Replaces the last block
 * instead of changing it.
 */
export function appendBlock(blocks: OutputBlock[], block: OutputBlock): void {
  const last = blocks[blocks.length - 1];
  if (block.kind === "text" && last?.kind === "text" && block.level === undefined && last.level === undefined) {
    blocks[blocks.length - 1] = { ...last, text: `${last.text}\n${block.text}` };
  } else {
    blocks.push(block);
  }
}

/**
 * Collects the output blocks of one run. `add` accepts whatever the worker posted: a block that is
 * not valid is replaced by a notice naming the problem, so one bad block never hides the others.
 * `publish` receives a new array with every block so far, at most once per interval and on `flush`.
 */
export class OutputCollector {
  private readonly blocks: OutputBlock[] = [];
  private readonly budget: OutputBudget;
  private readonly intervalMs: number;
  private readonly schedule: Scheduler;
  private cancelScheduled: (() => void) | undefined;
  private changed = false;
  private closed = false;

  constructor(
    private readonly publish: (blocks: OutputBlock[]) => void,
    options: OutputCollectorOptions = {},
  ) {
    this.budget = new OutputBudget(options.limits ?? DEFAULT_OUTPUT_LIMITS);
    this.intervalMs = options.intervalMs ?? OUTPUT_FLUSH_INTERVAL_MS;
    this.schedule = options.schedule ?? timerScheduler;
  }

  /** Checks and counts `block`, and schedules a flush unless one is pending. Ignored after `close`. */
  add(block: unknown): void {
    if (this.closed || this.budget.truncated) return;
    for (const admitted of this.admit(block)) appendBlock(this.blocks, admitted);
    this.changed = true;
    this.cancelScheduled ??= this.schedule(() => {
      this.cancelScheduled = undefined;
      this.flush();
    }, this.intervalMs);
  }

  /** Publishes the blocks collected so far when they changed since the last publish. */
  flush(): void {
    if (this.closed || !this.changed) return;
    this.changed = false;
    this.publish([...this.blocks]);
  }

  /** Cancels a pending flush and ignores every later block. */
  close(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = undefined;
    this.closed = true;
  }

  private admit(block: unknown): OutputBlock[] {
    const problem = outputBlockProblem(block);
    if (problem !== undefined) return this.budget.admit(skippedNotice(problem));
    try {
      return this.budget.admit(block as OutputBlock);
    } catch (error) {
      // Measuring a block serialises it as JSON, which fails on a cycle or a BigInt that a
      // message posted directly from the worker can contain.
      return this.budget.admit(skippedNotice(error instanceof Error ? error.message : String(error)));
    }
  }
}

function skippedNotice(problem: string): OutputBlock {
  return { kind: "notice", text: `Skipped an output block that the page cannot show: ${problem}` };
}
