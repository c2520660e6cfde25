interface Waiter {
  position: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

export class WaitForTimeout extends Error {
  constructor(readonly position: number, readonly handled: number, readonly timeoutMs: number) {
    super(`position ${position} not handled within ${timeoutMs} ms (handled through ${handled})`);
    this.name = 'WaitForTimeout';
  }
}

/** Callers waiting for a reader to reach a global position; settled as the reader moves on. */
export class PositionWaiters {
  private waiters: Waiter[] = [];
  private handled = -1;

  wait(position: number, timeoutMs?: number): Promise<void> {
    if (position <= this.handled) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { position, resolve, reject };
      if (timeoutMs !== undefined) {
        waiter.timer = setTimeout(() => {
          this.waiters = this.waiters.filter((other) => other !== waiter);
          reject(new WaitForTimeout(position, this.handled, timeoutMs));
        }, timeoutMs);
      }
      this.waiters.push(waiter);
    });
  }

  /** Everything up to `position` is handled: settles the waiters it satisfies. */
  reached(position: number): void {
    if (position > this.handled) this.settle(position);
  }

  /** The reader starts again from `position` (a restart or a rebuild): what lies above is to be handled again. */
  rewind(position: number): void {
    this.settle(position);
  }

  private settle(position: number): void {
    this.handled = position;
    const [done, pending] = partition(this.waiters, (waiter) => waiter.position <= position);
    this.waiters = pending;
    for (const waiter of done) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
  }

  rejectAll(error: Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
