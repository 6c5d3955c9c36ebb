/** Path codes of a finished request: prefill on PD-P, or on PrfaaS with the KV sent across the link. */
export const PATH_LOCAL = 0;
export const PATH_OFFLOADED = 1;

const COLUMNS = [
  "arrivalUs",
  "prefillStartUs",
  "prefillDoneUs",
  "kvArrivalUs",
  "decodeStartUs",
  "firstTokenUs",
  "finishUs",
] as const;

/** Timestamps of one finished request, in µs from the workload start. */
export type RequestTimes = Record<(typeof COLUMNS)[number], number>;

/**
 * The few numbers each finished request leaves behind, in growable typed arrays: seven
 * timestamps (Float64), input, uncached and output tokens (Int32) and the path (Uint8), about
 * 69 bytes per request. Percentiles computed from it are exact.
 */
export class RequestLog {
  private capacity: number;
  length = 0;
  readonly times: Record<(typeof COLUMNS)[number], Float64Array>;
  inputTokens: Int32Array;
  computeTokens: Int32Array;
  outputTokens: Int32Array;
  path: Uint8Array;
  /** Request ids in completion order, to check that each request finishes once. */
  ids: Int32Array;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.times = Object.fromEntries(COLUMNS.map((name) => [name, new Float64Array(initialCapacity)])) as RequestLog["times"];
    this.inputTokens = new Int32Array(initialCapacity);
    this.computeTokens = new Int32Array(initialCapacity);
    this.outputTokens = new Int32Array(initialCapacity);
    this.path = new Uint8Array(initialCapacity);
    this.ids = new Int32Array(initialCapacity);
  }

  /** Appends one finished request. */
  push(id: number, times: RequestTimes, inputTokens: number, computeTokens: number, outputTokens: number, path: number): void {
    if (this.length === this.capacity) this.grow();
    const at = this.length++;
    for (const name of COLUMNS) this.times[name][at] = times[name];
    this.inputTokens[at] = inputTokens;
    this.computeTokens[at] = computeTokens;
    this.outputTokens[at] = outputTokens;
    this.path[at] = path;
    this.ids[at] = id;
  }

  private grow(): void {
    this.capacity *= 2;
    const resize = <T extends Float64Array | Int32Array | Uint8Array>(array: T, make: (size: number) => T): T => {
      const next = make(this.capacity);
      next.set(array);
      return next;
    };
    for (const name of COLUMNS) this.times[name] = resize(this.times[name], (size) => new Float64Array(size));
    this.inputTokens = resize(this.inputTokens, (size) => new Int32Array(size));
    this.computeTokens = resize(this.computeTokens, (size) => new Int32Array(size));
    this.outputTokens = resize(this.outputTokens, (size) => new Int32Array(size));
    this.path = resize(this.path, (size) => new Uint8Array(size));
    this.ids = resize(this.ids, (size) => new Int32Array(size));
  }
}
