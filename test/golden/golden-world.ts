import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { RecordedEvent } from '@app/event-store';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { PROJECTION_MIGRATIONS } from '@app/projections/projection-migrations';
import { READ_MODELS } from '@app/projections/read-models';
import { readRow, TableSpec } from '@app/projections/runner/row-table';
import { dossierRows } from '@app/projections/dossiers/dossiers.projection';
import { escalationRows } from '@app/projections/escalations/escalations.projection';
import { orgUnitRows } from '@app/projections/org-units/org-units.projection';
import { agreementRows } from '@app/projections/agreements/agreements.projection';
import { resultDossierRows } from '@app/projections/results/result-dossiers.projection';
import { movementRows } from '@app/projections/movements/movements.projection';
import { planRows } from '@app/projections/plans/plans.projection';
import { awardLedgerRows } from '@app/projections/awards/award-ledger.projection';
import { wholeLog } from '@app/projections/testing/expected-rows';
import { appendGoldenHistory } from './golden-append';
import { ExpectedReadModels, GoldenEvent } from './golden-files';

/** The row definitions behind the read models, by name: how to read each table back into rows. */
const DEFINITIONS = {
  org_units: orgUnitRows,
  dossiers: dossierRows,
  escalations: escalationRows,
  agreements: agreementRows,
  result_dossiers: resultDossierRows,
  movements: movementRows,
  plans: planRows,
  award_ledger: awardLedgerRows,
} as const;

/**
 * Columns that hold a global position. Positions depend on the database that numbered them, so
 * they are replaced by the event's line number in the history file (1 = first line): which event
 * a row was last changed by is kept, the accident of numbering is not.
 */
const POSITION_FIELDS = {
  org_units: 'lastPosition',
  dossiers: 'lastPosition',
  escalations: 'position',
  agreements: 'lastPosition',
  result_dossiers: 'lastPosition',
  movements: 'lastPosition',
  plans: 'lastPosition',
  award_ledger: 'position',
} as const;

/** A schema of its own with the event store and the read models. */
export class GoldenWorld {
  private constructor(
    readonly schema: TestSchema,
    readonly store: PostgresEventStore,
  ) {}

  static async open(): Promise<GoldenWorld> {
    const schema = await createTestSchema('golden');
    await runMigrations(schema.pool, [...EVENT_STORE_MIGRATIONS, ...PROJECTION_MIGRATIONS]);
    return new GoldenWorld(schema, new PostgresEventStore({ pool: schema.pool, connect: () => new Client(schema.config), pollIntervalMs: 50 }));
  }

  get pool() {
    return this.schema.pool;
  }

  /** A store over the same schema whose clock a recorder drives. */
  useClock(now: () => Date): PostgresEventStore {
    return new PostgresEventStore({ pool: this.pool, connect: () => new Client(this.schema.config), pollIntervalMs: 50, clock: now });
  }

  /** Appends a recorded history as it was first written (see appendGoldenHistory). */
  append(history: readonly GoldenEvent[]): Promise<number> {
    return appendGoldenHistory(this.pool, () => new Client(this.schema.config), history);
  }

  /**
   * The whole log once every committed event is visible: a reader sees no position above a
   * transaction still open anywhere on the server (other suites' included), so it may have to wait.
   */
  async log(store = this.store): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<{ last: string | null }>('SELECT max(position) AS last FROM es_events');
    const last = Number(rows[0].last ?? -1);
    for (let waited = 0; ; waited += 20) {
      const log = await wholeLog(store);
      if ((log[log.length - 1]?.position ?? -1) >= last || waited > 20_000) return log;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Every read model's rows in key order, positions replaced by line numbers of the history. */
  async readModels(): Promise<ExpectedReadModels> {
    const lineOf = new Map((await this.log()).map((event, index) => [event.position, index + 1]));
    const snapshot: ExpectedReadModels = {};
    for (const model of READ_MODELS) {
      const name = model.name as keyof typeof DEFINITIONS;
      const table = DEFINITIONS[name].table as unknown as TableSpec<Record<string, unknown>>;
      const { rows } = await this.pool.query(`SELECT * FROM ${model.table} ORDER BY ${model.keyColumn} COLLATE "C"`);
      snapshot[name] = rows.map((raw) => {
        const row = readRow(table, raw);
        const field = POSITION_FIELDS[name];
        const { [field]: position, ...rest } = row;
        return { ...rest, [`${field === 'position' ? 'event' : 'lastEvent'}`]: lineOf.get(position as number) ?? null };
      });
    }
    return snapshot;
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.schema.drop();
  }
}
