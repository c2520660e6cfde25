import { DossierEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { asDossierEvent } from './concerned-orgs';

/**
 * Events after which a dossier's pending deadlines may differ from the jobs in Redis: a step
 * opened (with the submission, or by the advance worker), a reminder or escalation recorded (the
 * next escalation falls due), a hold released or a rule set migrated (the due date moved).
 * Decisions need nothing: the jobs they leave behind fire, find the step closed, and do nothing.
 */
const TRIGGERS: ReadonlySet<DossierEvent['type']> = new Set<DossierEvent['type']>([
  'DossierSubmitted',
  'ReviewRequested',
  'ReviewReminderSent',
  'ReviewEscalated',
  'DossierReleased',
  'DossierRuleSetMigrated',
]);

/** The dossiers of a batch whose deadlines must be scheduled again, each once. */
export function dossiersWithNewDeadlines(events: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  for (const recorded of events) {
    const event = asDossierEvent(recorded);
    if (event && TRIGGERS.has(event.type) && !isLastEscalation(event)) ids.add(event.data.dossierId);
  }
  return [...ids];
}

/** An escalation that reached the top of the hierarchy leaves nothing to fire for its step: no stream to read. */
function isLastEscalation(event: DossierEvent): boolean {
  return event.type === 'ReviewEscalated' && event.data.nextEscalationAt === undefined;
}
