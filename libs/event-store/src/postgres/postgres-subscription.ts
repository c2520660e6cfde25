import { RecordedEvent } from '../event.types';
import { SubscribeOptions, Subscription } from '../event-store.port';

export interface SubscriptionSource {
  readAll(options: { fromPosition: number; limit: number }): Promise<RecordedEvent[]>;
  /** Wake-ups so far (see AppendSignal). */
  wakeups(): number;
  /** Waits for a wake-up after the count `since` (or a new one), or `timeoutMs`; true when woken. */
  waitForAppends(timeoutMs: number, since?: number): Promise<boolean>;
}

/**
 * Shortest pause between two reads while announced events are not visible yet; the longest one
 * (unless a new append is announced) doubles from it up to the poll interval.
 */
const FIRST_RETRY_MS = 4;

/**
 * Catch-up then live, as one loop: read a batch from the last position + 1, hand it over, repeat;
 * when a read comes back short the subscription has caught up and waits for a wake-up or a poll.
 * Because readAll only returns events below the visibility frontier, "last position + 1" never
 * skips an event that commits late.
 *
 * A wake-up that comes while a batch is read or handled is not lost: the log is read again at
 * once. A read that finds nothing although a wake-up announced an append means that append is
 * still behind the frontier (an older transaction, maybe not an append at all, has not ended), so
 * the subscription looks again after a short pause, doubling while nothing shows, instead of
 * waiting for the next poll; a new wake-up ends the pause early, but never sooner than
 * FIRST_RETRY_MS after the empty read, so that under load it does not read again for every
 * append while the frontier is held back.
 */
export class PollingSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  private markCaughtUp!: () => void;
  private running = true;
  private lastPosition: number;
  private readonly done: Promise<void>;
  /** Settles on stop, ending any wait at once. */
  private readonly stopped: Promise<void>;
  private markStopped!: () => void;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
  ) {
    this.lastPosition = (options.fromPosition ?? 0) - 1;
    this.caughtUp = new Promise((resolve) => (this.markCaughtUp = resolve));
    this.stopped = new Promise((resolve) => (this.markStopped = resolve));
    this.done = this.run();
  }

  get position(): number {
    return this.lastPosition;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.markStopped();
    await this.done;
  }

  private async run(): Promise<void> {
    const limit = this.options.batchSize ?? 1000;
    let announced = false;
    let retryMs = 0;
    try {
      while (this.running) {
        const seen = this.source.wakeups();
        const events = await this.source.readAll({ fromPosition: this.lastPosition + 1, limit });
        if (!this.running) break;
        if (events.length > 0) {
          await this.options.onEvents(events);
          this.lastPosition = events[events.length - 1].position;
        }
        if (events.length === limit) continue;
        this.markCaughtUp();
        if (!this.running) break;
        announced ||= this.source.wakeups() !== seen;
        if (events.length === 0 && announced && retryMs < this.pollIntervalMs) {
          retryMs = Math.min(retryMs === 0 ? FIRST_RETRY_MS : retryMs * 2, this.pollIntervalMs);
          await this.unlessStopped(new Promise((resolve) => setTimeout(resolve, FIRST_RETRY_MS)));
          await this.unlessStopped(this.source.waitForAppends(retryMs - FIRST_RETRY_MS));
          continue;
        }
        retryMs = 0;
        announced = (await this.unlessStopped(this.source.waitForAppends(this.pollIntervalMs, events.length > 0 ? seen : undefined))) ?? false;
      }
    } catch (error) {
      this.running = false;
      this.options.onError?.(error);
    } finally {
      this.markCaughtUp();
    }
  }

  /** What `waiting` resolves to, or undefined as soon as the subscription is stopped. */
  private unlessStopped<T>(waiting: Promise<T>): Promise<T | undefined> {
    return Promise.race([waiting, this.stopped.then(() => undefined)]);
  }
}
