// Tracks the timers that example code sets, so the worker can keep a run open until they fire.

/** The timer functions of a global scope, such as a worker's `self`. */
export interface TimerScope {
  setTimeout: (handler: TimerHandler, timeout?: number, ...parameters: unknown[]) => number;
  clearTimeout: (id: number | undefined) => void;
  setInterval: (handler: TimerHandler, timeout?: number, ...parameters: unknown[]) => number;
  clearInterval: (id: number | undefined) => void;
}

/** The timers pending in a scope whose timer functions {@link trackTimers} replaced. */
export interface PendingTimers {
  /** Timeouts not yet fired or cleared, plus intervals not yet cleared. */
  readonly count: number;
  /** Resolves once no timer is pending: at once when none is, or after the last one fires or is cleared. */
  idle(): Promise<void>;
}

/**
 * Replaces the timer functions of `scope` with ones that count pending timers, and returns the
 * count. A handler given as a string of code is passed through and not counted.
 */
export function trackTimers(scope: TimerScope): PendingTimers {
  const original = {
    setTimeout: scope.setTimeout.bind(scope),
    clearTimeout: scope.clearTimeout.bind(scope),
    setInterval: scope.setInterval.bind(scope),
    clearInterval: scope.clearInterval.bind(scope),
  };
  const pending = new Set<number>();
  let waiters: (() => void)[] = [];

  const notifyIfIdle = () => {
    if (pending.size > 0) return;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  };
  const release = (id: number | undefined) => {
    if (id === undefined || !pending.delete(id)) return;
    notifyIfIdle();
  };

  scope.setTimeout = (handler, timeout, ...parameters) => {
    if (typeof handler !== "function") return original.setTimeout(handler, timeout, ...parameters);
    const id = original.setTimeout(() => {
      pending.delete(id);
      try {
        (handler as (...values: unknown[]) => void)(...parameters);
      } finally {
        notifyIfIdle();
      }
    }, timeout);
    pending.add(id);
    return id;
  };
  scope.setInterval = (handler, timeout, ...parameters) => {
    if (typeof handler !== "function") return original.setInterval(handler, timeout, ...parameters);
    const id = original.setInterval(() => (handler as (...values: unknown[]) => void)(...parameters), timeout);
    pending.add(id);
    return id;
  };
  scope.clearTimeout = (id) => {
    original.clearTimeout(id);
    release(id);
  };
  scope.clearInterval = (id) => {
    original.clearInterval(id);
    release(id);
  };

  return {
    get count() {
      return pending.size;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        if (pending.size === 0) resolve();
        else waiters.push(resolve);
      }),
  };
}
