import { ActedBy, systemActor, UserActor } from '../../actors/actor';
import { StepDuration } from '../../calendar/step-duration';
import { byUser, LATER } from '../../testing/fixtures/actors.fixture';
import { dossierContext, DOSSIER_ID, ROUTE, RULES } from '../../testing/fixtures/dossier-history.fixture';
import { DeadlinePolicies, DeadlinePolicy } from '../deadlines/deadline-policy';
import { DossierContext } from '../dossier.decide';
import {
  DossierPutOnHold,
  DossierReleased,
  DossierRuleSetMigrated,
  ReviewConsentedBySilence,
  ReviewEscalated,
  ReviewOverdue,
  ReviewReminderSent,
} from '../dossier.events';
import { HoldReason } from '../dossier.state';

/**
 * Deadlines on a plain day-based test policy: under RULES the reminder comes 2 days before the due
 * date and escalations follow 1 day apart, and the Central Council's step on a plan is a
 * consultation; under NEW_RULES the reminder comes 1 day before, escalations 2 days apart, and
 * there are no consultations. Every step in the history fixture is due at DUE.
 */
export const DUE = LATER; // 2025-06-09T10:00:00.000Z
export const NEW_RULES = 'rules-2026.1';
const DAY = 86_400_000;
export const shift = (iso: string, days: number): string => new Date(Date.parse(iso) + days * DAY).toISOString();
export const at = (iso: string): Date => new Date(iso);

export const REMIND_AT = shift(DUE, -2);
export const ESCALATE_AT = (attempt: number, due = DUE): string => shift(due, attempt - 1);

const POLICIES: Record<string, DeadlinePolicy> = {
  [RULES]: {
    reminderAt: (dueAt) => shift(dueAt, -2),
    escalationAt: (dueAt, attempt) => shift(dueAt, attempt - 1),
    silenceIsConsent: (kind, level) => kind === 'implementation_plan' && level === 'central_council',
  },
  [NEW_RULES]: {
    reminderAt: (dueAt) => shift(dueAt, -1),
    escalationAt: (dueAt, attempt) => shift(dueAt, 2 * (attempt - 1)),
    silenceIsConsent: () => false,
  },
};
export const testPolicies: DeadlinePolicies = (version) => POLICIES[version];
/** The same rules with no consultations at all. */
export const noConsultation: DeadlinePolicies = (version) => ({ ...POLICIES[version], silenceIsConsent: () => false });

export const DEADLINE_WORKER = systemActor('worker:deadline');
const byDeadlineWorker: ActedBy = { userId: DEADLINE_WORKER.userId, role: 'system' };

export const deadlineContext = (): DossierContext => ({ ...dossierContext(), actor: DEADLINE_WORKER, deadlines: testPolicies });

const step = (round: number, s: number) => ({ dossierId: DOSSIER_ID, round, step: s, reviewerOrgId: ROUTE[s].orgId });

export const reminded = (round: number, s: number, when = REMIND_AT, dueAt = DUE): ReviewReminderSent => ({
  type: 'ReviewReminderSent',
  data: { ...step(round, s), dueAt, by: byDeadlineWorker, at: when },
});

export const escalated = (
  round: number,
  s: number,
  attempt: number,
  orgs: { from: string; to: string; next?: string },
  when = ESCALATE_AT(attempt),
  dueAt = DUE,
): ReviewEscalated => ({
  type: 'ReviewEscalated',
  data: {
    ...step(round, s),
    attempt,
    fromOrgId: orgs.from,
    toOrgId: orgs.to,
    dueAt,
    ...(orgs.next ? { nextEscalationAt: orgs.next } : {}),
    by: byDeadlineWorker,
    at: when,
  },
});

export const overdue = (round: number, s: number, attempt: number, silentOrgId: string, when = ESCALATE_AT(attempt)): ReviewOverdue => ({
  type: 'ReviewOverdue',
  data: { ...step(round, s), attempt, silentOrgId, dueAt: DUE, by: byDeadlineWorker, at: when },
});

export const consented = (round: number, s: number, when = DUE): ReviewConsentedBySilence => ({
  type: 'ReviewConsentedBySilence',
  data: { ...step(round, s), dueAt: DUE, by: byDeadlineWorker, at: when },
});

export const HELD_AT = shift(DUE, -4);
export const RELEASED_AT = shift(DUE, 6);
export const DUE_AFTER_HOLD = shift(RELEASED_AT, 4);

export const held = (
  round: number,
  s: number,
  by: UserActor,
  options: { reason?: HoldReason; note?: string; remaining?: StepDuration; when?: string; dueAt?: string } = {},
): DossierPutOnHold => ({
  type: 'DossierPutOnHold',
  data: {
    ...step(round, s),
    reason: options.reason ?? 'complaint',
    ...(options.note ? { note: options.note } : {}),
    remaining: options.remaining ?? { workingDays: 4 },
    dueAt: options.dueAt ?? DUE,
    by: byUser(by),
    at: options.when ?? HELD_AT,
  },
});

export const releasedHold = (round: number, s: number, by: UserActor, dueAt = DUE_AFTER_HOLD, when = RELEASED_AT): DossierReleased => ({
  type: 'DossierReleased',
  data: { ...step(round, s), dueAt, by: byUser(by), at: when },
});

export const migrated = (round: number, by: UserActor, dueAt?: string, when = shift(DUE, -3)): DossierRuleSetMigrated => ({
  type: 'DossierRuleSetMigrated',
  data: { dossierId: DOSSIER_ID, round, fromVersion: RULES, toVersion: NEW_RULES, ...(dueAt ? { dueAt } : {}), by: byUser(by), at: when },
});
