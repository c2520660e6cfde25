import { Pool } from 'pg';
import { AwardLedger } from '@app/domain';
import { readRow, selectList } from '../runner/row-table';
import { AWARD_LEDGER_TABLE, AwardLedgerRow } from './award-ledger.row';
import { ledgerFromRows } from './ledger-from-rows';
import { Freshness, readModelsCaughtUp } from './ledger-freshness';

/** Reads of the award ledger, by nominee (a nominee has a few dozen entries at most). */
export class AwardLedgerQueries {
  constructor(
    private readonly pool: Pool,
    private readonly freshness?: Freshness,
  ) {}

  /**
   * Every entry of a nominee, oldest year first, once
   * the read models hold every event committed before this call when built with `freshness`.
   */
  async entries(nomineeKey: string): Promise<AwardLedgerRow[]> {
    if (this.freshness) await readModelsCaughtUp(this.freshness);
    const { rows } = await this.pool.query(
      `SELECT ${selectList(AWARD_LEDGER_TABLE)} FROM award_ledger WHERE nominee_key = $1 ORDER BY year, entry_kind, entry_id COLLATE "C"`,
      [nomineeKey],
    );
    return rows.map((raw) => readRow(AWARD_LEDGER_TABLE, raw));
  }

  /** The nominee's ledger for a decision: a nomination right after its nominee's results were entered is judged on them. */
  async ledgerFor(nomineeKey: string): Promise<AwardLedger> {
    return ledgerFromRows(await this.entries(nomineeKey));
  }
}
