import { DOSSIER_EVENT_TYPES, DossierEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';
import { describeDossierEvent } from './describe-dossier-event';
import { OrgNames } from './org-names';
import { ruleSetVersionAfter } from './rule-set-version';
import { Description } from './wording';

/** What a history line adds to its event: the rule-set version in force and the sentence describing it. */
export interface HistoryFacts {
  ruleSetVersion: string | null;
  description: Description;
}

/**
 * Folds a dossier's events, in order, into the facts of each history line. Organisations are named
 * as they were called when the event was recorded. A type this version does not know (written by a
 * newer one) is still listed, with a neutral sentence.
 */
export function historyFacts(events: readonly RecordedEvent[], names: OrgNames): HistoryFacts[] {
  let ruleSetVersion: string | null = null;
  return events.map((recorded) => {
    ruleSetVersion = ruleSetVersionAfter(ruleSetVersion, recorded);
    const nameOf = (orgId: string) => names.nameOf(orgId, recorded.position);
    const description = isDossierEvent(recorded)
      ? describeDossierEvent({ type: recorded.type, data: recorded.data } as DossierEvent, nameOf)
      : { en: `Recorded “${recorded.type}”.`, vi: `Đã ghi nhận sự kiện “${recorded.type}”.` };
    return { ruleSetVersion, description };
  });
}

function isDossierEvent(event: RecordedEvent): boolean {
  return (DOSSIER_EVENT_TYPES as readonly string[]).includes(event.type);
}
