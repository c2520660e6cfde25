import { DeadlineQueries } from '@app/projections/deadlines/deadline.queries';
import { DeadlineScheduler } from './deadline-scheduler';

export interface ReconcilerDeps {
  /** The read model's running steps, a page at a time. */
  openSteps: Pick<DeadlineQueries, 'openSteps'>;
  scheduler: Pick<DeadlineScheduler, 'reschedule'>;
  log: { log(message: string): void; error(message: string): void };
  /** RECONCILE_INTERVAL_MS: the wait between the end of one pass and the start of the next. */
  intervalMs: number;
  /** Open steps read per page (default 500). */
  pageSize?: number;
}

export interface Reconciliation {
  /** Open steps of the read model whose dossier was read. */
  checked: number;
  /** Pending deadlines found in their streams. */
  deadlines: number;
  /** Jobs that were missing, or finished while their deadline was still pending, and were added. */
  recreated: number;
  /** Delayed jobs whose time no longer matched their deadline. */
  moved: number;
  durationMs: number;
}

/**
 * Redis is only a cache of the deadlines: this pass re-derives every pending deadline from the
 * events of each dossier the read model shows with an open step, and re-creates any delayed job
 * that is missing (Redis flushed or lost), so a deadline already past fires at once. It runs at
 * start-up and then every interval; several processes may run it together (see DeadlineJobs).
 * A step opened after the read model's last update is covered by the dispatcher, which schedules
 * from the same events.
 */
export class DeadlineReconciler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<Reconciliation>;
  private started = false;
  private halting = false;

  constructor(private readonly deps: ReconcilerDeps) {}

  /** A first pass now, in the background (start-up never waits for it), then one every interval. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.tick();
  }

  /** Stops the schedule and waits for a pass in progress, which ends after its current page. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    this.halting = true;
    await this.running?.catch(() => undefined);
    this.halting = false;
  }

  /** One full pass; a call while a pass is running joins it. */
  runOnce(): Promise<Reconciliation> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private tick(): void {
    this.runOnce()
      .then((result) => this.deps.log.log(describe(result)))
      .catch((error: unknown) => this.deps.log.error(`deadline reconciliation failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        if (!this.started) return;
        this.timer = setTimeout(() => this.tick(), this.deps.intervalMs);
        this.timer.unref();
      });
  }

  private async pass(): Promise<Reconciliation> {
    const started = Date.now();
    const total = { checked: 0, deadlines: 0, recreated: 0, moved: 0 };
    let afterId: string | undefined;
    for (;;) {
      const page = await this.deps.openSteps.openSteps({ afterId, limit: this.deps.pageSize ?? 500 });
      if (page.length === 0) break;
      const done = await this.deps.scheduler.reschedule(page.map((step) => step.dossierId));
      total.checked += page.length;
      total.deadlines += done.deadlines;
      total.recreated += done.added + done.replaced;
      total.moved += done.moved;
      afterId = page[page.length - 1].dossierId;
      // Only between pages: a stop lets the page in hand finish.
      if (this.halting) break;
    }
    return { ...total, durationMs: Date.now() - started };
  }
}

function describe(result: Reconciliation): string {
  return `deadline reconciliation: ${result.checked} open steps checked, ${result.deadlines} deadlines pending, ${result.recreated} jobs re-created, ${result.moved} moved, in ${result.durationMs} ms`;
}
