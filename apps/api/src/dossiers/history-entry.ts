import { HistoryFacts, historyFacts } from '@app/audit/history/history-facts';
import { OrgNames } from '@app/audit/history/org-names';
import { RecordedEvent } from '@app/event-store';

/**
 * One line of a dossier's history: what happened, who did it, in which role and organisation, when
 * and why, the rule-set version in force for the dossier at that event, and a sentence in English
 * and Vietnamese.
 */
export function historyEntry(event: RecordedEvent, facts: HistoryFacts) {
  const data = event.data as { at?: string; comment?: string; reason?: string; by?: { userId: string; role: string; orgId?: string } };
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
    ruleSetVersion: facts.ruleSetVersion,
    description: facts.description,
    data: event.data,
  };
}

export function historyEntries(events: readonly RecordedEvent[], names: OrgNames) {
  const facts = historyFacts(events, names);
  return events.map((event, index) => historyEntry(event, facts[index]));
}
