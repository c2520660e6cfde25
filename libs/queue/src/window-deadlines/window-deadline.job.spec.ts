import { JOB_CATALOGUE, jobIdOf, JobRequest } from '../catalogue/job-catalogue';
import { jobOptions } from '../catalogue/job-options';
import { InvalidJobData } from '../processing/permanent-job-failure';

const deadline = {
  movementId: 'moc-2025',
  windowId: 'unit-plans-2025-q3',
  orgId: 'dept-heritage',
  dueAt: '2025-09-30T16:59:59.999Z',
  action: 'escalate' as const,
  attempt: 2,
  at: '2025-10-01T16:59:59.999Z',
};
const fire: JobRequest = { name: 'fire-window-deadline', data: deadline };
const schedule: JobRequest = { name: 'schedule-window-deadlines', data: { eventId: '6D1F0C1E-8A43-4D6E-9B0A-2F5C7E9D1A35', movementId: 'moc-2025' } };

describe('window deadline jobs in the catalogue', () => {
  it('names one deadline by its window, organisation, due date, action and attempt, in a form BullMQ accepts', () => {
    const id = jobIdOf(fire);
    expect(id).toMatch(/^window\.[0-9a-f]{32}\.escalate\.2$/);
    expect(jobIdOf({ ...fire, data: { ...deadline, at: '2025-10-02T00:00:00.000Z' } })).toBe(id);
    expect(jobIdOf({ ...fire, data: { ...deadline, dueAt: '2025-10-15T16:59:59.999Z' } })).not.toBe(id);
    expect(jobIdOf({ ...fire, data: { ...deadline, orgId: 'dept-digital' } })).not.toBe(id);
    expect(id).not.toContain(':');
  });

  it('delays a deadline until its moment and removes it once run; schedules at once and keeps the id of a scheduling', () => {
    const now = new Date('2025-10-01T16:59:54.999Z');
    expect(jobOptions(fire, { attempts: 4, backoffMs: 50 }, now)).toMatchObject({ delay: 5000, removeOnComplete: true });
    expect(jobOptions(schedule, { attempts: 4, backoffMs: 50 }, now)).toMatchObject({
      jobId: 'window-schedule.6d1f0c1e-8a43-4d6e-9b0a-2f5c7e9d1a35',
      removeOnComplete: { age: 3 * 24 * 3600, count: 50_000 },
    });
    expect(jobOptions(schedule, { attempts: 4, backoffMs: 50 }, now)).not.toHaveProperty('delay');
  });

  it('accepts the payloads it describes', () => {
    expect(JOB_CATALOGUE['fire-window-deadline'].parse(deadline)).toEqual(deadline);
    expect(JOB_CATALOGUE['schedule-window-deadlines'].parse(schedule.data)).toEqual({ ...schedule.data, eventId: '6d1f0c1e-8a43-4d6e-9b0a-2f5c7e9d1a35' });
  });

  it.each([
    ['a movement id that could not name a stream', 'fire-window-deadline', { ...deadline, movementId: 'moc 2025' }, 'movementId'],
    ['an action windows do not have', 'fire-window-deadline', { ...deadline, action: 'consent' }, 'action'],
    ['attempt 0', 'fire-window-deadline', { ...deadline, attempt: 0 }, 'attempt'],
    ['a due date that is no instant', 'fire-window-deadline', { ...deadline, dueAt: '2025-09-30' }, 'dueAt'],
    ['an event id that is no UUID', 'schedule-window-deadlines', { ...schedule.data, eventId: 'e-1' }, 'eventId'],
  ] as const)('refuses, for good, a payload with %s', (_label, name, data, field) => {
    expect(() => JOB_CATALOGUE[name].parse(data)).toThrow(InvalidJobData);
    expect(() => JOB_CATALOGUE[name].parse(data)).toThrow(expect.objectContaining({ field }));
  });
});
