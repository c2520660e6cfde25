import { SubscribeOptions, Subscription } from '../event-store.port';
import { RecordedEvent } from '../event.types';

/** What a subscription needs from the store: a window on the log and a doorbell for new appends. */
export interface SubscriptionSource {
  /** Up to `limit` events from `fromPosition` (inclusive), upcast, in global order. */
  read(fromPosition: number, limit: number): RecordedEvent[];
  head(): number;
  onAppend(listener: () => void): () => void;
}

const DEFAULT_BATCH_SIZE = 256;

/**
 * Catch-up then live, in one loop: read from the cursor until the log is exhausted, then sleep
 * until the next append. Appends complete synchronously, so a read never sees a hole.
 */
export class InMemorySubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  private cursor: number;
  private stopped = false;
  private wake: (() => void) | null = null;
  private markCaughtUp!: () => void;
  private failCaughtUp!: (error: unknown) => void;
  private readonly headAtStart: number;
  private readonly unlisten: () => void;
  private readonly running: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
  ) {
    this.cursor = Math.max(options.fromPosition ?? 1, 1) - 1;
    this.headAtStart = source.head();
    this.caughtUp = new Promise<void>((resolve, reject) => {
      this.markCaughtUp = resolve;
      this.failCaughtUp = reject;
    });
    // A caller that never awaits caughtUp must not see an unhandled rejection when the handler fails.
    this.caughtUp.catch(() => undefined);
    this.unlisten = source.onAppend(() => this.wake?.());
    // Start on a later tick so no handler runs before subscribeToAll has returned.
    this.running = Promise.resolve().then(() => this.run());
  }

  get position(): number {
    return this.cursor;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    try {
      while (!this.stopped) {
        if (this.cursor >= this.headAtStart) this.markCaughtUp();
        const batch = this.source.read(this.cursor + 1, batchSize);
        if (batch.length === 0) {
          await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = null;
          continue;
        }
        await this.options.onEvents(batch);
        this.cursor = batch[batch.length - 1].position;
      }
    } catch (error) {
      this.stopped = true;
      this.failCaughtUp(error);
      this.options.onError?.(error);
    } finally {
      this.unlisten();
    }
  }
}
