import { DEFAULT_RULE_SETS, Dossier, fold, dossierDecider, DossierEvent, millisecondRuleSet } from '@app/domain';
import { approvedAt, created, openAt, returnedAt, submitted } from '@app/domain/testing/fixtures/dossier-history.fixture';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { nextStepDue } from './next-step-due';

const VERSION = 'rules-2025.1';
const history = (events: DossierEvent[]): Dossier => fold(dossierDecider, events);

describe('nextStepDue', () => {
  const now = new Date('2025-09-03T03:00:00.000Z'); // a Wednesday, 10:00 in Viet Nam
  const rules = new RuleBook([...DEFAULT_RULE_SETS, millisecondRuleSet(DEFAULT_RULE_SETS[0], { version: VERSION, effectiveFrom: '2020-01-01', stepMs: 5000, reminderLeadMs: 1000, escalationGraceMs: 1000 })]);

  it('counts the next level’s length under the version the dossier recorded', () => {
    // Step 0 (the department) approved; step 1 is the ministry: 5 s under the recorded version.
    expect(nextStepDue(history(approvedAt(0)), { round: 1, afterStep: 0 }, now, rules)).toBe('2025-09-03T03:00:05.000Z');
  });

  it('counts working days on the Vietnamese calendar under a real rule set', () => {
    const real = new RuleBook();
    const version = DEFAULT_RULE_SETS[DEFAULT_RULE_SETS.length - 1].version;
    const state = history(approvedAt(0)) as Extract<Dossier, { status: 'step_approved' }>;
    const underReal = { ...state, review: { ...state.review, ruleSetVersion: version } };
    // Ministry step of a plan: 7 working days, so more than 7 calendar days once a weekend is skipped.
    const due = nextStepDue(underReal, { round: 1, afterStep: 0 }, now, real);
    expect(due).toBe(real.dueAt(version, 'implementation_plan', 'ministry', now).toISOString());
    expect(Date.parse(due!)).toBeGreaterThan(now.getTime() + 7 * 24 * 3600 * 1000);
  });

  it('is undefined after the last step: the final approval needs no due date', () =>
    expect(nextStepDue(history(approvedAt(2)), { round: 1, afterStep: 2 }, now, rules)).toBeUndefined());

  it('is undefined when the dossier no longer waits at that step', () => {
    expect(nextStepDue(history(openAt(1)), { round: 1, afterStep: 0 }, now, rules)).toBeUndefined();
    expect(nextStepDue(history(returnedAt(1)), { round: 1, afterStep: 0 }, now, rules)).toBeUndefined();
    expect(nextStepDue(history([created(), submitted(1)]), { round: 1, afterStep: 0 }, now, rules)).toBeUndefined();
    expect(nextStepDue(history(approvedAt(0)), { round: 2, afterStep: 0 }, now, rules)).toBeUndefined();
  });

  it('fails, to be retried, when the recorded version is unknown to this installation', () =>
    expect(() => nextStepDue(history(approvedAt(0)), { round: 1, afterStep: 0 }, now, new RuleBook())).toThrow(/unknown rule set version/));
});
