import { DeadlineAction } from '@app/domain';

/**
 * What a job carries: ids and revisions, never state. A processor re-reads the streams it needs,
 * so a job that waited in Redis for hours still acts on the facts as they are now, and a payload
 * can be rebuilt at any time from the event that caused it.
 */

/**
 * After `ReviewApproved`: open the next step, or record the final approval. No expected revision:
 * the command runner appends at the revision it has just read, and the domain decides whether the
 * follow-up is still due, so a stale revision carried here could only cause needless conflicts.
 */
export interface AdvanceDossierJob {
  /** The `ReviewApproved` event's id: the command id is derived from it, and it is the cause. */
  eventId: string;
  dossierId: string;
  round: number;
  afterStep: number;
  /** Carried over from the approval, so the whole chain of a request reads as one correlation. */
  correlationId?: string;
}

/** Deliver one event to one webhook. */
export interface DeliverWebhookJob {
  eventId: string;
  /** Where the event is: the processor reads it back rather than carrying a copy. */
  stream: string;
  revision: number;
  webhookId: string;
}

/**
 * One deadline of an open step, as `pendingDeadlines` lists it. The processor re-reads the dossier
 * and acts only if this very deadline is still pending and due, so a job for a step decided since,
 * or run twice, does nothing. `at` (ISO instant) is when it is due, as last scheduled: informative,
 * and what a rescheduling compares against; the decision never trusts it.
 */
export interface FireDeadlineJob {
  dossierId: string;
  round: number;
  step: number;
  action: DeadlineAction;
  /** 1 for a reminder or a consent; the escalation's number otherwise. */
  attempt: number;
  at: string;
}
