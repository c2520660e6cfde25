import { AllStreamResolvedEvent, AllStreamSubscription, EventStoreDBClient } from '@eventstore/db-client';
import { SubscribeOptions, Subscription } from '../event-store.port';
import { RecordedEvent } from '../event.types';
import { readStart } from './all-position';
import { isOwnEvent, ownStreamsFilter } from './own-events';

export interface SubscriptionSource {
  client: EventStoreDBClient;
  /** Stored form to what readers see (upcasting). */
  decode(resolved: AllStreamResolvedEvent): RecordedEvent;
  headPosition(): Promise<number>;
  /** The port's event at exactly this (even) global position, if there is one. */
  eventAt(position: number): Promise<RecordedEvent | undefined>;
}

const DEFAULT_BATCH_SIZE = 256;

/**
 * A catch-up subscription of the server on $all, filtered there to the port's streams. The server
 * starts after the position it is given, so an inclusive start at an event reads that one event
 * first. The server's own caught-up signal is not used: it arrives while earlier events may still
 * be waiting in the client's buffer, and older servers never send it. Instead caughtUp resolves
 * once the handler has been given the newest event that existed when the subscription began.
 */
export class EventStoreDbSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  private markCaughtUp!: () => void;
  private failCaughtUp!: (error: unknown) => void;
  private lastPosition: number;
  private headAtStart = Number.POSITIVE_INFINITY;
  private stopped = false;
  private live?: AllStreamSubscription;
  private readonly done: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
  ) {
    this.lastPosition = (options.fromPosition ?? 0) - 1;
    this.caughtUp = new Promise<void>((resolve, reject) => {
      this.markCaughtUp = resolve;
      this.failCaughtUp = reject;
    });
    // A caller that never awaits caughtUp must not see an unhandled rejection when the handler fails.
    this.caughtUp.catch(() => undefined);
    // A later tick, so no handler runs before subscribeToAll has returned.
    this.done = Promise.resolve().then(() => this.run());
  }

  get position(): number {
    return this.lastPosition;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.closeLive();
    await this.done;
  }

  private async run(): Promise<void> {
    try {
      const fromPosition = this.options.fromPosition ?? 0;
      this.headAtStart = await this.source.headPosition();
      this.noteProgress();
      if (fromPosition > 0 && fromPosition % 2 === 0) {
        const first = await this.source.eventAt(fromPosition);
        if (first !== undefined) await this.deliver([first]);
      }
      if (this.stopped) return;
      this.live = this.source.client.subscribeToAll({ fromPosition: readStart(fromPosition).from, filter: ownStreamsFilter() });
      for await (const batch of inBatches<AllStreamResolvedEvent>(this.live, this.options.batchSize ?? DEFAULT_BATCH_SIZE)) {
        if (this.stopped) return;
        const events = batch
          .filter((resolved) => resolved.event !== undefined && isOwnEvent(resolved.event))
          .map((resolved) => this.source.decode(resolved))
          .filter((event) => event.position > this.lastPosition);
        if (events.length > 0) await this.deliver(events);
      }
      if (!this.stopped) throw new Error('the server ended the subscription');
    } catch (error) {
      // Stopping cancels the server call, which surfaces here as an error to ignore.
      if (this.stopped) return;
      this.stopped = true;
      await this.closeLive();
      this.failCaughtUp(error);
      this.options.onError?.(error);
    }
  }

  private async deliver(events: RecordedEvent[]): Promise<void> {
    if (this.stopped) return;
    await this.options.onEvents(events);
    this.lastPosition = events[events.length - 1].position;
    this.noteProgress();
  }

  private noteProgress(): void {
    // A head of 0 is an empty log: no event ever sits at the very start of the server's log.
    if (this.headAtStart === 0 || this.lastPosition >= this.headAtStart) this.markCaughtUp();
  }

  private async closeLive(): Promise<void> {
    const live = this.live;
    if (live === undefined) return;
    await live.unsubscribe();
    // Cancelling the call does not end the client's stream, which would leave the loop waiting.
    live.destroy();
  }
}

/** Whatever the stream already holds, up to `size` items, as one batch; waits only when it is empty. */
async function* inBatches<T>(source: AsyncIterable<T> & { read(): T | null }, size: number): AsyncGenerator<T[]> {
  for await (const first of source) {
    const batch: T[] = [first];
    for (let next: T | null; batch.length < size && (next = source.read()) !== null; ) batch.push(next);
    yield batch;
  }
}
