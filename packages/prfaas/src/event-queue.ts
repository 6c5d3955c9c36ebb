/**
 * Event classes in the order they run at equal times. Completions come first so that an arrival
 * at the same microsecond sees the capacity they free; control ticks run after completions and
 * before arrivals, so a tick sees the state at its time.
 */
export const EVENT_PRIORITY = {
  prefillDone: 0,
  transferWakeup: 1,
  kvArrival: 2,
  decodeDone: 3,
  controlTick: 4,
  arrival: 5,
} as const;

/** One scheduled event: when, its class priority, its insertion number and what it carries. */
export interface SimulationEvent<Payload> {
  /** Time in integer microseconds. */
  timeUs: number;
  priority: number;
  /** Insertion sequence number, the final tie-break. */
  sequence: number;
  payload: Payload;
}

/**
 * A binary min-heap of events ordered by one key: (time in integer µs, event-class priority,
 * insertion sequence). The key is total, so equal-time events always run in the same order and an
 * inserted no-op event cannot reorder ties.
 */
export class EventQueue<Payload> {
  private readonly heap: SimulationEvent<Payload>[] = [];
  private nextSequence = 0;

  /** Number of pending events. */
  get size(): number {
    return this.heap.length;
  }

  /** Schedules `payload` at `timeUs` (rounded up to a whole microsecond) with `priority`. */
  push(timeUs: number, priority: number, payload: Payload): void {
    const event = { timeUs: Math.ceil(timeUs), priority, sequence: this.nextSequence++, payload };
    const heap = this.heap;
    heap.push(event);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!precedes(event, heap[parent]!)) break;
      heap[index] = heap[parent]!;
      index = parent;
    }
    heap[index] = event;
  }

  /** Removes and returns the first event, or undefined when none is pending. */
  pop(): SimulationEvent<Payload> | undefined {
    const heap = this.heap;
    const first = heap[0];
    const last = heap.pop();
    if (first === undefined || last === undefined || heap.length === 0) return first;
    let index = 0;
    const length = heap.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && precedes(heap[right]!, heap[left]!) ? right : left;
      if (!precedes(heap[child]!, last)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = last;
    return first;
  }
}

/** True when `a` runs before `b`. */
export function precedes(a: SimulationEvent<unknown>, b: SimulationEvent<unknown>): boolean {
  if (a.timeUs !== b.timeUs) return a.timeUs < b.timeUs;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.sequence < b.sequence;
}
