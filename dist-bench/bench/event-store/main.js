"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_crypto_1 = require("node:crypto");
const pg_1 = require("pg");
const database_1 = require("../../libs/database/src/index.js");
const event_store_1 = require("../../libs/event-store/src/index.js");
const event_store_migrations_1 = require("../../libs/event-store/src/postgres/event-store-migrations.js");
const postgres_event_store_1 = require("../../libs/event-store/src/postgres/postgres-event-store.js");
const bench_database_1 = require("../support/bench-database");
const figures_1 = require("../support/figures");
/**
 * Event store figures on this machine: append throughput against a raw INSERT baseline,
 * readAll and subscription catch-up over READ_EVENTS events, peak RSS. Prints; asserts nothing.
 */
const APPENDS = Number(process.env.BENCH_APPENDS ?? 6000);
const READ_EVENTS = Number(process.env.BENCH_READ_EVENTS ?? 1_000_000);
const CONCURRENCY = [1, 8, 32];
function event(index) {
    return {
        id: (0, node_crypto_1.randomUUID)(),
        type: 'ReviewApproved',
        data: { dossierId: (0, node_crypto_1.randomUUID)(), step: index % 4, comment: 'Approved: the plan covers all seven contents.' },
        metadata: { actor: 'reviewer-1', role: 'reviewer', org: 'ministry-culture', commandId: (0, node_crypto_1.randomUUID)() },
    };
}
async function main() {
    const db = await (0, bench_database_1.benchSchema)(40);
    await (0, database_1.runMigrations)(db.pool, event_store_migrations_1.EVENT_STORE_MIGRATIONS);
    await db.pool.query(`CREATE TABLE raw_events (LIKE es_events INCLUDING ALL)`);
    await db.pool.query(`CREATE SEQUENCE raw_position`);
    const store = new postgres_event_store_1.PostgresEventStore({ pool: db.pool, connect: () => new pg_1.Client(db.config) });
    console.log(`event store benchmark: ${APPENDS} appends per run, readAll over ${READ_EVENTS.toLocaleString('en-US')} events`);
    for (const writers of CONCURRENCY) {
        const raw = await (0, figures_1.throughput)(APPENDS, writers, async (index) => {
            const e = event(index);
            await db.pool.query(`INSERT INTO raw_events (position, event_id, stream_name, revision, type, schema_version, data, metadata, recorded_at, hash)
         VALUES (nextval('raw_position'), $1, $2, 0, $3, 1, $4, $5, now(), $6)`, [e.id, `dossier-${e.id}`, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), 'x'.repeat(64)]);
        });
        const distinct = await (0, figures_1.throughput)(APPENDS, writers, async (index) => {
            const e = event(index);
            await store.append(`dossier-${e.id}`, [e], 'no_stream');
        });
        const hotStream = `dossier-hot${writers}`;
        let conflicts = 0;
        const hot = await (0, figures_1.throughput)(APPENDS, writers, async (index) => {
            const e = event(index);
            for (;;) {
                const revision = await store.streamRevision(hotStream);
                try {
                    await store.append(hotStream, [e], revision ?? 'no_stream');
                    return;
                }
                catch (error) {
                    if (!(error instanceof event_store_1.WrongExpectedRevision))
                        throw error;
                    conflicts += 1;
                }
            }
        });
        (0, figures_1.row)(`raw INSERT baseline, ${writers} writer(s)`, raw, 'rows/s');
        (0, figures_1.row)(`append, distinct streams, ${writers} writer(s)`, distinct, `appends/s (${Math.round((100 * distinct) / raw)}% of raw)`);
        (0, figures_1.row)(`append, one hot stream, ${writers} writer(s)`, hot, `appends/s (${conflicts} conflicts retried)`);
    }
    const existing = Number((await db.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
    const perAppend = 500;
    const toLoad = Math.max(0, READ_EVENTS - existing);
    const loadRate = await (0, figures_1.throughput)(Math.ceil(toLoad / perAppend), 4, async () => {
        const events = Array.from({ length: perAppend }, (_, i) => event(i));
        await store.append(`dossier-${(0, node_crypto_1.randomUUID)()}`, events, 'no_stream');
    });
    (0, figures_1.row)(`bulk load (${perAppend} events per append, 4 writers)`, loadRate * perAppend, 'events/s');
    let read = 0;
    let from = 0;
    const readStarted = process.hrtime.bigint();
    for (;;) {
        const page = await store.readAll({ fromPosition: from, limit: 10_000 });
        if (page.length === 0)
            break;
        read += page.length;
        from = page[page.length - 1].position + 1;
    }
    (0, figures_1.row)(`readAll over ${read.toLocaleString('en-US')} events`, read / (Number(process.hrtime.bigint() - readStarted) / 1e9), 'events/s');
    let delivered = 0;
    const catchUpStarted = process.hrtime.bigint();
    const subscription = store.subscribeToAll({ batchSize: 10_000, onEvents: async (events) => void (delivered += events.length) });
    await subscription.caughtUp;
    const catchUpSeconds = Number(process.hrtime.bigint() - catchUpStarted) / 1e9;
    await subscription.stop();
    (0, figures_1.row)(`subscription catch-up over ${delivered.toLocaleString('en-US')} events`, delivered / catchUpSeconds, 'events/s');
    (0, figures_1.row)('peak RSS of the benchmark process', (0, figures_1.peakRssMiB)(), 'MiB');
    await store.close();
    await db.drop();
}
main().catch((error) => {
    console.error(error);
    process.exit(1);
});
//# sourceMappingURL=main.js.map