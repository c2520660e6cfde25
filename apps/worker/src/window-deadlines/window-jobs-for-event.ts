import { MovementEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { JobRequest } from '@app/queue';

/**
 * Movement events after which a movement's window deadlines may differ from the jobs in Redis:
 * launched (its windows open), a window set or moved, a reminder or escalation recorded (the next
 * escalation falls due). A closed movement needs nothing: its jobs fire, find it closed, and do nothing.
 */
const TRIGGERS: ReadonlySet<string> = new Set<MovementEvent['type']>([
  'MovementLaunched',
  'SubmissionWindowSet',
  'SubmissionWindowReminderSent',
  'SubmissionWindowEscalated',
]);

/** The scheduling job one movement event calls for (its id derives from the event's), or none. */
export function windowJobsForEvent(recorded: RecordedEvent): JobRequest[] {
  if (!TRIGGERS.has(recorded.type) || !recorded.stream.startsWith('movement-')) return [];
  const { movementId } = recorded.data as { movementId: string };
  return [{ name: 'schedule-window-deadlines', data: { eventId: recorded.id, movementId } }];
}
