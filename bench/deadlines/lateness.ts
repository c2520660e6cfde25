import { Pool } from 'pg';
import { DeadlinePolicies } from '@app/domain';
import { percentile } from '../support/figures';

export interface EscalationFigures {
  escalations: number;
  /** Escalation events beyond the first of each (dossier, round, step, attempt): must be 0. */
  duplicates: number;
  /** Recorded minus due, in milliseconds. Negative would mean fired early. */
  lateness: { min: number; p50: number; p99: number; max: number };
}

/**
 * From the store itself: every escalation recorded (ReviewEscalated or, with no one left above,
 * ReviewOverdue), how late it was recorded against the moment it was due, and whether any
 * escalation of a step and attempt was recorded twice.
 */
export async function escalationFigures(pool: Pool, policies: DeadlinePolicies): Promise<EscalationFigures> {
  const { rows } = await pool.query<{ stream: string; data: { round: number; step: number; attempt: number; dueAt: string }; recorded: Date }>(
    `SELECT stream_name AS stream, data, recorded_at AS recorded
       FROM es_events WHERE type IN ('ReviewEscalated', 'ReviewOverdue')`,
  );
  const versions = await ruleSetVersions(pool);
  const seen = new Set<string>();
  let duplicates = 0;
  const lateness: number[] = [];
  for (const row of rows) {
    const key = `${row.stream}/${row.data.round}.${row.data.step}.${row.data.attempt}`;
    if (seen.has(key)) duplicates += 1;
    seen.add(key);
    const due = policies(versions.get(row.stream)!).escalationAt(row.data.dueAt, row.data.attempt);
    lateness.push(row.recorded.getTime() - Date.parse(due));
  }
  lateness.sort((a, b) => a - b);
  return {
    escalations: rows.length,
    duplicates,
    lateness: { min: lateness[0] ?? NaN, p50: percentile(lateness, 50), p99: percentile(lateness, 99), max: lateness[lateness.length - 1] ?? NaN },
  };
}

/** The rule-set version each dossier runs under, from its submission (no migrations in the bench). */
async function ruleSetVersions(pool: Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ stream: string; version: string }>(
    `SELECT stream_name AS stream, data->>'ruleSetVersion' AS version FROM es_events WHERE type = 'DossierSubmitted'`,
  );
  return new Map(rows.map((row) => [row.stream, row.version]));
}
