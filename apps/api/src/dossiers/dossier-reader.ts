import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { AsOfLimit, limitLabel, limitText } from '@app/audit/as-of/as-of-limit';
import { dossierAsOf } from '@app/audit/as-of/dossier-as-of';
import { inboxAsOf } from '@app/audit/as-of/inbox-as-of';
import { OrgNames } from '@app/audit/history/org-names';
import { Dossier, dossierDecider, fold } from '@app/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@app/event-store';
import { dossierStream, ORGANISATION_REGISTRY_STREAM } from '@app/workflow';
import { historyEntries } from './history-entry';

/** Reads dossiers straight from the events: always current, the stream is the history, and any past moment can be folded. */
@Injectable()
export class DossierReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async events(dossierId: string): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(dossierStream(dossierId));
    if (events.length === 0) throw new NotFoundException(`dossier ${dossierId} does not exist`);
    return events;
  }

  async state(dossierId: string): Promise<{ state: Dossier; revision: number; position: number }> {
    const events = await this.events(dossierId);
    const last = events[events.length - 1];
    return { state: fold(dossierDecider, events as never), revision: last.revision, position: last.position };
  }

  /** Every event with its description, naming organisations as they were called at the time. */
  async history(dossierId: string) {
    const [events, registry] = await Promise.all([this.events(dossierId), this.store.readStream(ORGANISATION_REGISTRY_STREAM)]);
    return historyEntries(events, OrgNames.fromEvents(registry));
  }

  async stateAsOf(dossierId: string, limit: AsOfLimit) {
    const found = await dossierAsOf(this.store, dossierId, limit);
    if (!found) throw new NotFoundException(`dossier ${dossierId} did not exist ${limitText(limit)}`);
    return { ...found.state, revision: found.revision, position: found.position, asOf: limitLabel(limit) };
  }

  async inboxAsOf(orgId: string, limit: AsOfLimit, page: { cursor?: string; limit?: number }) {
    return { ...(await inboxAsOf(this.store, orgId, limit, page)), asOf: limitLabel(limit) };
  }
}
