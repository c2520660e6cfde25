"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MigrationChecksumMismatch = void 0;
exports.runMigrations = runMigrations;
const node_crypto_1 = require("node:crypto");
/** Held for the whole run so two processes starting at once apply each migration exactly once. */
const MIGRATION_LOCK = [7301, 1];
class MigrationChecksumMismatch extends Error {
    migration;
    constructor(migration) {
        super(`migration ${migration.component} v${migration.version} (${migration.name}) was applied with different SQL; ` +
            'applied migrations are never edited, add a new version instead');
        this.migration = migration;
    }
}
exports.MigrationChecksumMismatch = MigrationChecksumMismatch;
function checksum(migration) {
    return (0, node_crypto_1.createHash)('sha256').update(migration.sql).digest('hex');
}
/** Applies pending migrations in (component, version) order, each in its own transaction. */
async function runMigrations(pool, migrations) {
    const client = await pool.connect();
    const applied = [];
    try {
        await client.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
        await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      component text NOT NULL,
      version integer NOT NULL,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (component, version))`);
        const { rows } = await client.query('SELECT component, version, checksum FROM schema_migrations');
        const done = new Map(rows.map((row) => [`${row.component}@${row.version}`, row.checksum]));
        const ordered = [...migrations].sort((a, b) => a.component.localeCompare(b.component) || a.version - b.version);
        for (const migration of ordered) {
            const previous = done.get(`${migration.component}@${migration.version}`);
            if (previous !== undefined) {
                if (previous !== checksum(migration))
                    throw new MigrationChecksumMismatch(migration);
                continue;
            }
            await client.query('BEGIN');
            try {
                await client.query(migration.sql);
                await client.query('INSERT INTO schema_migrations (component, version, name, checksum) VALUES ($1, $2, $3, $4)', [migration.component, migration.version, migration.name, checksum(migration)]);
                await client.query('COMMIT');
                applied.push(migration);
            }
            catch (error) {
                await client.query('ROLLBACK');
                throw error;
            }
        }
        return applied;
    }
    finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]).catch(() => undefined);
        client.release();
    }
}
//# sourceMappingURL=migration-runner.js.map