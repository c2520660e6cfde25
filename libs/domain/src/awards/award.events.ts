import { Stamp } from '../actors/actor';
import { Event } from '../decider/decider';
import { AwardForm, StepLevel } from '../rules/rule-set';
import { AwardDecider } from './award-rules';
import { CouncilOutcome, CouncilVotes } from './council-vote';
import { ConditionReason, EligibilityResult } from './eligibility.result';
import { Achievement, AwardNominee } from './nomination';

/** Records the rule-set version in force and the eligibility found under it, reasons included. */
export type AwardNominated = Event<
  'AwardNominated',
  {
    nominationId: string;
    dossierId?: string;
    nominee: AwardNominee;
    form: AwardForm;
    achievement: Achievement;
    ruleSetVersion: string;
    decidedBy: AwardDecider;
    authority: StepLevel[];
    eligibility: EligibilityResult;
  } & Stamp
>;

/** A reviewer with authority let an ineligible nomination go ahead; `failed` repeats what was overridden. */
export type EligibilityOverridden = Event<
  'EligibilityOverridden',
  { nominationId: string; justification: string; failed: ConditionReason[] } & Stamp
>;

/** The vote and what it decided under the recorded rule set's council rule; `no_quorum` leaves the nomination open. */
export type CouncilVoteRecorded = Event<
  'CouncilVoteRecorded',
  {
    nominationId: string;
    councilOrgId: string;
    votes: CouncilVotes;
    present: number;
    quorate: boolean;
    outcome: CouncilOutcome;
    decisionRef?: string;
  } & Stamp
>;

export type AwardRevoked = Event<'AwardRevoked', { nominationId: string; reason: string; decisionRef?: string } & Stamp>;

export type NominationWithdrawn = Event<'NominationWithdrawn', { nominationId: string; reason?: string } & Stamp>;

export type AwardEvent = AwardNominated | EligibilityOverridden | CouncilVoteRecorded | AwardRevoked | NominationWithdrawn;

export const AWARD_EVENT_TYPES: readonly AwardEvent['type'][] = [
  'AwardNominated',
  'EligibilityOverridden',
  'CouncilVoteRecorded',
  'AwardRevoked',
  'NominationWithdrawn',
];
