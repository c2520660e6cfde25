import { Command } from '../decider/decider';
import { AwardForm } from '../rules/rule-set';
import { CouncilVotes } from './council-vote';
import { Achievement, AwardNominee } from './nomination';

/**
 * Nominates a person or collective for a form, for one achievement. Refused with the reasons when
 * the nominee is not eligible under the rules in force — unless `override` carries the written
 * justification of a reviewer of an organisation with authority for the form.
 */
export type NominateForAward = Command<
  'NominateForAward',
  {
    nominationId: string;
    nominee: AwardNominee;
    form: AwardForm;
    achievement: Achievement;
    /** The award nomination dossier carrying it up the chain, when there is one. */
    dossierId?: string;
    override?: { justification: string };
    comment?: string;
  }
>;

/** The council's vote, recorded by a reviewer of the organisation with authority; `decisionRef` names the signed decision. */
export type RecordCouncilVote = Command<
  'RecordCouncilVote',
  { nominationId: string; votes: CouncilVotes; decisionRef?: string; comment?: string }
>;

/** Revokes a granted award (for fraud, an error of the law…). The award stays in the history, marked revoked. */
export type RevokeAward = Command<'RevokeAward', { nominationId: string; reason: string; decisionRef?: string }>;

/** Withdrawn before the council decides; frees the achievement for another nomination. */
export type WithdrawNomination = Command<'WithdrawNomination', { nominationId: string; reason?: string }>;

export type AwardCommand = NominateForAward | RecordCouncilVote | RevokeAward | WithdrawNomination;
