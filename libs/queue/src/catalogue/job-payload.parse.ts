import { DEADLINE_ACTIONS, DeadlineAction, isIsoInstant } from '@app/domain';
import { InvalidJobData } from '../processing/permanent-job-failure';
import { AdvanceDossierJob, DeliverWebhookJob, FireDeadlineJob } from './job-payloads';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A job's data came through Redis: anything may be there, so each field is checked before use. */
function reader(jobName: string, data: unknown) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InvalidJobData(jobName, 'data', 'is not an object');
  const record = data as Record<string, unknown>;
  return {
    uuid(field: string): string {
      const value = record[field];
      if (typeof value !== 'string' || !UUID.test(value)) throw new InvalidJobData(jobName, field, 'is not a UUID');
      return value.toLowerCase();
    },
    text(field: string): string {
      const value = record[field];
      if (typeof value !== 'string' || value === '' || value.length > 256) throw new InvalidJobData(jobName, field, 'is not a short string');
      return value;
    },
    /** Part of a job id: besides being short, free of the separators ':' (BullMQ) and '.' (ours). */
    idPart(field: string): string {
      const value = this.text(field);
      if (/[:.]/.test(value)) throw new InvalidJobData(jobName, field, "contains ':' or '.'");
      return value;
    },
    instant(field: string): string {
      const value = record[field];
      if (!isIsoInstant(value)) throw new InvalidJobData(jobName, field, 'is not an ISO instant');
      return value;
    },
    action(field: string): DeadlineAction {
      const value = record[field];
      if (!(DEADLINE_ACTIONS as readonly unknown[]).includes(value)) throw new InvalidJobData(jobName, field, `is not one of ${DEADLINE_ACTIONS.join(', ')}`);
      return value as DeadlineAction;
    },
    optionalText(field: string): string | undefined {
      return record[field] === undefined ? undefined : this.text(field);
    },
    count(field: string): number {
      const value = record[field];
      if (!Number.isSafeInteger(value) || (value as number) < 0) throw new InvalidJobData(jobName, field, 'is not a non-negative integer');
      return value as number;
    },
  };
}

export function parseAdvanceDossierJob(data: unknown): AdvanceDossierJob {
  const read = reader('advance-dossier', data);
  const correlationId = read.optionalText('correlationId');
  return {
    eventId: read.uuid('eventId'),
    dossierId: read.text('dossierId'),
    round: read.count('round'),
    afterStep: read.count('afterStep'),
    ...(correlationId ? { correlationId } : {}),
  };
}

export function parseDeliverWebhookJob(data: unknown): DeliverWebhookJob {
  const read = reader('deliver-webhook', data);
  return { eventId: read.uuid('eventId'), stream: read.text('stream'), revision: read.count('revision'), webhookId: read.text('webhookId') };
}

export function parseFireDeadlineJob(data: unknown): FireDeadlineJob {
  const read = reader('fire-deadline', data);
  const attempt = read.count('attempt');
  if (attempt < 1) throw new InvalidJobData('fire-deadline', 'attempt', 'is not at least 1');
  return {
    dossierId: read.idPart('dossierId'),
    round: read.count('round'),
    step: read.count('step'),
    action: read.action('action'),
    attempt,
    at: read.instant('at'),
  };
}
