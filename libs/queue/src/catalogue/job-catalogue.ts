import { advanceJobId, deadlineJobId, notifyJobId } from './job-ids';
import { parseAdvanceDossierJob, parseDeliverWebhookJob, parseFireDeadlineJob } from './job-payload.parse';
import { AdvanceDossierJob, DeliverWebhookJob, FireDeadlineJob } from './job-payloads';
import { QueueName } from './queue-names';
import { JobRetention, KEEP_FINISHED_FOR_DEDUPLICATION, KEEP_ONLY_FAILED } from './job-retention';
import {
  FireWindowDeadlineJob,
  parseFireWindowDeadlineJob,
  parseScheduleWindowDeadlinesJob,
  ScheduleWindowDeadlinesJob,
  windowDeadlineJobId,
  windowScheduleJobId,
} from '../window-deadlines/window-deadline.job';

/** Every job the system runs, by name (also never renamed: names are stored with each job). */
export interface JobPayloads {
  'advance-dossier': AdvanceDossierJob;
  'deliver-webhook': DeliverWebhookJob;
  'fire-deadline': FireDeadlineJob;
  'fire-window-deadline': FireWindowDeadlineJob;
  'schedule-window-deadlines': ScheduleWindowDeadlinesJob;
}

export type JobName = keyof JobPayloads;
export type JobData<N extends JobName> = JobPayloads[N];

/** A job to add: its name and payload. The id and options follow from the catalogue. */
export type JobRequest = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

interface CatalogueEntry<Data> {
  queue: QueueName;
  jobId(data: Data): string;
  /** Checks data that came back from Redis; throws InvalidJobData (parked, not retried). */
  parse(data: unknown): Data;
  /** When the job may run (ISO instant), for a delayed job; absent: at once. */
  runAt?(data: Data): string;
  retention: JobRetention;
}

/** The one place that says which queue runs a job, how its id is derived and how its data is checked. */
export const JOB_CATALOGUE: { readonly [N in JobName]: CatalogueEntry<JobPayloads[N]> } = {
  'advance-dossier': {
    queue: 'advance',
    jobId: (data) => advanceJobId(data.eventId),
    parse: parseAdvanceDossierJob,
    retention: KEEP_FINISHED_FOR_DEDUPLICATION,
  },
  'deliver-webhook': {
    queue: 'notify',
    jobId: (data) => notifyJobId(data.eventId, data.webhookId),
    parse: parseDeliverWebhookJob,
    retention: KEEP_FINISHED_FOR_DEDUPLICATION,
  },
  'fire-deadline': {
    queue: 'deadline',
    jobId: deadlineJobId,
    parse: parseFireDeadlineJob,
    runAt: (data) => data.at,
    retention: KEEP_ONLY_FAILED,
  },
  'fire-window-deadline': {
    queue: 'deadline',
    jobId: windowDeadlineJobId,
    parse: parseFireWindowDeadlineJob,
    runAt: (data) => data.at,
    retention: KEEP_ONLY_FAILED,
  },
  'schedule-window-deadlines': {
    queue: 'deadline',
    jobId: windowScheduleJobId,
    parse: parseScheduleWindowDeadlinesJob,
    retention: KEEP_FINISHED_FOR_DEDUPLICATION,
  },
};

export const JOB_NAMES = Object.keys(JOB_CATALOGUE) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOB_CATALOGUE, name);
}

export function catalogueEntryOf(request: JobRequest): CatalogueEntry<JobRequest['data']> {
  return JOB_CATALOGUE[request.name] as CatalogueEntry<JobRequest['data']>;
}

export function jobIdOf(request: JobRequest): string {
  return catalogueEntryOf(request).jobId(request.data);
}

export function queueOf(name: JobName): QueueName {
  return JOB_CATALOGUE[name].queue;
}
