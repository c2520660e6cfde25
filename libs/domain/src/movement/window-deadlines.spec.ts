import { deadlineClock, vietnamWorkingCalendar } from '../calendar';
import { fold } from '../decider/decider';
import { deadlinePolicy } from '../dossiers/deadlines/deadline-policy';
import { DEFAULT_RULE_SETS, millisecondRuleSet, ruleSetInForce } from '../rules';
import { missingPlans } from './missing-plans';
import { movementDecider } from './movement.decide';
import { MovementEvent, SubmissionWindowSet } from './movement.events';
import { scopedWindows } from './submission-windows';
import { launched, MOC, NATIONAL } from './testing/movement-history.fixture';
import { movementOrgs } from './testing/movement-orgs.fixture';
import { pendingWindowDeadlines, PolicyInForceAt } from './window-deadlines';

const DAY = 24 * 3600 * 1000;
const tree = movementOrgs();
const clock = deadlineClock(vietnamWorkingCalendar());
/** The rules before and after the decree of 1 July 2025, here with a reminder lead of 3 days, then 1. */
const RULE_SETS = [
  millisecondRuleSet(DEFAULT_RULE_SETS[0], { version: 'old', stepMs: 10 * DAY, reminderLeadMs: 3 * DAY, escalationGraceMs: 2 * DAY }),
  millisecondRuleSet(DEFAULT_RULE_SETS[1], { version: 'new', stepMs: 10 * DAY, reminderLeadMs: 1 * DAY, escalationGraceMs: 5 * DAY }),
];
const inForceAt: PolicyInForceAt = (at) => deadlinePolicy(ruleSetInForce(RULE_SETS, new Date(at)), clock);

/** The culture ministry moves its units' window to 15 October on 20 August 2025, after the decree. */
const extended: SubmissionWindowSet = {
  type: 'SubmissionWindowSet',
  data: {
    movementId: MOC.movementId,
    window: { ...MOC.windows[0], dueOn: '2025-10-15' },
    previousDueOn: '2025-09-30',
    by: { userId: 'reviewer@moc', role: 'reviewer', orgId: 'moc' },
    at: '2025-08-20T02:00:00.000Z',
  },
};

function pendingFor(orgId: string, ...mocEvents: MovementEvent[]) {
  const states = [fold(movementDecider, [launched(NATIONAL)]), fold(movementDecider, [launched(MOC), ...mocEvents])];
  const missing = missingPlans(tree, new Map(), scopedWindows(states), new Date('2025-06-01T00:00:00.000Z'));
  return states.flatMap((state) => pendingWindowDeadlines(state, missing.filter((m) => m.orgId === orgId), tree, inForceAt));
}

describe('pendingWindowDeadlines under the rule set in force when each window was set', () => {
  it('keeps the rules in force at launch for a window set then, after a new rule set took effect', () => {
    expect(pendingFor('moj')).toEqual([
      expect.objectContaining({ windowId: 'plans-2025-q2', action: 'remind', at: '2025-06-27T16:59:59.999Z' }),
      expect.objectContaining({ windowId: 'plans-2025-q2', action: 'escalate', attempt: 1, at: '2025-06-30T16:59:59.999Z' }),
    ]);
  });

  it('applies the new rules to a window moved after they took effect, from its new due date', () => {
    expect(pendingFor('moc-it')[0]).toMatchObject({ action: 'remind', at: '2025-09-27T16:59:59.999Z' });
    expect(pendingFor('moc-it', extended)).toEqual([
      expect.objectContaining({ windowId: 'unit-plans-2025-q3', dueAt: '2025-10-15T16:59:59.999Z', action: 'remind', at: '2025-10-14T16:59:59.999Z' }),
      expect.objectContaining({ windowId: 'unit-plans-2025-q3', action: 'escalate', attempt: 1, at: '2025-10-15T16:59:59.999Z' }),
    ]);
  });

  it('spaces later escalations by the grace of the rules the window was set under', () => {
    const escalated: MovementEvent = {
      type: 'SubmissionWindowEscalated',
      data: {
        movementId: MOC.movementId,
        windowId: 'unit-plans-2025-q3',
        orgId: 'moc-heritage-records',
        dueAt: '2025-10-15T16:59:59.999Z',
        attempt: 1,
        fromOrgId: 'moc-heritage-records',
        toOrgId: 'moc-heritage',
        by: { userId: 'worker:window-deadline', role: 'system' },
        at: '2025-10-15T17:00:00.000Z',
      },
    };
    expect(pendingFor('moc-heritage-records', extended, escalated)).toEqual([
      expect.objectContaining({ action: 'escalate', attempt: 2, at: '2025-10-20T16:59:59.999Z' }),
    ]);
  });
});
