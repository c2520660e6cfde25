import { Stamp } from '../actors/actor';
import { StepDuration } from '../calendar/step-duration';
import { Event } from '../decider/decider';
import { OrgLevel } from '../organisations/org-level';
import { RouteStep } from '../routing/route';
import { AuthorityLevels } from '../rules/rule-set';
import { HoldReason } from './dossier.state';
import { DossierContent, DossierPayload } from './payloads/dossier-content';

/**
 * Every event carries the audit stamp (`by`, `at`, and `comment` when one was given), so the
 * history of a dossier reads from its events alone. `round` counts submissions (1, 2, …; 0 for
 * "never submitted"); `step` indexes the round's route (0 = the submitter's parent).
 */
export type DossierCreated = Event<'DossierCreated', { dossierId: string; orgId: string } & DossierContent & Stamp>;

export type DossierEdited = Event<'DossierEdited', { dossierId: string; payload: DossierPayload } & Stamp>;

export type DossierSubmitted = Event<
  'DossierSubmitted',
  { dossierId: string; round: number; route: RouteStep[]; authorityLevels: AuthorityLevels; ruleSetVersion: string } & Stamp
>;

export type ReviewRequested = Event<
  'ReviewRequested',
  {
    dossierId: string;
    round: number;
    step: number;
    reviewerOrgId: string;
    level: OrgLevel;
    dueAt: string;
    ruleSetVersion: string;
  } & Stamp
>;

/**
 * A review decision. `reviewerOrgId` is always the step's own reviewer; when a reviewer of an
 * organisation the step was escalated to decided in its place, `by` names that reviewer and
 * `actingFor` repeats the silent organisation.
 */
export type ReviewApproved = Event<
  'ReviewApproved',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; actingFor?: string } & Stamp
>;

export type DossierReturned = Event<
  'DossierReturned',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; reason: string; actingFor?: string } & Stamp
>;

export type DossierRejected = Event<
  'DossierRejected',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; reason: string; actingFor?: string } & Stamp
>;

export type DossierWithdrawn = Event<'DossierWithdrawn', { dossierId: string; round: number; reason?: string } & Stamp>;

/** The final decision, recorded by the advance worker after the last step's approval. */
export type DossierApproved = Event<
  'DossierApproved',
  { dossierId: string; round: number; authorityOrgId: string; authorityLevel: OrgLevel } & Stamp
>;

/** The open step's reviewer was reminded before its due date (once per step). */
export type ReviewReminderSent = Event<
  'ReviewReminderSent',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; dueAt: string } & Stamp
>;

/**
 * The step fell due (attempt 1) or the last organisation notified stayed silent past the grace
 * period (attempt 2, …): `toOrgId`, the next organisation above, is notified and may decide in
 * place of the reviewer. `fromOrgId` is the organisation that stayed silent (the reviewer, then
 * the previous escalation's target). `nextEscalationAt` is present when someone is left above.
 */
export type ReviewEscalated = Event<
  'ReviewEscalated',
  {
    dossierId: string;
    round: number;
    step: number;
    attempt: number;
    reviewerOrgId: string;
    fromOrgId: string;
    toOrgId: string;
    dueAt: string;
    nextEscalationAt?: string;
  } & Stamp
>;

/**
 * An escalation fell due with no organisation left above the last one notified: the step stays
 * open and overdue, and nothing more is scheduled for it (workers alert administrators).
 */
export type ReviewOverdue = Event<
  'ReviewOverdue',
  { dossierId: string; round: number; step: number; attempt: number; reviewerOrgId: string; silentOrgId: string; dueAt: string } & Stamp
>;

/** A consultation step's reviewer stayed silent until the due date: counts as an approval. */
export type ReviewConsentedBySilence = Event<
  'ReviewConsentedBySilence',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; dueAt: string } & Stamp
>;

/** The open step's clock stops; `remaining` is what was left of it, `dueAt` the due date that stopped. */
export type DossierPutOnHold = Event<
  'DossierPutOnHold',
  {
    dossierId: string;
    round: number;
    step: number;
    reviewerOrgId: string;
    reason: HoldReason;
    note?: string;
    remaining: StepDuration;
    dueAt: string;
  } & Stamp
>;

/** The held step's clock restarts with a new due date. */
export type DossierReleased = Event<
  'DossierReleased',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; dueAt: string } & Stamp
>;

/**
 * An administrator moved the dossier to another rule-set version; later steps (and a resubmission)
 * use it. `dueAt` is the open step's new due date, present when a step was running.
 */
export type DossierRuleSetMigrated = Event<
  'DossierRuleSetMigrated',
  { dossierId: string; round: number; fromVersion: string; toVersion: string; dueAt?: string } & Stamp
>;

export type DossierEvent =
  | DossierCreated
  | DossierEdited
  | DossierSubmitted
  | ReviewRequested
  | ReviewApproved
  | DossierReturned
  | DossierRejected
  | DossierWithdrawn
  | DossierApproved
  | ReviewReminderSent
  | ReviewEscalated
  | ReviewOverdue
  | ReviewConsentedBySilence
  | DossierPutOnHold
  | DossierReleased
  | DossierRuleSetMigrated;

export const DOSSIER_EVENT_TYPES: readonly DossierEvent['type'][] = [
  'DossierCreated',
  'DossierEdited',
  'DossierSubmitted',
  'ReviewRequested',
  'ReviewApproved',
  'DossierReturned',
  'DossierRejected',
  'DossierWithdrawn',
  'DossierApproved',
  'ReviewReminderSent',
  'ReviewEscalated',
  'ReviewOverdue',
  'ReviewConsentedBySilence',
  'DossierPutOnHold',
  'DossierReleased',
  'DossierRuleSetMigrated',
];
