import { setTimeout as sleep } from 'node:timers/promises';
import { BACKWARDS, END, EventStoreDBClient, FORWARDS, WrongExpectedVersionError } from '@eventstore/db-client';
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
import { DEFAULT_MAX_EVENT_BYTES, PreparedEvent, prepareEvents } from '../event-validation';
import { NewEvent, RecordedEvent } from '../event.types';
import { ExpectedRevision, matchesExpected } from '../expected-revision';
import { verifyChain } from '../hashing/chain-verifier';
import { assertStreamName } from '../stream-name';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { readStart } from './all-position';
import { appendGuard } from './esdb-revision';
import { allPages, newestOwnPosition, ownEventAt, readAllEvents, readStreamEvents, streamPages } from './esdb-reads';
import { EventStoreDbSubscription } from './esdb-subscription';
import { EventIdClaims } from './event-id-claims';
import { knownPlacement } from './known-placement';
import { fromResolvedEvent, toEventData } from './recorded-event-envelope';
import { sealEvents } from './seal-events';
import { StreamKnowledge, StreamLedger } from './stream-ledger';
import { selectFromStream } from './stream-selection';

export type EventStoreDbEventStoreOptions = ({ client: EventStoreDBClient } | { connectionString: string }) & {
  upcasters?: UpcasterRegistry;
  maxEventBytes?: number;
  /** Stamps recordedAt (the server's own clock is not used: the time is part of the hash). */
  clock?: () => Date;
};

/** Appends racing on one stream with any or stream_exists retry this often before giving up. */
const MAX_CONTENDED_ATTEMPTS = 100;
/** Ids of recently used streams kept in memory (see stream-ledger.ts). */
const LEDGER_IDS = 200_000;
const PING_TIMEOUT_MS = 5000;
/** readAll without a limit returns at most this many events, like the PostgreSQL adapter. */
const DEFAULT_READ_ALL_LIMIT = 5000;

