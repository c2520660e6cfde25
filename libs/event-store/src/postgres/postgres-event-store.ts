import { Client, DatabaseError, Pool } from 'pg';
import { NewEvent, RecordedEvent } from '../event.types';
import {
  AppendResult,
  ChainVerification,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { DuplicateEventId, WrongExpectedRevision } from '../event-store.errors';
import { ExpectedRevision } from '../expected-revision';
import { DEFAULT_MAX_EVENT_BYTES, PreparedEvent, prepareEvents } from '../event-validation';
import { assertStreamName } from '../stream-name';
import { contentDigestOfText } from '../hashing/event-hash';
import { verifyChain } from '../hashing/chain-verifier';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { EVENT_COLUMNS, EventRow, fromRow } from './event-row';
import { AppendSignal } from './append-signal';
import { PollingSubscription } from './postgres-subscription';

export interface PostgresEventStoreOptions {
  pool: Pool;
  /** Opens a dedicated connection for LISTEN; defaults to one built from the pool's settings. */
  connect?: () => Client;
  upcasters?: UpcasterRegistry;
  maxEventBytes?: number;
  clock?: () => Date;
  /** Upper bound on a subscriber's wait when no notification arrives. */
  pollIntervalMs?: number;
}

const WRONG_EXPECTED_REVISION = 'P0E01';
const DUPLICATE_EVENT_ID = 'P0E02';
const UNIQUE_VIOLATION = '23505';
const READ_PAGE = 5000;

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly upcasters: UpcasterRegistry;
  private readonly maxEventBytes: number;
  private readonly clock: () => Date;
  private readonly pollIntervalMs: number;
  private readonly signal: AppendSignal;
  private readonly subscriptions = new Set<Subscription>();

  constructor(options: PostgresEventStoreOptions) {
    this.pool = options.pool;
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.clock = options.clock ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.signal = new AppendSignal(this.pool, options.connect ?? (() => new Client((this.pool as unknown as { options: object }).options)));
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    assertStreamName(stream);
    const prepared = prepareEvents(events, this.maxEventBytes);
    const recordedAt = this.clock();
    const expectedKind = typeof expected === 'number' ? 'exact' : expected;
    if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
      throw new TypeError(`expected revision must be a non-negative integer, got ${expected}`);
    }
    try {
      const { rows } = await this.pool.query<{ out_revision: string; out_position: string; out_idempotent: boolean; out_hashes: string[] | null }>(
        `SELECT * FROM es_append_returning_hashes($1, $2, $3, $4::uuid[], $5::text[], $6::integer[], $7::text[], $8::text[], $9, $10::text[])`,
        [
          stream,
          expectedKind,
          typeof expected === 'number' ? expected : null,
          prepared.map((event) => event.id),
          prepared.map((event) => event.type),
          prepared.map((event) => event.schemaVersion),
          prepared.map((event) => event.dataJson),
          prepared.map((event) => event.metadataJson),
          recordedAt,
          prepared.map((event) => contentDigestOfText({ ...event, stream, recordedAt }, event.dataJson, event.metadataJson)),
        ],
      );
      const [row] = rows;
      const result = { revision: Number(row.out_revision), position: Number(row.out_position), idempotent: row.out_idempotent };
      if (row.out_idempotent) return result;
      this.signal.appended();
      const hashes = row.out_hashes ?? [];
      return hashes.length === prepared.length ? { ...result, events: this.written(stream, prepared, recordedAt, result, hashes) } : result;
    } catch (error) {
      throw this.translate(error, stream, expected, prepared[0].id);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    assertStreamName(stream);
    const backwards = options.direction === 'backwards';
    const { rows } = await this.pool.query<EventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM es_events
        WHERE stream_name = $1
          AND ($2::bigint IS NULL OR (CASE WHEN $6 THEN revision <= $2 ELSE revision >= $2 END))
          AND ($3::bigint IS NULL OR (CASE WHEN $6 THEN revision >= $3 ELSE revision <= $3 END))
          AND ($4::timestamptz IS NULL OR recorded_at <= $4)
          AND ($5::bigint IS NULL OR position <= $5)
        ORDER BY CASE WHEN $6 THEN -revision ELSE revision END
        LIMIT $7`,
      values: [stream, options.from ?? null, options.to ?? null, options.asOf ?? null, options.untilPosition ?? null, backwards, options.limit ?? null],
      rowMode: 'array',
    });
    return rows.map((row) => this.upcast(fromRow(row)));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM es_events
        WHERE position >= $1 AND position < (SELECT es_visible_below())
        ORDER BY position LIMIT $2`,
      values: [options.fromPosition ?? 0, options.limit ?? READ_PAGE],
      rowMode: 'array',
    });
    return rows.map((row) => this.upcast(fromRow(row)));
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = new PollingSubscription(
      {
        readAll: (page) => this.readAll(page),
        wakeups: () => this.signal.wakeups,
        waitForAppends: (timeoutMs, since) => this.signal.wait(timeoutMs, since),
      },
      options,
      this.pollIntervalMs,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async streamRevision(stream: string): Promise<number | null> {
    assertStreamName(stream);
    const { rows } = await this.pool.query<{ revision: string }>('SELECT revision FROM es_events WHERE stream_name = $1 ORDER BY revision DESC LIMIT 1', [stream]);
    return rows.length === 0 ? null : Number(rows[0].revision);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string | null }>(
      'SELECT max(position) AS head FROM es_events WHERE position < (SELECT es_visible_below())',
    );
    return Number(rows[0].head ?? 0);
  }

  async verifyStream(stream: string): Promise<ChainVerification> {
    assertStreamName(stream);
    const { rows } = await this.pool.query<EventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_name = $1 ORDER BY revision`,
      values: [stream],
      rowMode: 'array',
    });
    return verifyChain(stream, rows.map(fromRow));
  }

  async ping(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.signal.close();
  }

  /**
   * The events one fresh append wrote, as a read would return them: one append's positions are
   * consecutive (see es_append), the stored JSON is the text the writer sent, and the timestamp is
   * the writer's (a whole number of milliseconds, which the column keeps exactly).
   */
  private written(stream: string, prepared: PreparedEvent[], recordedAt: Date, last: AppendResult, hashes: string[]): RecordedEvent[] {
    const first = prepared.length - 1;
    return prepared.map((event, index) =>
      this.upcast({
        id: event.id,
        stream,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.parse(event.dataJson),
        metadata: JSON.parse(event.metadataJson),
        recordedAt: new Date(recordedAt.getTime()),
        revision: last.revision - first + index,
        position: last.position - first + index,
        hash: hashes[index],
      }),
    );
  }

  private upcast(event: RecordedEvent): RecordedEvent {
    return this.upcasters.isEmpty ? event : this.upcasters.apply(event);
  }

  private translate(error: unknown, stream: string, expected: ExpectedRevision, firstId: string): unknown {
    if (!(error instanceof DatabaseError)) return error;
    if (error.code === WRONG_EXPECTED_REVISION) {
      const { actual } = JSON.parse(error.detail ?? '{}') as { actual: string | number | null };
      return new WrongExpectedRevision(stream, expected, actual === null ? null : Number(actual));
    }
    if (error.code === DUPLICATE_EVENT_ID) {
      const found = JSON.parse(error.detail ?? '{}') as { eventId: string; stream: string; revision: number };
      return new DuplicateEventId(found.eventId, stream, found.stream, Number(found.revision));
    }
    if (error.code === UNIQUE_VIOLATION && error.constraint === 'es_events_event_id_key') {
      return new DuplicateEventId(firstId, stream);
    }
    return error;
  }
}
