import { AwardForm, StepLevel } from '../rules/rule-set';
import { AwardDecider } from './award-rules';
import { CouncilOutcome, CouncilVotes } from './council-vote';
import { EligibilityResult } from './eligibility.result';
import { Achievement, AwardNominee } from './nomination';

export interface CouncilVote {
  councilOrgId: string;
  votes: CouncilVotes;
  outcome: CouncilOutcome;
  at: string;
  decisionRef?: string;
}

interface NominationFacts {
  nominationId: string;
  dossierId?: string;
  nominee: AwardNominee;
  form: AwardForm;
  achievement: Achievement;
  ruleSetVersion: string;
  decidedBy: AwardDecider;
  authority: StepLevel[];
  eligibility: EligibilityResult;
  /** Who nominated, and for which organisation. */
  nominatedBy: { userId: string; orgId?: string };
  /** Present when an ineligible nomination went ahead on a reviewer's written justification. */
  override?: { justification: string; by: string; at: string };
  /** Every vote, those without quorum included. */
  votes: CouncilVote[];
}

export type NoNomination = { status: 'none' };
export type OpenNomination = { status: 'nominated' } & NominationFacts;
export type GrantedAward = { status: 'granted'; grantedAt: string } & NominationFacts;
export type RefusedNomination = { status: 'refused' } & NominationFacts;
export type RevokedAward = {
  status: 'revoked';
  grantedAt: string;
  revocation: { reason: string; at: string; decisionRef?: string };
} & NominationFacts;
export type WithdrawnNomination = { status: 'withdrawn' } & NominationFacts;

export type AwardCase = NoNomination | OpenNomination | GrantedAward | RefusedNomination | RevokedAward | WithdrawnNomination;

export const initialAwardState = (): AwardCase => ({ status: 'none' });

export const awardStream = (nominationId: string): string => `award-${nominationId}`;
