import {
  AppendResult,
  ChainVerification,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { WrongExpectedRevision } from '../event-store.errors';
import { DEFAULT_MAX_EVENT_BYTES, prepareEvents } from '../event-validation';
import { NewEvent, RecordedEvent } from '../event.types';
import { ExpectedRevision, matchesExpected } from '../expected-revision';
import { verifyChain } from '../hashing/chain-verifier';
import { eventHash, GENESIS_HASH } from '../hashing/event-hash';
import { assertStreamName } from '../stream-name';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { findIdempotentRetry } from './idempotent-retry';
import { InMemorySubscription } from './in-memory-subscription';
import { selectRevisions } from './select-revisions';

export interface InMemoryEventStoreOptions {
  upcasters?: UpcasterRegistry;
  maxEventBytes?: number;
  /** Stamps recordedAt; tests of as-of reads pass a fake clock. */
  clock?: () => Date;
}

/**
 * The EventStore for unit tests of the domain. Every append runs to completion without awaiting,
 * which is what makes it atomic and keeps the global log free of holes: positions are 1, 2, 3…
 * Stored events are frozen copies, so neither the writer nor a reader can rewrite history.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly appendListeners = new Set<() => void>();
  private readonly subscriptions = new Set<Subscription>();
  private readonly upcasters: UpcasterRegistry;
  private readonly maxEventBytes: number;
  private readonly clock: () => Date;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.clock = options.clock ?? (() => new Date());
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    assertStreamName(stream);
    const prepared = prepareEvents(events, this.maxEventBytes);
    const retry = findIdempotentRetry(stream, prepared.map((event) => event.id), expected, (id) => this.byId.get(id));
    if (retry) return retry;

    const existing = this.streams.get(stream) ?? [];
    const actual = existing.length === 0 ? null : existing.length - 1;
    if (!matchesExpected(expected, actual)) throw new WrongExpectedRevision(stream, expected, actual);

    const recordedAt = this.clock().getTime();
    let previousHash = existing.length === 0 ? GENESIS_HASH : existing[existing.length - 1].hash;
    for (const event of prepared) {
      const fields = {
        id: event.id,
        stream,
        type: event.type,
        schemaVersion: event.schemaVersion,
        // Parsed from the serialised form: the store's copy shares nothing with the caller's objects.
        data: deepFreeze(JSON.parse(event.dataJson)),
        metadata: deepFreeze(JSON.parse(event.metadataJson)),
        recordedAt: new Date(recordedAt),
      };
      const revision = existing.length;
      const recorded: RecordedEvent = Object.freeze({
        ...fields,
        revision,
        position: this.log.length + 1,
        hash: eventHash(previousHash, revision, fields),
      });
      previousHash = recorded.hash;
      existing.push(recorded);
      this.log.push(recorded);
      this.byId.set(recorded.id, recorded);
    }
    this.streams.set(stream, existing);
    this.appendListeners.forEach((listener) => listener());
    const last = existing[existing.length - 1];
    const written = existing.slice(existing.length - prepared.length).map((event) => this.upcasters.apply(event));
    return { revision: last.revision, position: last.position, idempotent: false, events: written };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    assertStreamName(stream);
    return selectRevisions(this.streams.get(stream) ?? [], options).map((event) => this.upcasters.apply(event));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readLog(options.fromPosition ?? 1, options.limit ?? Number.POSITIVE_INFINITY);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = new InMemorySubscription(
      {
        read: (fromPosition, limit) => this.readLog(fromPosition, limit),
        head: () => this.log.length,
        onAppend: (listener) => {
          this.appendListeners.add(listener);
          return () => {
            this.appendListeners.delete(listener);
            this.subscriptions.delete(subscription);
          };
        },
      },
      options,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async streamRevision(stream: string): Promise<number | null> {
    const events = this.streams.get(stream);
    return events === undefined ? null : events.length - 1;
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  async verifyStream(stream: string): Promise<ChainVerification> {
    return verifyChain(stream, this.streams.get(stream) ?? []);
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }

  private readLog(fromPosition: number, limit: number): RecordedEvent[] {
    const start = Math.max(fromPosition, 1) - 1;
    return this.log.slice(start, start + Math.max(limit, 0)).map((event) => this.upcasters.apply(event));
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
