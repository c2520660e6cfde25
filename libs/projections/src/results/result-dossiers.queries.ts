import { Pool } from 'pg';
import { ApprovedDossierContent, DossierContent } from '@app/domain';
import { READ_MODELS_CHECKPOINT } from '../read-models';
import { readRow, selectList } from '../runner/row-table';
import { RESULT_DOSSIERS_TABLE } from './result-dossier.row';

/** Every approved plan and yearly report, and the log position the read model held them at. */
export interface ApprovedResultsSnapshot {
  /** The last global position the read models had applied (-1 before the first event). */
  position: number;
  approved: ApprovedDossierContent[];
}

export class ResultDossierQueries {
  constructor(private readonly pool: Pool) {}

  /**
   * The approved dossiers and the read models' checkpoint, read in one snapshot: the runner saves
   * its checkpoint in the transaction that writes the rows, so the position says exactly which
   * events the rows reflect, and the same figures can be recomputed from the log up to it.
   */
  async approved(): Promise<ApprovedResultsSnapshot> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // The table first: its lock, held to the end, keeps a replay from swapping it in between.
      const { rows } = await client.query(
        `SELECT ${selectList(RESULT_DOSSIERS_TABLE)} FROM result_dossiers WHERE approved_at IS NOT NULL ORDER BY dossier_id`,
      );
      const checkpoint = await client.query<{ position: string }>('SELECT position FROM checkpoints WHERE name = $1', [READ_MODELS_CHECKPOINT]);
      await client.query('COMMIT');
      const approved = rows.map((raw) => {
        const row = readRow(RESULT_DOSSIERS_TABLE, raw);
        return { dossierId: row.dossierId, orgId: row.orgId, content: { kind: row.kind, payload: row.payload } as DossierContent, approvedAt: row.approvedAt as string };
      });
      return { position: checkpoint.rows.length === 0 ? -1 : Number(checkpoint.rows[0].position), approved };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
