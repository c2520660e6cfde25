import { WindowDeadlineScheduler, WindowRescheduling } from './window-deadline-scheduler';

export interface WindowReconcilerDeps {
  scheduler: Pick<WindowDeadlineScheduler, 'reschedule'>;
  log: { log(message: string): void; error(message: string): void };
  /** RECONCILE_INTERVAL_MS: the wait between the end of one pass and the start of the next. */
  intervalMs: number;
}

/**
 * Redis is only a cache of the window deadlines too: this pass re-derives every pending window
 * deadline of every launched movement (from the movements, the plans and the hierarchy) and
 * re-creates any delayed job that is missing, so after a loss of Redis a deadline already past
 * fires at once. It also catches what no movement event announces: a unit registered under an
 * organisation a window binds, a plan rejected or withdrawn after its window. It runs at start-up
 * and then every interval, beside the review-step reconciler.
 */
export class WindowDeadlineReconciler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<WindowRescheduling>;
  private started = false;

  constructor(private readonly deps: WindowReconcilerDeps) {}

  /** A first pass now, in the background, then one every interval. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.tick();
  }

  /** Stops the schedule and waits for a pass in progress. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One full pass; a call while a pass is running joins it. */
  runOnce(): Promise<WindowRescheduling> {
    this.running ??= this.deps.scheduler.reschedule().finally(() => (this.running = undefined));
    return this.running;
  }

  private tick(): void {
    this.runOnce()
      .then((result) => this.deps.log.log(describe(result)))
      .catch((error: unknown) => this.deps.log.error(`window deadline reconciliation failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        if (!this.started) return;
        this.timer = setTimeout(() => this.tick(), this.deps.intervalMs);
        this.timer.unref();
      });
  }
}

function describe(result: WindowRescheduling): string {
  return `window deadline reconciliation: ${result.movements} movements, ${result.deadlines} deadlines pending, ${result.added + result.replaced} jobs re-created, ${result.moved} moved`;
}