/**
 * The EventStore port over EventStoreDB (or KurrentDB) through @eventstore/db-client.
 *
 * Each event is a JSON event with our fields in its metadata (recorded-event-envelope.ts). Every
 * append is chained to the exact last event of the stream and sent with that exact revision, then
 * read back, which tells a fresh write from one the server recognised as already stored and gives
 * the positions readers will see. Global positions are derived from $all positions (all-position.ts).
 *
 * Costs: an append of n new events is n id claims (event-id-claims.ts), the write and a read-back;
 * the first append to a stream this process does not know yet reads that stream once in full.
 * Needs a server that reports $all positions on stream reads (releases from 2022 on).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly ownsClient: boolean;
  private readonly upcasters: UpcasterRegistry;
  private readonly maxEventBytes: number;
  private readonly clock: () => Date;
  private readonly ledger = new StreamLedger(LEDGER_IDS);
  private readonly claims: EventIdClaims;
  private readonly subscriptions = new Set<Subscription>();

  constructor(options: EventStoreDbEventStoreOptions) {
    this.ownsClient = !('client' in options);
    this.client = 'client' in options ? options.client : EventStoreDBClient.connectionString(options.connectionString);
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.clock = options.clock ?? (() => new Date());
    this.claims = new EventIdClaims(this.client, async (stream, id) => (await this.knowledgeOf(stream)).find(id)?.revision);
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    assertStreamName(stream);
    if (typeof expected === 'number' && (!Number.isSafeInteger(expected) || expected < 0)) {
      throw new TypeError(`expected revision must be a non-negative integer, got ${expected}`);
    }
    const prepared = prepareEvents(events, this.maxEventBytes);
    const ids = prepared.map((event) => event.id);
    const knowledge = this.ledger.of(stream);
    // Whether what we know was just brought up to the end of the stream.
    let current = !knowledge.loaded;
    if (current) await this.catchUp(knowledge);
    let claimed = false;
    for (let attempt = 1; ; attempt += 1) {
      const retried = knownPlacement(stream, ids, expected, (id) => knowledge.find(id));
      if (retried) return retried;
      if (!matchesExpected(expected, knowledge.revision)) {
        // What we know may be behind the stream; only a refusal against its current end counts.
        if (!current && (await this.catchUp(knowledge))) {
          current = true;
          continue;
        }
        throw new WrongExpectedRevision(stream, expected, knowledge.revision);
      }
      if (!claimed) {
        await this.claims.claim(stream, ids);
        claimed = true;
        // Other appends of this process may have moved the stream on meanwhile: decide again, then
        // write without awaiting anything in between.
        continue;
      }
      const written = await this.write(stream, prepared, knowledge);
      if (written) return written;
      // Another writer got there first: learn what it wrote, then decide again.
      await this.catchUp(knowledge);
      current = true;
      if (attempt >= MAX_CONTENDED_ATTEMPTS) throw new WrongExpectedRevision(stream, expected, knowledge.revision);
      if (attempt > 2) await sleep(Math.random() * Math.min(attempt, 20));
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    assertStreamName(stream);
    const selected = await selectFromStream(options, (from, backwards, pageSize) => streamPages(this.client, stream, from, backwards, pageSize));
    return selected.map((event) => this.upcast(event));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.limit ?? DEFAULT_READ_ALL_LIMIT;
    const { from, keepFrom } = readStart(options.fromPosition);
    const events: RecordedEvent[] = [];
    if (limit <= 0) return events;
    for await (const page of allPages(this.client, from, keepFrom)) {
      events.push(...page.slice(0, limit - events.length).map((event) => this.upcast(event)));
      if (events.length >= limit) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = new EventStoreDbSubscription(
      {
        client: this.client,
        decode: (resolved) => this.upcast(fromResolvedEvent(resolved)),
        headPosition: () => this.headPosition(),
        eventAt: async (position) => {
          const resolved = await ownEventAt(this.client, position);
          return resolved === undefined ? undefined : this.upcast(fromResolvedEvent(resolved));
        },
      },
      options,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async streamRevision(stream: string): Promise<number | null> {
    assertStreamName(stream);
    const [last] = await readStreamEvents(this.client, stream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 });
    return last?.event === undefined ? null : Number(last.event.revision);
  }

  headPosition(): Promise<number> {
    return newestOwnPosition(this.client);
  }

  async verifyStream(stream: string): Promise<ChainVerification> {
    assertStreamName(stream);
    const stored: RecordedEvent[] = [];
    for await (const page of streamPages(this.client, stream, 0, false)) stored.push(...page);
    return verifyChain(stream, stored);
  }

  /** Reads carry no deadline in the client, so a server that accepts but never answers is cut off here. */
  async ping(): Promise<boolean> {
    const answered = readAllEvents(this.client, { fromPosition: END, direction: BACKWARDS, maxCount: 1 }).then(
      () => true,
      () => false,
    );
    const timeout = new AbortController();
    const silent = sleep(PING_TIMEOUT_MS, false, { signal: timeout.signal }).catch(() => false);
    try {
      return await Promise.race([answered, silent]);
    } finally {
      timeout.abort();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    if (this.ownsClient) await this.client.dispose();
  }

  /**
   * One write at the end of what we know (captured before the first await), then a read-back. The server answers an exact-revision
   * append whose ids already sit right after that revision with success, writing nothing; only the
   * stored hash tells our write from that earlier one. Null when the stream had moved on.
   */
  private async write(stream: string, prepared: readonly PreparedEvent[], knowledge: StreamKnowledge): Promise<AppendResult | null> {
    const after = { revision: knowledge.revision, lastHash: knowledge.lastHash };
    const sealed = sealEvents(stream, prepared, after, new Date(this.clock().getTime()));
    let answer: { position?: unknown };
    try {
      answer = await this.client.appendToStream(stream, sealed.map(toEventData), { expectedRevision: appendGuard(after.revision) });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return null;
      throw error;
    }
    const resolved = await readStreamEvents(this.client, stream, { fromRevision: BigInt(sealed[0].revision), direction: FORWARDS, maxCount: sealed.length });
    const stored = resolved.map(fromResolvedEvent);
    if (stored.length !== sealed.length) throw new Error(`${stream}: ${stored.length} of ${sealed.length} appended events could be read back`);
    this.ledger.learn(knowledge, stored);
    const last = stored[stored.length - 1];
    // Some servers also leave the position out of an idempotent answer; a retry identical to the
    // byte (same content, same millisecond) is the one case neither signal catches.
    const idempotent = stored[0].hash !== sealed[0].hash || answer.position === undefined;
    return { revision: last.revision, position: last.position, idempotent };
  }

  private async knowledgeOf(stream: string): Promise<StreamKnowledge> {
    const knowledge = this.ledger.of(stream);
    if (!knowledge.loaded) await this.catchUp(knowledge);
    return knowledge;
  }

  /** Reads the stream past what we know; true when something new was learned. */
  private async catchUp(knowledge: StreamKnowledge): Promise<boolean> {
    let grew = false;
    for await (const page of streamPages(this.client, knowledge.stream, (knowledge.revision ?? -1) + 1, false)) {
      grew = this.ledger.learn(knowledge, page) || grew;
    }
    knowledge.loaded = true;
    return grew;
  }

  private upcast(event: RecordedEvent): RecordedEvent {
    return this.upcasters.isEmpty ? event : this.upcasters.apply(event);
  }
}
