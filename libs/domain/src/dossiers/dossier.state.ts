import { StepDuration } from '../calendar/step-duration';
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
  /**
   * The rule-set version the dossier runs under: the one in force at its first submission, kept
   * for its whole life (resubmissions included) unless an administrator migrates it.
   */
  ruleSetVersion: string;
}

/** An escalation of the open step: `toOrgId` was notified at `at` and may decide in place of the reviewer. */
export interface Escalation {
  attempt: number;
  toOrgId: string;
  at: string;
  /** No organisation was left above `toOrgId`: nothing more to escalate. */
  lastInChain?: true;
}

/** What the open step's deadline has done so far; each key is omitted until it happens. */
export interface StepDeadlineTrack {
  /** When the reviewer was reminded (once per step). */
  remindedAt?: string;
  /** Attempt 1 first. */
  escalations?: readonly Escalation[];
  /** When an escalation fell due with no organisation left above (`ReviewOverdue`). */
  overdueAt?: string;
}

export const HOLD_REASONS = ['discipline', 'investigation', 'complaint', 'other'] as const;
/** For a nomination: a pending discipline, investigation or complaint; `other` needs a note. */
export type HoldReason = (typeof HOLD_REASONS)[number];

export interface Hold {
  since: string;
  reason: HoldReason;
  note?: string;
  /** What was left of the step when its clock stopped. */
  remaining: StepDuration;
}

export type EmptyDossier = { status: 'empty' };
export type DraftDossier = { status: 'draft' } & DossierFacts;
/** Route recorded, first step not opened yet (only ever seen between the two events of a submission). */
export type SubmittedDossier = { status: 'submitted'; review: ReviewRound } & DossierFacts;
/** Step `step` is open, awaiting its reviewer (or an organisation it was escalated to). */
export type InReviewDossier = { status: 'in_review'; review: ReviewRound; step: number; dueAt: string } & StepDeadlineTrack &
  DossierFacts;
/** Step `step` is open but its clock is stopped: no decision and no deadline until released. `dueAt` is the one that stopped. */
export type OnHoldDossier = { status: 'on_hold'; review: ReviewRound; step: number; dueAt: string; hold: Hold } & StepDeadlineTrack &
  DossierFacts;
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
  | OnHoldDossier
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
    case 'on_hold':
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
