import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';
import { OrgLevel } from '../organisations/org-level';
import { RouteStep } from '../routing/route';
import { AuthorityLevels } from '../rules/rule-set';
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

export type ReviewApproved = Event<
  'ReviewApproved',
  { dossierId: string; round: number; step: number; reviewerOrgId: string } & Stamp
>;

export type DossierReturned = Event<
  'DossierReturned',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; reason: string } & Stamp
>;

export type DossierRejected = Event<
  'DossierRejected',
  { dossierId: string; round: number; step: number; reviewerOrgId: string; reason: string } & Stamp
>;

export type DossierWithdrawn = Event<'DossierWithdrawn', { dossierId: string; round: number; reason?: string } & Stamp>;

/** The final decision, recorded by the advance worker after the last step's approval. */
export type DossierApproved = Event<
  'DossierApproved',
  { dossierId: string; round: number; authorityOrgId: string; authorityLevel: OrgLevel } & Stamp
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
  | DossierApproved;

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
];
