import { CouncilRule } from './award-rules';
import { tallyVotes, voteProblems } from './council-vote';
import { DEFAULT_AWARD_RULE_SETS } from './default-award-rule-sets';

const SHIPPED = DEFAULT_AWARD_RULE_SETS[1].council;

describe('council votes', () => {
  it.each([
    ['7 of 9 present, 5 for', { members: 9, for: 5, against: 1, abstain: 1 }, 'granted'],
    ['6 of 9 present (exactly two thirds), 5 for', { members: 9, for: 5, against: 1, abstain: 0 }, 'granted'],
    ['7 of 9 present, 4 for: not more than half of the members', { members: 9, for: 4, against: 2, abstain: 1 }, 'refused'],
    ['5 of 9 present: no quorum, however they voted', { members: 9, for: 5, against: 0, abstain: 0 }, 'no_quorum'],
  ])('%s → %s under the shipped example rule', (_case, votes, outcome) => expect(tallyVotes(votes, SHIPPED).outcome).toBe(outcome));

  it('counts the approval share of those present when configured so, at or above it', () => {
    const rule: CouncilRule = { ...SHIPPED, approval: { share: { numerator: 7, denominator: 10 }, of: 'present', strictlyMore: false } };
    const tally = tallyVotes({ members: 15, for: 7, against: 3, abstain: 0 }, rule);
    expect(tally).toEqual({ present: 10, quorate: true, approved: true, outcome: 'granted' });
    expect(tallyVotes({ members: 15, for: 6, against: 3, abstain: 1 }, rule).outcome).toBe('refused');
  });

  it('refuses impossible counts', () => {
    expect(voteProblems({ members: 5, for: 3, against: 3, abstain: 0 })).toBe('more votes than members');
    expect(voteProblems({ members: 0, for: 0, against: 0, abstain: 0 })).toBeDefined();
    expect(voteProblems({ members: 5, for: 2.5, against: 0, abstain: 0 })).toBeDefined();
    expect(voteProblems({ members: 5, for: 3, against: 1, abstain: 1 })).toBeUndefined();
  });
});
