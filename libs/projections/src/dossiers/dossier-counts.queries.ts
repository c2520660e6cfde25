import { Pool } from 'pg';
import { DOSSIER_LIST_STATUSES, DossierListStatus } from './dossier-status';

export interface OrgDossierCounts {
  orgId: string;
  /** Every status present, zero when the organisation has none in it. */
  byStatus: Record<DossierListStatus, number>;
  total: number;
}

export interface ReviewerLoad {
  orgId: string;
  /** Review steps open and waiting on this organisation. */
  inReview: number;
  /** Of those, due before the instant asked about. */
  overdue: number;
}

/** Dashboard figures, computed by PostgreSQL over the dossiers table. */
export class DossierCounts {
  constructor(private readonly pool: Pool) {}

  /** Dossiers per status for each owning organisation (all of them, or only those listed). */
  async byOwner(orgIds?: readonly string[]): Promise<OrgDossierCounts[]> {
    const { rows } = await this.pool.query<{ org_id: string; status: DossierListStatus; count: number }>(
      `SELECT owner_org_id AS org_id, status, count(*)::integer AS count FROM dossiers
        WHERE $1::text[] IS NULL OR owner_org_id = ANY ($1)
        GROUP BY owner_org_id, status
        ORDER BY owner_org_id`,
      [orgIds ?? null],
    );
    const byOrg = new Map<string, OrgDossierCounts>();
    for (const row of rows) {
      let counts = byOrg.get(row.org_id);
      if (!counts) {
        counts = { orgId: row.org_id, byStatus: zeroCounts(), total: 0 };
        byOrg.set(row.org_id, counts);
      }
      counts.byStatus[row.status] = row.count;
      counts.total += row.count;
    }
    return [...byOrg.values()];
  }

  /**
   * Open review steps per reviewing organisation, and how many are overdue at `now`. Held steps
   * (stage `on_hold`) are left out of both: their clock is stopped and nobody can decide them.
   */
  async reviewLoad(now: Date): Promise<ReviewerLoad[]> {
    const { rows } = await this.pool.query<{ org_id: string; in_review: number; overdue: number }>(
      `SELECT current_reviewer_org_id AS org_id, count(*)::integer AS in_review,
              (count(*) FILTER (WHERE due_at < $1))::integer AS overdue
         FROM dossiers WHERE stage = 'in_review'
        GROUP BY current_reviewer_org_id
        ORDER BY current_reviewer_org_id`,
      [now],
    );
    return rows.map((row) => ({ orgId: row.org_id, inReview: row.in_review, overdue: row.overdue }));
  }
}

function zeroCounts(): Record<DossierListStatus, number> {
  return Object.fromEntries(DOSSIER_LIST_STATUSES.map((status) => [status, 0])) as Record<DossierListStatus, number>;
}
