import { InvalidJobData } from '../processing/permanent-job-failure';
import { JOB_CATALOGUE, JOB_NAMES, jobIdOf, JobRequest } from './job-catalogue';
import { jobOptions } from './job-options';
import { QUEUE_NAMES } from './queue-names';

const EVENT_ID = '6D1F0C1E-8A43-4D6E-9B0A-2F5C7E9D1A35';
const advance: JobRequest = { name: 'advance-dossier', data: { eventId: EVENT_ID, dossierId: 'd-1', round: 1, afterStep: 0 } };
const deliver: JobRequest = { name: 'deliver-webhook', data: { eventId: EVENT_ID, stream: 'dossier-d-1', revision: 3, webhookId: 'wh-1' } };
const DOSSIER_ID = '0b7e1d52-4c1f-4f8e-9a4e-3d2b1c0f9e8d';
const AT = '2025-09-03T03:00:05.000Z';
const fire: JobRequest = { name: 'fire-deadline', data: { dossierId: DOSSIER_ID, round: 2, step: 1, action: 'escalate', attempt: 3, at: AT } };

describe('the job catalogue', () => {
  it('puts every job on a known queue', () => {
    for (const name of JOB_NAMES) expect(QUEUE_NAMES).toContain(JOB_CATALOGUE[name].queue);
  });

  it('derives job ids from the event id, in a form BullMQ accepts', () => {
    expect(jobIdOf(advance)).toBe('advance.6d1f0c1e-8a43-4d6e-9b0a-2f5c7e9d1a35');
    expect(jobIdOf(deliver)).toBe('notify.6d1f0c1e-8a43-4d6e-9b0a-2f5c7e9d1a35.wh-1');
    expect(jobIdOf(fire)).toBe(`deadline.${DOSSIER_ID}.2.1.escalate.3`);
    for (const id of [jobIdOf(advance), jobIdOf(deliver), jobIdOf(fire)]) {
      expect(id).not.toContain(':');
      expect(`${parseInt(id, 10)}`).not.toBe(id);
    }
  });

  it('gives every job its retry policy and a retention that keeps ids for de-duplication', () =>
    expect(jobOptions(advance, { attempts: 4, backoffMs: 50 })).toEqual({
      jobId: jobIdOf(advance),
      attempts: 4,
      backoff: { type: 'exponential', delay: 50 },
      removeOnComplete: { age: 3 * 24 * 3600, count: 50_000 },
      removeOnFail: { age: 30 * 24 * 3600, count: 10_000 },
    }));

  describe('a deadline job', () => {
    const now = new Date('2025-09-03T03:00:00.000Z');

    it('is delayed until its moment, counted from now', () =>
      expect(jobOptions(fire, { attempts: 4, backoffMs: 50 }, now)).toMatchObject({ delay: 5000, timestamp: now.getTime() }));

    it('runs at once when its moment has passed', () =>
      expect(jobOptions(fire, { attempts: 4, backoffMs: 50 }, new Date('2025-09-04T00:00:00.000Z'))).toMatchObject({ delay: 0 }));

    it('is removed once completed (the events de-duplicate it) and kept when parked', () =>
      expect(jobOptions(fire, { attempts: 4, backoffMs: 50 }, now)).toMatchObject({ removeOnComplete: true, removeOnFail: { age: 30 * 24 * 3600, count: 10_000 } }));
  });

  it('accepts the payloads it describes', () => {
    expect(JOB_CATALOGUE['fire-deadline'].parse(fire.data)).toEqual(fire.data);
    expect(JOB_CATALOGUE['advance-dossier'].parse({ ...advance.data, correlationId: 'c-1' })).toEqual({
      ...advance.data,
      eventId: EVENT_ID.toLowerCase(),
      correlationId: 'c-1',
    });
    expect(JOB_CATALOGUE['deliver-webhook'].parse(deliver.data)).toEqual({ ...deliver.data, eventId: EVENT_ID.toLowerCase() });
  });

  it.each([
    ['not an object', 'advance-dossier', null, 'data'],
    ['an event id that is no UUID', 'advance-dossier', { ...advance.data, eventId: 'e-1' }, 'eventId'],
    ['a negative step', 'advance-dossier', { ...advance.data, afterStep: -1 }, 'afterStep'],
    ['a revision that is text', 'deliver-webhook', { ...deliver.data, revision: '3' }, 'revision'],
    ['no webhook', 'deliver-webhook', { ...deliver.data, webhookId: undefined }, 'webhookId'],
    ['an unknown deadline action', 'fire-deadline', { ...fire.data, action: 'ignore' }, 'action'],
    ['attempt 0', 'fire-deadline', { ...fire.data, attempt: 0 }, 'attempt'],
    ['a moment that is no ISO instant', 'fire-deadline', { ...fire.data, at: '2025-09-03' }, 'at'],
    ['a dossier id that would break the job id', 'fire-deadline', { ...fire.data, dossierId: 'a.b' }, 'dossierId'],
  ] as const)('refuses, for good, a payload with %s', (_label, name, data, field) => {
    expect(() => JOB_CATALOGUE[name].parse(data)).toThrow(InvalidJobData);
    expect(() => JOB_CATALOGUE[name].parse(data)).toThrow(expect.objectContaining({ field, name: 'UnrecoverableError' }));
  });
});
