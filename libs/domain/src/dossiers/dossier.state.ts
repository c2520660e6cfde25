import { AuthorityLevels } from '../rules/rule-set';
import { RouteStep } from '../routing/route';
import { DossierContent } from './payloads/dossier-content';

interface DossierFacts {
  dossierId: string;
  /** The dossier's own unit: its submitters author it; the route starts at its parent. */
  orgId: string;
  content: DossierContent;
}

/** One submission: the route and rule-set version recorded when it was submitted. */
export interface ReviewRound {
  round: number;
  route: RouteStep[];
  /** The levels that may decide, from the authority policy in force at submission. */
  authorityLevels: AuthorityLevels;
  ruleSetVersion: string;
}

export type EmptyDossier = { status: 'empty' };
export type DraftDossier = { status: 'draft' } & DossierFacts;
/** Route recorded, first step not opened yet (only ever seen between the two events of a submission). */
export type SubmittedDossier = { status: 'submitted'; review: ReviewRound } & DossierFacts;
/** Step `step` is open, awaiting its reviewer. */
export type InReviewDossier = { status: 'in_review'; review: ReviewRound; step: number; dueAt: string } & DossierFacts;
/** Step `step` approved; the advance worker opens the next step or records the final approval. */
export type StepApprovedDossier = { status: 'step_approved'; review: ReviewRound; step: number } & DossierFacts;
export type ReturnedDossier = { status: 'returned'; review: ReviewRound; step: number; reason: string } & DossierFacts;
export type RejectedDossier = { status: 'rejected'; review: ReviewRound; step: number; reason: string } & DossierFacts;
export type ApprovedDossier = { status: 'approved'; review: ReviewRound } & DossierFacts;
/** `round` 0 when withdrawn before any submission; `approvedThrough` the last approved step of that round (-1: none). */
export type WithdrawnDossier = { status: 'withdrawn'; round: number; approvedThrough: number } & DossierFacts;

export type Dossier =
  | EmptyDossier
  | DraftDossier
  | SubmittedDossier
  | InReviewDossier
  | StepApprovedDossier
  | ReturnedDossier
  | RejectedDossier
  | ApprovedDossier
  | WithdrawnDossier;

export type DossierStatus = Dossier['status'];

export const initialDossierState = (): Dossier => ({ status: 'empty' });

/** After the final decision (approved or rejected) or a withdrawal, nothing more happens. */
export function isClosed(state: Dossier): state is ApprovedDossier | RejectedDossier | WithdrawnDossier {
  return state.status === 'approved' || state.status === 'rejected' || state.status === 'withdrawn';
}

/** The submission round the dossier is in or ended in; 0 before the first submission. */
export function currentRound(state: Dossier): number {
  switch (state.status) {
    case 'empty':
    case 'draft':
      return 0;
    case 'withdrawn':
      return state.round;
    default:
      return state.review.round;
  }
}

/** The highest step approved in the current round; -1 when none. */
export function approvedThrough(state: Dossier): number {
  switch (state.status) {
    case 'empty':
    case 'draft':
    case 'submitted':
      return -1;
    case 'in_review':
    case 'returned':
    case 'rejected':
      return state.step - 1;
    case 'step_approved':
      return state.step;
    case 'approved':
      return state.review.route.length - 1;
    case 'withdrawn':
      return state.approvedThrough;
    default:
      return state satisfies never;
  }
}
