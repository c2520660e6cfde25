import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Dossier, dossierDecider, fold } from '@app/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@app/event-store';
import { dossierStream } from '@app/workflow';

/** Reads one dossier straight from its stream: always current, and the stream is its history. */
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
}
