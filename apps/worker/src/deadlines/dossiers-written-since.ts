import { EventStore } from '@app/event-store';
import { asDossierEvent } from '../dispatcher/concerned-orgs';

const PAGE = 5000;

/**
 * The dossiers with an event after a global position (a read model's checkpoint), followed through
 * the log as it grows: the dossiers whose read-model row may be behind their stream, or missing.
 */
export class DossiersWrittenSince {
  private readonly ids = new Set<string>();
  private next: number;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    position: number,
  ) {
    this.next = position + 1;
  }

  /** Reads the log from where the last call stopped up to what is visible now. */
  async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll({ fromPosition: this.next, limit: PAGE });
      for (const recorded of events) {
        const event = asDossierEvent(recorded);
        if (event) this.ids.add(event.data.dossierId);
      }
      if (events.length === 0) return;
      this.next = events[events.length - 1].position + 1;
      if (events.length < PAGE) return;
    }
  }

  has(dossierId: string): boolean {
    return this.ids.has(dossierId);
  }

  all(): string[] {
    return [...this.ids];
  }
}
