import { fold, missingPlans, movementDecider, PlanTree, scopedWindows } from '@app/domain';
import { launched, MOC, NATIONAL } from '@app/domain/movement/testing/movement-history.fixture';
import { movementOrgs } from '@app/domain/movement/testing/movement-orgs.fixture';
import { planIn } from '@app/domain/movement/testing/plan-dossiers.fixture';
import { RecordedEvent } from '@app/event-store';
import { FireWindowDeadlineJob } from '@app/queue';
import { RuleBook } from '@app/workflow/deadlines/rule-book';
import { WindowDeadlineScheduler } from './window-deadline-scheduler';
import { windowJobsForEvent } from './window-jobs-for-event';

const tree = movementOrgs();
const movements = [fold(movementDecider, [launched(NATIONAL)]), fold(movementDecider, [launched(MOC)])];
const plans = PlanTree.fromEvents(planIn('p-heritage', 'moc-heritage', '4030/KH-BVHTTDL', '2025-09-10T02:00:00.000Z')).plansByOrg();

function schedulerAt(now: string) {
  const scheduled: FireWindowDeadlineJob[] = [];
  const scheduler = new WindowDeadlineScheduler({
    facts: { at: async (at) => ({ tree, movements, missing: missingPlans(tree, plans, scopedWindows(movements), at) }) },
    rules: new RuleBook(),
    jobs: { schedule: async (deadlines) => (scheduled.push(...deadlines), { added: deadlines.length, moved: 0, replaced: 0, unchanged: 0 }) },
    now: () => new Date(now),
  });
  return { scheduler, scheduled };
}

describe('WindowDeadlineScheduler', () => {
  it('schedules the named movement’s deadlines for each organisation still without a plan', async () => {
    const { scheduler, scheduled } = schedulerAt('2025-09-20T02:00:00.000Z');
    expect(await scheduler.reschedule(['moc-2025'])).toMatchObject({ movements: 1, deadlines: 6, added: 6 });
    expect(new Set(scheduled.map((deadline) => deadline.orgId))).toEqual(new Set(['moc-heritage-records', 'moc-it', 'moc-personnel']));
    expect(scheduled.filter((deadline) => deadline.orgId === 'moc-it').map(({ action, attempt }) => `${action}.${attempt}`)).toEqual(['remind.1', 'escalate.1']);
  });

  it('schedules no reminder once the window has passed: it would never be sent', async () => {
    const { scheduler, scheduled } = schedulerAt('2025-10-02T02:00:00.000Z');
    await scheduler.reschedule();
    expect(scheduled.some((deadline) => deadline.action === 'remind')).toBe(false);
    expect(scheduled.filter((deadline) => deadline.orgId === 'moj').map(({ movementId, action, attempt }) => [movementId, action, attempt])).toEqual([
      ['national', 'escalate', 1],
    ]);
  });
});

describe('windowJobsForEvent', () => {
  const recorded = (type: string, stream = 'movement-moc-2025'): RecordedEvent =>
    ({ id: '6d1f0c1e-8a43-4d6e-9b0a-2f5c7e9d1a35', stream, type, data: { movementId: 'moc-2025' } }) as RecordedEvent;

  it.each(['MovementLaunched', 'SubmissionWindowSet', 'SubmissionWindowReminderSent', 'SubmissionWindowEscalated'])('schedules after %s', (type) =>
    expect(windowJobsForEvent(recorded(type))).toEqual([
      { name: 'schedule-window-deadlines', data: { eventId: '6d1f0c1e-8a43-4d6e-9b0a-2f5c7e9d1a35', movementId: 'moc-2025' } },
    ]));

  it('has nothing to schedule after a closing or any other event', () => {
    expect(windowJobsForEvent(recorded('MovementClosed'))).toEqual([]);
    expect(windowJobsForEvent(recorded('DossierSubmitted', 'dossier-1'))).toEqual([]);
  });
});
