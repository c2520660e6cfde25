import { RecordedEvent } from '@app/event-store';

/** One line of a dossier's history: what happened, who did it, in which role and organisation, when and why. */
export function historyEntry(event: RecordedEvent) {
  const data = event.data as { at?: string; comment?: string; reason?: string; ruleSetVersion?: string; by?: { userId: string; role: string; orgId?: string } };
  return {
    position: event.position,
    revision: event.revision,
    type: event.type,
    at: data.at ?? event.recordedAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    actor: data.by?.userId ?? event.metadata.actor ?? null,
    role: data.by?.role ?? event.metadata.role ?? null,
    organisation: data.by?.orgId ?? event.metadata.org ?? null,
    comment: data.comment ?? data.reason ?? null,
    data: event.data,
  };
}
