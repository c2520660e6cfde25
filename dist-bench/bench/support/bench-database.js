"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.benchSchema = benchSchema;
const node_crypto_1 = require("node:crypto");
const pg_1 = require("pg");
/** Benchmarks run in a throw-away schema of BENCH_DATABASE_URL (default: the local test database). */
async function benchSchema(max) {
    const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `bench_${(0, node_crypto_1.randomBytes)(4).toString('hex')}`;
    const admin = new pg_1.Client({ connectionString: url });
    await admin.connect();
    // The schema name is generated from hex digits above; identifiers cannot be bound as parameters.
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const config = { connectionString: url, options: `-c search_path=${schema}`, max };
    const pool = new pg_1.Pool(config);
    return {
        pool,
        config,
        async drop() {
            await pool.end();
            const cleaner = new pg_1.Client({ connectionString: url });
            await cleaner.connect();
            await cleaner.query(`DROP SCHEMA ${schema} CASCADE`);
            await cleaner.end();
        },
    };
}
//# sourceMappingURL=bench-database.js.map