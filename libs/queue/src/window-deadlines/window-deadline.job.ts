import { createHash } from 'node:crypto';
import { isIsoInstant, MOVEMENT_ID } from '@app/domain';
import { InvalidJobData } from '../processing/permanent-job-failure';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Organisation ids are checked where they are registered; here only that one is there (the job id hashes it). */
const ORG_ID = /^\S{1,200}$/;
const WINDOW_ACTIONS = ['remind', 'escalate'] as const;

/**
 * One deadline of a submission window for one organisation still without a plan, as
 * `pendingWindowDeadlines` lists it. The processor re-reads the movement and the plans and acts
 * only if the organisation is still missing its plan under that very window (same due date) and
 * the moment has come, so a job outlived by a plan or by a moved window does nothing. `at` is
 * when it was last scheduled to run: informative, never trusted by the decision.
 */
export interface FireWindowDeadlineJob {
  movementId: string;
  windowId: string;
  orgId: string;
  /** The window's due date (ISO instant) the deadline belongs to. */
  dueAt: string;
  action: (typeof WINDOW_ACTIONS)[number];
  /** 1 for the reminder; the escalation's number otherwise. */
  attempt: number;
  at: string;
}

/** After an event that opens or moves a movement's window deadlines: schedule them from the movement as it now stands. */
export interface ScheduleWindowDeadlinesJob {
  /** The event's id: the job id is derived from it. */
  eventId: string;
  movementId: string;
}

/**
 * One window deadline, whoever schedules it (the dispatcher after an event, the reconciler after a
 * loss of Redis): the same id, so adding it twice is a no-op. Movement and window ids may hold
 * '.', which separates the parts of our ids, and a due date holds ':', which BullMQ refuses, so
 * the identity is hashed; the job's data keeps the readable parts.
 */
export const windowDeadlineJobId = (deadline: Omit<FireWindowDeadlineJob, 'at'>): string => {
  const { movementId, windowId, orgId, dueAt, action, attempt } = deadline;
  const identity = createHash('sha256').update(JSON.stringify([movementId, windowId, orgId, dueAt])).digest('hex').slice(0, 32);
  return `window.${identity}.${action}.${attempt}`;
};

export const windowScheduleJobId = (job: ScheduleWindowDeadlinesJob): string => `window-schedule.${job.eventId.toLowerCase()}`;

export function parseFireWindowDeadlineJob(data: unknown): FireWindowDeadlineJob {
  const record = objectOf('fire-window-deadline', data);
  const field = fieldReader('fire-window-deadline', record);
  const action = record.action;
  if (!(WINDOW_ACTIONS as readonly unknown[]).includes(action)) throw new InvalidJobData('fire-window-deadline', 'action', `is not one of ${WINDOW_ACTIONS.join(', ')}`);
  const attempt = record.attempt;
  if (!Number.isSafeInteger(attempt) || (attempt as number) < 1) throw new InvalidJobData('fire-window-deadline', 'attempt', 'is not an integer from 1');
  return {
    movementId: field('movementId', MOVEMENT_ID),
    windowId: field('windowId', MOVEMENT_ID),
    orgId: field('orgId', ORG_ID),
    dueAt: instant('fire-window-deadline', record, 'dueAt'),
    action: action as FireWindowDeadlineJob['action'],
    attempt: attempt as number,
    at: instant('fire-window-deadline', record, 'at'),
  };
}

export function parseScheduleWindowDeadlinesJob(data: unknown): ScheduleWindowDeadlinesJob {
  const record = objectOf('schedule-window-deadlines', data);
  const field = fieldReader('schedule-window-deadlines', record);
  return { eventId: field('eventId', UUID).toLowerCase(), movementId: field('movementId', MOVEMENT_ID) };
}

function objectOf(jobName: string, data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InvalidJobData(jobName, 'data', 'is not an object');
  return data as Record<string, unknown>;
}

function fieldReader(jobName: string, record: Record<string, unknown>) {
  return (name: string, pattern: RegExp): string => {
    const value = record[name];
    if (typeof value !== 'string' || !pattern.test(value)) throw new InvalidJobData(jobName, name, `does not match ${pattern.source}`);
    return value;
  };
}

function instant(jobName: string, record: Record<string, unknown>, name: string): string {
  const value = record[name];
  if (!isIsoInstant(value)) throw new InvalidJobData(jobName, name, 'is not an ISO instant');
  return value;
}
