import { OpenStepDeadlineFacts } from '@app/domain';
import { EventStore } from '@app/event-store';
import { DeadlineQueries, OpenStepDeadlineRow } from '@app/projections/deadlines/deadline.queries';
import { DeadlineScheduler, Rescheduling } from './deadline-scheduler';
import { DossiersWrittenSince } from './dossiers-written-since';

export interface ReconcilerDeps {
  /** The read model's running steps with their deadline facts, a page at a time. */
  openSteps: Pick<DeadlineQueries, 'openStepDeadlines'>;
  /** The log, for the dossiers written since the read model's checkpoint. */
  store: Pick<EventStore, 'readAll'>;
  scheduler: Pick<DeadlineScheduler, 'reschedule' | 'scheduleOpenSteps'>;
  log: { log(message: string): void; error(message: string): void };
  /** RECONCILE_INTERVAL_MS: the wait between the end of one pass and the start of the next. */
  intervalMs: number;
  /** Open steps read per page, and dossier streams read per batch (default 500). */
  pageSize?: number;
}

export interface Reconciliation {
  /** Open steps of the read model seen in the pass. */
  checked: number;
  /** Of those, steps whose deadlines came from their row alone, without reading their stream. */
  fromReadModel: number;
  /** Dossiers whose stream was read: escalated steps, and dossiers written since the read model's checkpoint. */
  streamsRead: number;
  /** Pending deadlines found. */
  deadlines: number;
  /** Jobs that were missing, or finished while their deadline was still pending, and were added. */
  recreated: number;
  /** Delayed jobs whose time no longer matched their deadline. */
  moved: number;
  durationMs: number;
}

/**
 * Redis is only a cache of the deadlines: this pass re-derives every pending deadline and
 * re-creates any delayed job that is missing (Redis flushed or lost), so a deadline already past
 * fires at once. It runs at start-up and then every interval; several processes may run it
 * together (see DeadlineJobs).
 *
 * The deadlines come from the `dossiers` read model, whose rows hold what they depend on, and the
 * pass reads the streams of only the dossiers its rows may not describe exactly:
 *
 *   - every dossier with an event after the read model's checkpoint, found by following the log
 *     from that checkpoint (each page of rows is read before the log is followed up to now, so a
 *     row whose dossier is not in that list was exact when its jobs were scheduled). Their streams
 *     are read at the end of the pass: a step opened since the checkpoint, which no row shows yet,
 *     is found there too, so nothing is missed however far the read model lags;
 *   - escalated steps, since a row does not say whether the last escalation reached the top.
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
    const pageSize = this.deps.pageSize ?? 500;
    const total = { checked: 0, fromReadModel: 0, streamsRead: 0, deadlines: 0, recreated: 0, moved: 0 };
    const count = (done: Rescheduling) => {
      total.deadlines += done.deadlines;
      total.recreated += done.added + done.replaced;
      total.moved += done.moved;
    };
    // Pages are read one after another (each starts after the last id of the one before), while
    // the jobs of the previous pages are still being scheduled: Redis and PostgreSQL work at once.
    const scheduling = new InFlight(PAGES_IN_FLIGHT);
    let written: DossiersWrittenSince | undefined;
    let afterId: string | undefined;
    for (;;) {
      const page = await this.deps.openSteps.openStepDeadlines({ afterId, limit: pageSize });
      written ??= new DossiersWrittenSince(this.deps.store, page.through);
      if (page.steps.length === 0) break;
      await written.catchUp();
      const fromRows: OpenStepDeadlineFacts[] = [];
      const fromStreams: string[] = [];
      for (const row of page.steps) {
        if (written.has(row.dossierId)) continue; // read at the end
        const facts = deadlineFactsOf(row);
        if (facts) fromRows.push(facts);
        else fromStreams.push(row.dossierId);
      }
      await scheduling.add(async () => {
        count(await this.deps.scheduler.scheduleOpenSteps(fromRows));
        if (fromStreams.length > 0) count(await this.deps.scheduler.reschedule(fromStreams));
      });
      total.checked += page.steps.length;
      total.fromReadModel += fromRows.length;
      total.streamsRead += fromStreams.length;
      afterId = page.steps[page.steps.length - 1].dossierId;
      // Only between pages: a stop lets the pages in hand finish.
      if (this.halting) break;
    }
    await scheduling.drain();
    if (!written || this.halting) return { ...total, durationMs: Date.now() - started };
    await written.catchUp();
    const recent = written.all();
    for (let from = 0; from < recent.length && !this.halting; from += pageSize) {
      const batch = recent.slice(from, from + pageSize);
      count(await this.deps.scheduler.reschedule(batch));
      total.streamsRead += batch.length;
    }
    return { ...total, durationMs: Date.now() - started };
  }
}

const PAGES_IN_FLIGHT = 3;

/** At most `limit` tasks at once; the first failure is rethrown by the next `add` or by `drain`. */
class InFlight {
  private readonly running = new Set<Promise<void>>();
  private failure?: { error: unknown };

  constructor(private readonly limit: number) {}

  /** Starts `task` once fewer than `limit` run. */
  async add(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    this.rethrow();
    const run: Promise<void> = task()
      .catch((error: unknown) => void (this.failure ??= { error }))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }
}

/** The facts of a row, when they are all there: an escalated step's stream says whether it can go higher. */
function deadlineFactsOf(row: OpenStepDeadlineRow): OpenStepDeadlineFacts | undefined {
  if (row.ruleSetVersion === null || row.escalations > 0) return undefined;
  return { ...row, ruleSetVersion: row.ruleSetVersion, lastInChain: false };
}

function describe(result: Reconciliation): string {
  return (
    `deadline reconciliation: ${result.checked} open steps checked (${result.fromReadModel} from the read model, ` +
    `${result.streamsRead} dossier streams read), ${result.deadlines} deadlines pending, ${result.recreated} jobs re-created, ` +
    `${result.moved} moved, in ${result.durationMs} ms`
  );
}
