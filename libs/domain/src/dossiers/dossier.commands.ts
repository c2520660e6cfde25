import { StepDuration } from '../calendar/step-duration';
import { Command } from '../decider/decider';
import { RouteStep } from '../routing/route';
import { DeadlineAction } from './deadlines/deadline-policy';
import { HoldReason } from './dossier.state';
import { DossierContent, DossierPayload } from './payloads/dossier-content';

/** Opened by a submitter of `orgId`, which becomes the dossier's own unit. */
export type CreateDossier = Command<'CreateDossier', { dossierId: string; orgId: string; comment?: string } & DossierContent>;

/** Replaces the payload (same kind) while the dossier is a draft or returned for revision. */
export type EditDossier = Command<'EditDossier', { dossierId: string; payload: DossierPayload; comment?: string }>;

/**
 * `route` is computed by the application layer with `computeRoute` from the hierarchy at this
 * moment; `firstDueAt` and `ruleSetVersion` come from the rule set and calendar in force.
 */
export type SubmitDossier = Command<
  'SubmitDossier',
  { dossierId: string; route: RouteStep[]; firstDueAt: string; ruleSetVersion: string; comment?: string }
>;

/** `round` and `step` name the review the reviewer saw, so a stale screen cannot act on a later one. */
export type ApproveReview = Command<'ApproveReview', { dossierId: string; round: number; step: number; comment?: string }>;
export type ReturnDossier = Command<'ReturnDossier', { dossierId: string; round: number; step: number; reason: string }>;
export type RejectDossier = Command<'RejectDossier', { dossierId: string; round: number; step: number; reason: string }>;

export type WithdrawDossier = Command<'WithdrawDossier', { dossierId: string; reason?: string }>;

/**
 * Sent by the advance worker after `ReviewApproved{ round, step: afterStep }`: opens the next step
 * (`dueAt` required) or, after the last step, records the final approval. Idempotent.
 */
export type AdvanceDossier = Command<'AdvanceDossier', { dossierId: string; round: number; afterStep: number; dueAt?: string }>;

/**
 * Sent by the deadline worker when a delayed job fires; job identity is
 * `(dossierId, round, step, action, attempt)` as listed by `pendingDeadlines`. `attempt` numbers the
 * escalations (1 = at the due date, 2 = after one grace period, …); a reminder or a consent is
 * attempt 1. For `escalate`, `escalationChain` is the organisations above the step's reviewer in
 * the hierarchy at this moment, parent first (`orgTree.ancestors(reviewerOrgId)`); it is used once
 * the recorded route above the step is exhausted. Decides [] unless that very deadline is due now.
 */
export type HandleDeadline = Command<
  'HandleDeadline',
  { dossierId: string; round: number; step: number; action: DeadlineAction; attempt: number; escalationChain?: string[] }
>;

/**
 * Stops the open step's clock. `remaining` is what is left of the step now, computed by the
 * application with `deadlineClock.remainingAt(now, dueAt, unit)`.
 */
export type PutDossierOnHold = Command<
  'PutDossierOnHold',
  { dossierId: string; round: number; step: number; reason: HoldReason; note?: string; remaining: StepDuration }
>;

/**
 * Restarts the held step's clock. `dueAt` is computed by the application with
 * `deadlineClock.dueAfterHold({ due, heldAt, releasedAt: now, unit })` (or `dueAt(now, remaining)`).
 */
export type ReleaseDossier = Command<'ReleaseDossier', { dossierId: string; round: number; step: number; dueAt: string; comment?: string }>;

/**
 * An administrator moves a running dossier to another rule-set version; later steps use it. `dueAt`
 * is the open step's due date under the new version, required exactly when a step is running
 * (in review, not on hold) and refused otherwise.
 */
export type MigrateRuleSet = Command<'MigrateRuleSet', { dossierId: string; toVersion: string; dueAt?: string; comment?: string }>;

export type DossierCommand =
  | CreateDossier
  | EditDossier
  | SubmitDossier
  | ApproveReview
  | ReturnDossier
  | RejectDossier
  | WithdrawDossier
  | AdvanceDossier
  | HandleDeadline
  | PutDossierOnHold
  | ReleaseDossier
  | MigrateRuleSet;
