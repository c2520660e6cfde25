import { Command } from '../decider/decider';
import { RouteStep } from '../routing/route';
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

export type DossierCommand =
  | CreateDossier
  | EditDossier
  | SubmitDossier
  | ApproveReview
  | ReturnDossier
  | RejectDossier
  | WithdrawDossier
  | AdvanceDossier;
