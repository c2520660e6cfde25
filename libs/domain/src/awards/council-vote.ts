import { CouncilRule, Fraction } from './award-rules';

export interface CouncilVotes {
  /** Members of the council (present or not). */
  members: number;
  for: number;
  against: number;
  abstain: number;
}

export type CouncilOutcome = 'granted' | 'refused' | 'no_quorum';

export interface CouncilTally {
  present: number;
  quorate: boolean;
  approved: boolean;
  outcome: CouncilOutcome;
}

/** Problems with the counts: whole numbers, at least one member, no more votes than members. */
export function voteProblems(votes: CouncilVotes): string | undefined {
  const counts = [votes.members, votes.for, votes.against, votes.abstain];
  if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0) || votes.members < 1) return 'whole numbers, at least one member';
  if (votes.for + votes.against + votes.abstain > votes.members) return 'more votes than members';
  return undefined;
}

/**
 * The council's decision under `rule`: those voting (for, against, abstaining) are present; quorum
 * is met when present ≥ quorum × members; the award is granted when `for` reaches the approval
 * share of those present or of all members (strictly above it when `strictlyMore`). Compared in
 * whole numbers, so two thirds is exactly two thirds.
 */
export function tallyVotes(votes: CouncilVotes, rule: CouncilRule): CouncilTally {
  const present = votes.for + votes.against + votes.abstain;
  const quorate = atLeast(present, votes.members, rule.quorum, false);
  const base = rule.approval.of === 'present' ? present : votes.members;
  const approved = quorate && atLeast(votes.for, base, rule.approval.share, rule.approval.strictlyMore);
  return { present, quorate, approved, outcome: !quorate ? 'no_quorum' : approved ? 'granted' : 'refused' };
}

/** part / whole ≥ share (or > when strict). */
function atLeast(part: number, whole: number, share: Fraction, strict: boolean): boolean {
  const left = part * share.denominator;
  const right = share.numerator * whole;
  return strict ? left > right : left >= right;
}
