import { Sealer } from './sealer';

export interface SealScheduleOptions {
  sealer: Pick<Sealer, 'sealPending'>;
  /** SEAL_INTERVAL_MS: the wait between the end of one run and the start of the next. */
  intervalMs: number;
  log: { error(message: string): void };
}

/**
 * Seals the log every interval in the worker process. A timer, not a BullMQ job: sealing touches
 * only PostgreSQL and the key and seal files, so it keeps anchoring the log while Redis is down,
 * and what keeps two workers from sealing the same range is the advisory lock and the seal
 * stream's expected revision, which a job id could only duplicate. Workers that find the lock
 * taken skip their turn.
 *
 * The first run comes one interval after start, not at once: a process that only lives a few
 * seconds (a test, a one-off command) never seals, and a fleet restarting together does not
 * contend for the lock at boot.
 */
export class SealSchedule {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private started = false;

  constructor(private readonly options: SealScheduleOptions) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule();
  }

  /** Stops the schedule and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  private tick(): void {
    this.running = this.options.sealer
      .sealPending()
      .catch((error: unknown) => this.options.log.error(`sealing failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.started) this.schedule();
      });
  }
}
