import { fold } from '../decider/decider';
import { deadlinePolicy } from '../dossiers/deadlines/deadline-policy';
import { deadlineClock, vietnamWorkingCalendar } from '../calendar';
import { DEFAULT_RULE_SETS } from '../rules';
import { missingPlans } from './missing-plans';
import { movementDecider } from './movement.decide';
import { MovementEvent } from './movement.events';
import { PlanTree } from './plan-tree';
import { scopedWindows } from './submission-windows';
import { launched, MOC, MOJ, NATIONAL } from './testing/movement-history.fixture';
import { movementOrgs } from './testing/movement-orgs.fixture';
import { planCreated, planIn, planPayload } from './testing/plan-dossiers.fixture';
import { pendingWindowDeadlines } from './window-deadlines';

const tree = movementOrgs();
const state = (...events: MovementEvent[]) => fold(movementDecider, events);
const movements = [state(launched(NATIONAL)), state(launched(MOC)), state(launched(MOJ))];
const windows = scopedWindows(movements);
const plans = PlanTree.fromEvents([
  ...planIn('p-moc', 'moc', 'national', '2025-06-20T02:00:00.000Z'),
  ...planIn('p-hanoi', 'hanoi', 'national', '2025-07-03T02:00:00.000Z'),
  ...planIn('p-heritage', 'moc-heritage', '4030/KH-BVHTTDL', '2025-09-10T02:00:00.000Z'),
  planCreated('p-it', 'moc-it', planPayload('4030/KH-BVHTTDL'), '2025-09-12T02:00:00.000Z'),
]).plansByOrg();
const summary = (now: string) =>
  missingPlans(tree, plans, windows, new Date(now)).map((m) => `${m.orgId}:${m.windowId}:${m.overdue ? 'overdue' : 'open'}`);

describe('missingPlans', () => {
  it('lists ministries and provinces without a plan after the Q2 2025 window, and the ministry’s units in their Q3 window', () => {
    expect(summary('2025-07-01T02:00:00.000Z')).toEqual([
      'camau:plans-2025-q2:overdue',
      'hanoi:plans-2025-q2:overdue',
      'moj:plans-2025-q2:overdue',
      'moc-heritage:unit-plans-2025-q3:open',
      'moc-heritage-records:unit-plans-2025-q3:open',
      'moc-it:unit-plans-2025-q3:open',
      'moc-personnel:unit-plans-2025-q3:open',
      'camau-justice:dept-plans-2025:open',
    ]);
  });

  it('no longer lists a late plan once it is in, and tells a draft from nothing', () => {
    const after = missingPlans(tree, plans, windows, new Date('2025-10-01T02:00:00.000Z'));
    expect(after.filter((m) => m.overdue).map((m) => [m.orgId, m.latest])).toEqual([
      ['camau', undefined],
      ['moj', undefined],
      ['moc-heritage-records', undefined],
      ['moc-it', 'draft'],
      ['moc-personnel', undefined],
    ]);
  });

  it('lets the nearest window win: a ministry’s later window for its own units overrides a national one', () => {
    const unitsToo = { ...NATIONAL.windows[0], windowId: 'units-2025-q2', appliesTo: { levels: ['unit' as const] } };
    const national = { ...NATIONAL, windows: [...NATIONAL.windows, unitsToo] };
    const both = scopedWindows([state(launched(national)), state(launched(MOC))]);
    const at = missingPlans(tree, new Map(), both, new Date('2025-07-01T02:00:00.000Z'));
    const windowOf = (orgId: string) => at.find((m) => m.orgId === orgId)?.windowId;
    expect(windowOf('moc-it')).toBe('unit-plans-2025-q3');
    expect(windowOf('camau-justice')).toBe('units-2025-q2');
    expect(windowOf('hanoi-a')).toBe('units-2025-q2');
  });

  it('is due at the end of the day in Viet Nam', () => {
    const [first] = missingPlans(tree, plans, windows, new Date('2025-06-30T16:59:59.999Z'));
    expect(first).toMatchObject({ orgId: 'camau', dueAt: '2025-06-30T16:59:59.999Z', overdue: false });
    expect(missingPlans(tree, plans, windows, new Date('2025-06-30T17:00:00.000Z'))[0].overdue).toBe(true);
  });
});

describe('pendingWindowDeadlines', () => {
  const policy = deadlinePolicy(DEFAULT_RULE_SETS[1], deadlineClock(vietnamWorkingCalendar()));

  it('reminds before the due date and escalates at it, like a review step', () => {
    const missing = missingPlans(tree, plans, windows, new Date('2025-09-20T02:00:00.000Z')).filter((m) => m.orgId === 'moc-it');
    const key = { movementId: 'moc-2025', windowId: 'unit-plans-2025-q3', orgId: 'moc-it', dueAt: '2025-09-30T16:59:59.999Z' };
    expect(pendingWindowDeadlines(movements[1], missing, tree, policy)).toEqual([
      { ...key, action: 'remind', attempt: 1, at: '2025-09-26T16:59:59.999Z' },
      { ...key, action: 'escalate', attempt: 1, at: '2025-09-30T16:59:59.999Z' },
    ]);
  });

  it('has nothing for another movement’s windows or once the chain above is exhausted', () => {
    const missing = missingPlans(tree, plans, windows, new Date('2025-07-01T02:00:00.000Z'));
    expect(pendingWindowDeadlines(movements[1], missing.filter((m) => m.movementId === 'national'), tree, policy)).toEqual([]);
    const escalated: MovementEvent = {
      type: 'SubmissionWindowEscalated',
      data: {
        movementId: 'national',
        windowId: 'plans-2025-q2',
        orgId: 'camau',
        dueAt: '2025-06-30T16:59:59.999Z',
        attempt: 1,
        fromOrgId: 'camau',
        toOrgId: 'central',
        lastInChain: true,
        by: { userId: 'worker:deadline', role: 'system' },
        at: '2025-07-01T00:00:00.000Z',
      },
    };
    const national = state(launched(NATIONAL), escalated);
    expect(pendingWindowDeadlines(national, missing, tree, policy).filter((p) => p.orgId === 'camau')).toEqual([]);
  });
});
