"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostgresEventStore = void 0;
const pg_1 = require("pg");
const event_store_errors_1 = require("../event-store.errors");
const event_validation_1 = require("../event-validation");
const stream_name_1 = require("../stream-name");
const event_hash_1 = require("../hashing/event-hash");
const chain_verifier_1 = require("../hashing/chain-verifier");
const upcaster_registry_1 = require("../upcasting/upcaster-registry");
const event_row_1 = require("./event-row");
const append_signal_1 = require("./append-signal");
const postgres_subscription_1 = require("./postgres-subscription");
const WRONG_EXPECTED_REVISION = 'P0E01';
const DUPLICATE_EVENT_ID = 'P0E02';
const UNIQUE_VIOLATION = '23505';
const READ_PAGE = 5000;
class PostgresEventStore {
    pool;
    upcasters;
    maxEventBytes;
    clock;
    pollIntervalMs;
    signal;
    subscriptions = new Set();
    constructor(options) {
        this.pool = options.pool;
        this.upcasters = options.upcasters ?? new upcaster_registry_1.UpcasterRegistry();
        this.maxEventBytes = options.maxEventBytes ?? event_validation_1.DEFAULT_MAX_EVENT_BYTES;
        this.clock = options.clock ?? (() => new Date());
        this.pollIntervalMs = options.pollIntervalMs ?? 250;
        this.signal = new append_signal_1.AppendSignal(this.pool, options.connect ?? (() => new pg_1.Client(this.pool.options)));
    }
    async append(stream, events, expected) {
        (0, stream_name_1.assertStreamName)(stream);
        const prepared = (0, event_validation_1.prepareEvents)(events, this.maxEventBytes);
        const recordedAt = this.clock();
        const expectedKind = typeof expected === 'number' ? 'exact' : expected;
        if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
            throw new TypeError(`expected revision must be a non-negative integer, got ${expected}`);
        }
        try {
            const { rows } = await this.pool.query(`SELECT * FROM es_append($1, $2, $3, $4::uuid[], $5::text[], $6::integer[], $7::text[], $8::text[], $9, $10::text[])`, [
                stream,
                expectedKind,
                typeof expected === 'number' ? expected : null,
                prepared.map((event) => event.id),
                prepared.map((event) => event.type),
                prepared.map((event) => event.schemaVersion),
                prepared.map((event) => event.dataJson),
                prepared.map((event) => event.metadataJson),
                recordedAt,
                prepared.map((event) => (0, event_hash_1.contentDigest)({ ...event, stream, recordedAt })),
            ]);
            const [row] = rows;
            if (!row.out_idempotent)
                this.signal.appended();
            return { revision: Number(row.out_revision), position: Number(row.out_position), idempotent: row.out_idempotent };
        }
        catch (error) {
            throw this.translate(error, stream, expected, prepared[0].id);
        }
    }
    async readStream(stream, options = {}) {
        (0, stream_name_1.assertStreamName)(stream);
        const backwards = options.direction === 'backwards';
        const { rows } = await this.pool.query(`SELECT ${event_row_1.EVENT_COLUMNS} FROM es_events
        WHERE stream_name = $1
          AND ($2::bigint IS NULL OR (CASE WHEN $6 THEN revision <= $2 ELSE revision >= $2 END))
          AND ($3::bigint IS NULL OR (CASE WHEN $6 THEN revision >= $3 ELSE revision <= $3 END))
          AND ($4::timestamptz IS NULL OR recorded_at <= $4)
          AND ($5::bigint IS NULL OR position <= $5)
        ORDER BY CASE WHEN $6 THEN -revision ELSE revision END
        LIMIT $7`, [stream, options.from ?? null, options.to ?? null, options.asOf ?? null, options.untilPosition ?? null, backwards, options.limit ?? null]);
        return rows.map((row) => this.upcast((0, event_row_1.fromRow)(row)));
    }
    async readAll(options = {}) {
        const { rows } = await this.pool.query(`SELECT ${event_row_1.EVENT_COLUMNS} FROM es_events
        WHERE position >= $1 AND position < es_visible_below()
        ORDER BY position LIMIT $2`, [options.fromPosition ?? 0, options.limit ?? READ_PAGE]);
        return rows.map((row) => this.upcast((0, event_row_1.fromRow)(row)));
    }
    subscribeToAll(options) {
        const subscription = new postgres_subscription_1.PollingSubscription({
            readAll: (page) => this.readAll(page),
            waitForAppends: (timeoutMs) => this.signal.wait(timeoutMs),
        }, options, this.pollIntervalMs);
        this.subscriptions.add(subscription);
        return subscription;
    }
    async streamRevision(stream) {
        (0, stream_name_1.assertStreamName)(stream);
        const { rows } = await this.pool.query('SELECT revision FROM es_streams WHERE stream_name = $1', [stream]);
        return rows.length === 0 ? null : Number(rows[0].revision);
    }
    async headPosition() {
        const { rows } = await this.pool.query('SELECT max(position) AS head FROM es_events WHERE position < es_visible_below()');
        return Number(rows[0].head ?? 0);
    }
    async verifyStream(stream) {
        (0, stream_name_1.assertStreamName)(stream);
        const { rows } = await this.pool.query(`SELECT ${event_row_1.EVENT_COLUMNS} FROM es_events WHERE stream_name = $1 ORDER BY revision`, [stream]);
        return (0, chain_verifier_1.verifyChain)(stream, rows.map(event_row_1.fromRow));
    }
    async ping() {
        try {
            await this.pool.query('SELECT 1');
            return true;
        }
        catch {
            return false;
        }
    }
    async close() {
        await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
        await this.signal.close();
    }
    upcast(event) {
        return this.upcasters.isEmpty ? event : this.upcasters.apply(event);
    }
    translate(error, stream, expected, firstId) {
        if (!(error instanceof pg_1.DatabaseError))
            return error;
        if (error.code === WRONG_EXPECTED_REVISION) {
            const { actual } = JSON.parse(error.detail ?? '{}');
            return new event_store_errors_1.WrongExpectedRevision(stream, expected, actual === null ? null : Number(actual));
        }
        if (error.code === DUPLICATE_EVENT_ID) {
            const found = JSON.parse(error.detail ?? '{}');
            return new event_store_errors_1.DuplicateEventId(found.eventId, stream, found.stream, Number(found.revision));
        }
        if (error.code === UNIQUE_VIOLATION && error.constraint === 'es_events_event_id_key') {
            return new event_store_errors_1.DuplicateEventId(firstId, stream);
        }
        return error;
    }
}
exports.PostgresEventStore = PostgresEventStore;
//# sourceMappingURL=postgres-event-store.js.map