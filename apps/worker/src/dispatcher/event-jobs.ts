import { RecordedEvent } from '@app/event-store';
import { JobRequest } from '@app/queue';
import { windowJobsForEvent } from '../window-deadlines/window-jobs-for-event';
import { asDossierEvent, concernedOrgs } from './concerned-orgs';

/** An active webhook as the dispatcher needs it. */
export interface WebhookTarget {
  id: string;
  orgId: string;
  /** null: every event that concerns the organisation. */
  eventTypes: readonly string[] | null;
}

export interface DispatchContext {
  /** The dossier's own unit, when the event is a dossier event other than its creation. */
  ownerOrgId?: string;
  webhooksOf(orgId: string): readonly WebhookTarget[];
}

/**
 * The jobs one event calls for, as plain requests (ids come from the catalogue, derived from the
 * event id): an approved step (by a reviewer, or by silence at a consultation) must be followed up
 * by the advance worker, and every webhook of a concerned organisation that accepts the event type
 * gets one delivery. Deadlines are not derived from one event but from the dossier's whole stream
 * (see DeadlineScheduler); a movement event that opens or moves window deadlines calls for a job
 * that schedules them from the movement's stream (see WindowDeadlineScheduler).
 */
export function jobsForEvent(recorded: RecordedEvent, context: DispatchContext): JobRequest[] {
  const event = asDossierEvent(recorded);
  if (!event) return windowJobsForEvent(recorded);
  const jobs: JobRequest[] = [];
  if (event.type === 'ReviewApproved' || event.type === 'ReviewConsentedBySilence') {
    const { dossierId, round, step } = event.data;
    const { correlationId } = recorded.metadata;
    jobs.push({
      name: 'advance-dossier',
      data: { eventId: recorded.id, dossierId, round, afterStep: step, ...(correlationId ? { correlationId } : {}) },
    });
  }
  for (const orgId of concernedOrgs(event, context.ownerOrgId)) {
    for (const webhook of context.webhooksOf(orgId)) {
      if (webhook.eventTypes && !webhook.eventTypes.includes(event.type)) continue;
      jobs.push({
        name: 'deliver-webhook',
        data: { eventId: recorded.id, stream: recorded.stream, revision: recorded.revision, webhookId: webhook.id },
      });
    }
  }
  return jobs;
}
