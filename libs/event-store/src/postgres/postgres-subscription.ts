import { RecordedEvent } from '../event.types';
import { SubscribeOptions, Subscription } from '../event-store.port';

export interface SubscriptionSource {
  readAll(options: { fromPosition: number; limit: number }): Promise<RecordedEvent[]>;
  /** Wake-ups so far (see AppendSignal). */
  wakeups(): number;
  /** Waits for a wake-up after the count `since`, or `timeoutMs`. */
  waitForAppends(timeoutMs: number, since: number): Promise<void>;
}

/**
 * Catch-up then live, as one loop: read a batch from the last position + 1, hand it over, repeat;
 * when a read comes back short the subscription has caught up and waits for a wake-up or a poll.
 * A wake-up that comes while a batch is read or handled is not lost: the wait after it returns at
 * once and the log is read again. Because readAll only returns events below the visibility
 * frontier, "last position + 1" never skips an event that commits late.
 */
export class PollingSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  private markCaughtUp!: () => void;
  private running = true;
  private lastPosition: number;
  private readonly done: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
  ) {
    this.lastPosition = (options.fromPosition ?? 0) - 1;
    this.caughtUp = new Promise((resolve) => (this.markCaughtUp = resolve));
    this.done = this.run();
  }

  get position(): number {
    return this.lastPosition;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
  }

  private async run(): Promise<void> {
    const limit = this.options.batchSize ?? 1000;
    try {
      while (this.running) {
        const seen = this.source.wakeups();
        const events = await this.source.readAll({ fromPosition: this.lastPosition + 1, limit });
        if (!this.running) break;
        if (events.length > 0) {
          await this.options.onEvents(events);
          this.lastPosition = events[events.length - 1].position;
        }
        if (events.length < limit) {
          this.markCaughtUp();
          if (this.running) await this.source.waitForAppends(this.pollIntervalMs, seen);
        }
      }
    } catch (error) {
      this.running = false;
      this.options.onError?.(error);
    } finally {
      this.markCaughtUp();
    }
  }
}
