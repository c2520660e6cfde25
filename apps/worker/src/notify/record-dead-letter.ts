import { systemActor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { deterministicUuid } from '@app/workflow/commands/command-identity';
import { runWebhookCommand } from '@app/workflow/commands/webhook-command-runner';

export const NOTIFY_ACTOR = systemActor('worker:notify');

/** Keeps the event small; the start of an error message says what went wrong. */
const MAX_ERROR_LENGTH = 500;

export interface DeadLetter {
  /** The job that gave up: its id names the command, so recording twice appends once. */
  jobId: string;
  webhookId: string;
  eventId: string;
  attempts: number;
  lastError: string;
}

/** Appends `WebhookDeliveryFailed` to the webhook's stream: the dead letter outlives Redis. */
export async function recordDeadLetter(store: EventStore, letter: DeadLetter, now: Date): Promise<void> {
  const { webhookId, eventId, attempts } = letter;
  await runWebhookCommand(store, {
    command: { type: 'RecordDeliveryFailure', data: { webhookId, eventId, attempts, lastError: letter.lastError.slice(0, MAX_ERROR_LENGTH) } },
    actor: NOTIFY_ACTOR,
    commandId: deterministicUuid(`dead-letter\n${letter.jobId}`),
    now,
    causationId: eventId,
  });
}
