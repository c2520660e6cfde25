import { Pool } from 'pg';
import { DossierKind, OrgLevel } from '@app/domain';
import { InvalidReadQuery } from '../dossiers/read-query.errors';
import { READ_MODELS_CHECKPOINT } from '../read-models';
import { readRow, selectList } from '../runner/row-table';
import { DEADLINE_STEP_COLUMNS, DeadlineStep } from './deadline-step';
import { OverdueReport, overdueReport } from './overdue-report';

export interface OverdueQuery {
  /** Only steps this organisation reviews or was escalated to. */
  orgId?: string;
  now: Date;
  /** The working calendar's count (e.g. `vietnamWorkingCalendar().workingDaysBetween`). */
  workingDaysBetween: (a: Date, b: Date) => number;
  /** Most steps returned (default 100, at most 1000); the counts always cover every step. */
  limit?: number;
}

export interface UpcomingQuery {
  /** Only steps this organisation reviews or was escalated to. */
  orgId?: string;
  now: Date;
  /** Due at or before this instant. */
  within: Date;
  /** Most steps returned (default 100, at most 1000). */
  limit?: number;
}

export interface OpenStepsQuery {
  /** The last dossier id of the previous page. */
  afterId?: string;
  /** Page size, at most 1000. */
  limit: number;
}

export interface OpenStepKey {
  dossierId: string;
  round: number;
  step: number;
}

/** A page of running steps with what their deadlines depend on, and how current the read model is. */
export interface OpenStepDeadlinesPage {
  /**
   * The read models' checkpoint as of the rows: each row holds every event up to it, and none
   * after (-1 before the first batch). A dossier with events after it may differ from its row.
   */
  through: number;
  steps: OpenStepDeadlineRow[];
}

/**
 * The facts of `pendingDeadlinesOfStep` as the `dossiers` read model holds them. It does not hold
 * whether the last escalation reached the top of the hierarchy: with `escalations` above 0, the
 * dossier's stream tells.
 */
export interface OpenStepDeadlineRow {
  dossierId: string;
  round: number;
  step: number;
  kind: DossierKind;
  level: OrgLevel;
  ruleSetVersion: string | null;
  dueAt: string;
  reminded: boolean;
  escalations: number;
  overdue: boolean;
}

/**
 * Gauges for one organisation (every active one is listed, at zero when nothing concerns it, so a
 * gauge that drops to zero is still reported). `level` is the organisation's level, which never
 * changes after registration; null only for an organisation the read side does not know.
 */
export interface DeadlineMetrics {
  level: OrgLevel | null;
  orgId: string;
  /** Steps open and running (held ones excluded) with this organisation as reviewer. */
  openReviews: number;
  /** Of those, due before `now`. */
  overdueReviews: number;
  /** Steps of this organisation whose clock is stopped by a hold. */
  heldReviews: number;
  /** Escalations ever recorded of this organisation's review steps (every attempt counts). */
  escalations: number;
  /** Times this organisation was notified to decide in place of a silent reviewer. */
  escalationsReceived: number;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const STEP_COLUMNS = selectList(DEADLINE_STEP_COLUMNS);
/** A running step: held steps (stage `on_hold`) have no deadline until released. */
const OPEN_STEP = `stage = 'in_review'`;
/** `$n` is the organisation: its own steps, and those escalated to it (served by the GIN index). */
const CONCERNS = (n: number) => `($${n}::text IS NULL OR current_reviewer_org_id = $${n} OR escalated_to @> ARRAY[$${n}::text])`;

/** Deadlines of open review steps, for dashboards, the deadline reconciler and metrics. */
export class DeadlineQueries {
  constructor(
    private readonly pool: Pool,
    /** The checkpoint of the runner that keeps `dossiers` (another name only in benchmarks). */
    private readonly readModelsCheckpoint: string = READ_MODELS_CHECKPOINT,
  ) {}

  /** Open steps due before `now`, bucketed by working days late, with counts per organisation and bucket. */
  async overdue(query: OverdueQuery): Promise<OverdueReport> {
    const now = instant(query.now, 'now');
    const { rows } = await this.pool.query(
      `SELECT ${STEP_COLUMNS} FROM dossiers
        WHERE ${OPEN_STEP} AND due_at < $1 AND ${CONCERNS(2)}
        ORDER BY due_at, id`,
      [now, query.orgId ?? null],
    );
    const steps = rows.map((raw) => readRow(DEADLINE_STEP_COLUMNS, raw));
    return overdueReport(steps, {
      now,
      workingDaysBetween: query.workingDaysBetween,
      limit: limitOf(query.limit, DEFAULT_LIMIT),
      orgId: query.orgId,
    });
  }

  /** Open steps due from `now` (not yet overdue) up to `within`, soonest first. */
  async upcoming(query: UpcomingQuery): Promise<DeadlineStep[]> {
    const { rows } = await this.pool.query(
      `SELECT ${STEP_COLUMNS} FROM dossiers
        WHERE ${OPEN_STEP} AND due_at >= $1 AND due_at <= $2 AND ${CONCERNS(3)}
        ORDER BY due_at, id
        LIMIT $4`,
      [instant(query.now, 'now'), instant(query.within, 'within'), query.orgId ?? null, limitOf(query.limit, DEFAULT_LIMIT)],
    );
    return rows.map((raw) => readRow(DEADLINE_STEP_COLUMNS, raw));
  }

  /**
   * Every running step, a page at a time in dossier id order: pass the last `dossierId` as
   * `afterId` until a page comes back shorter than `limit`. The reconciler re-reads each dossier's
   * stream before it schedules anything, so a page a little behind the log does no harm.
   */
  async openSteps(query: OpenStepsQuery): Promise<OpenStepKey[]> {
    const { rows } = await this.pool.query<{ id: string; round: number; current_step: number }>(
      `SELECT id, round, current_step FROM dossiers
        WHERE ${OPEN_STEP} AND ($1::text IS NULL OR id > $1)
        ORDER BY id
        LIMIT $2`,
      [query.afterId ?? null, limitOf(query.limit)],
    );
    return rows.map((row) => ({ dossierId: row.id, round: row.round, step: row.current_step }));
  }

  /**
   * Every running step with its deadline facts, a page at a time in dossier id order (pass the
   * last `dossierId` as `afterId`), read in one statement with the checkpoint the rows are
   * current to: the deadline reconciler derives the delayed jobs from these rows and reads the
   * streams of only the dossiers written since.
   */
  async openStepDeadlines(query: OpenStepsQuery): Promise<OpenStepDeadlinesPage> {
    const { rows } = await this.pool.query<{
      through: string;
      id: string | null;
      round: number;
      current_step: number;
      kind: DossierKind;
      current_level: OrgLevel;
      rule_set_version: string | null;
      due_at: Date;
      reminded: boolean;
      escalation_attempts: number;
      overdue: boolean;
    }>(
      `WITH checkpoint AS (SELECT coalesce((SELECT position FROM checkpoints WHERE name = $3), -1) AS through)
       SELECT checkpoint.through, page.* FROM checkpoint LEFT JOIN LATERAL (
         SELECT id, round, current_step, kind, current_level, rule_set_version, due_at,
                reminded_at IS NOT NULL AS reminded, escalation_attempts, overdue_recorded_at IS NOT NULL AS overdue
           FROM dossiers
          WHERE ${OPEN_STEP} AND ($1::text IS NULL OR id > $1)
          ORDER BY id
          LIMIT $2
       ) page ON true
       ORDER BY page.id`,
      [query.afterId ?? null, limitOf(query.limit), this.readModelsCheckpoint],
    );
    return {
      through: Number(rows[0].through),
      steps: rows
        .filter((row) => row.id !== null)
        .map((row) => ({
          dossierId: row.id!,
          round: row.round,
          step: row.current_step,
          kind: row.kind,
          level: row.current_level,
          ruleSetVersion: row.rule_set_version,
          dueAt: row.due_at.toISOString(),
          reminded: row.reminded,
          escalations: row.escalation_attempts,
          overdue: row.overdue,
        })),
    };
  }

  /** Per organisation and level: open, overdue and held reviews at `now`, and escalations so far. */
  async metrics(now: Date): Promise<DeadlineMetrics[]> {
    const { rows } = await this.pool.query<{
      level: OrgLevel | null;
      org_id: string;
      open_reviews: number;
      overdue_reviews: number;
      held_reviews: number;
      escalations: number;
      escalations_received: number;
    }>(
      `WITH steps AS (
         SELECT current_reviewer_org_id AS org_id, min(current_level) AS level,
                count(*) FILTER (WHERE stage = 'in_review') AS open_reviews,
                count(*) FILTER (WHERE stage = 'in_review' AND due_at < $1) AS overdue_reviews,
                count(*) FILTER (WHERE stage = 'on_hold') AS held_reviews
           FROM dossiers WHERE stage IN ('in_review', 'on_hold')
          GROUP BY current_reviewer_org_id
       ), escalated AS (
         SELECT reviewer_org_id AS org_id, count(*) AS escalations FROM escalations GROUP BY reviewer_org_id
       ), received AS (
         SELECT to_org_id AS org_id, count(*) AS escalations_received FROM escalations GROUP BY to_org_id
       ), orgs AS (
         SELECT id AS org_id FROM org_units WHERE status = 'active'
         UNION SELECT org_id FROM steps UNION SELECT org_id FROM escalated UNION SELECT org_id FROM received
       )
       SELECT COALESCE(o.level, steps.level) AS level, orgs.org_id,
              COALESCE(steps.open_reviews, 0)::integer AS open_reviews,
              COALESCE(steps.overdue_reviews, 0)::integer AS overdue_reviews,
              COALESCE(steps.held_reviews, 0)::integer AS held_reviews,
              COALESCE(escalated.escalations, 0)::integer AS escalations,
              COALESCE(received.escalations_received, 0)::integer AS escalations_received
         FROM orgs
         LEFT JOIN org_units o ON o.id = orgs.org_id
         LEFT JOIN steps USING (org_id)
         LEFT JOIN escalated USING (org_id)
         LEFT JOIN received USING (org_id)
        ORDER BY orgs.org_id`,
      [instant(now, 'now')],
    );
    return rows.map((row) => ({
      level: row.level,
      orgId: row.org_id,
      openReviews: row.open_reviews,
      overdueReviews: row.overdue_reviews,
      heldReviews: row.held_reviews,
      escalations: row.escalations,
      escalationsReceived: row.escalations_received,
    }));
  }
}

function instant(value: Date, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new InvalidReadQuery(field, 'must be a valid instant');
  return value;
}

/** A whole number within 1..MAX_LIMIT; a missing limit takes the fallback, when there is one. */
function limitOf(limit: number | undefined, fallback?: number): number {
  if (limit === undefined && fallback !== undefined) return fallback;
  if (typeof limit !== 'number' || !Number.isFinite(limit) || limit < 1) throw new InvalidReadQuery('limit', 'must be a number >= 1');
  return Math.min(Math.floor(limit), MAX_LIMIT);
}
