import { ORG_EVENT_TYPES, OrgEvent } from '@app/domain';
import { RecordedEvent } from '@app/event-store';

interface NameFrom {
  position: number;
  name: string;
}

/**
 * Organisation names as they stood at any global position, from the organisation events: a history
 * names the ministry that approved a step as it was called on that day, even if renamed since.
 * An id never registered is shown as the id.
 */
export class OrgNames {
  private constructor(private readonly names: ReadonlyMap<string, readonly NameFrom[]>) {}

  static none(): OrgNames {
    return new OrgNames(new Map());
  }

  /** `events` in global order; events other than registrations and renames are skipped. */
  static fromEvents(events: readonly RecordedEvent[]): OrgNames {
    const names = new Map<string, NameFrom[]>();
    for (const recorded of events) {
      if (!(ORG_EVENT_TYPES as readonly string[]).includes(recorded.type)) continue;
      const event = recorded as unknown as OrgEvent;
      if (event.type !== 'OrgRegistered' && event.type !== 'OrgRenamed') continue;
      const list = names.get(event.data.orgId) ?? [];
      list.push({ position: recorded.position, name: event.data.name });
      names.set(event.data.orgId, list);
    }
    return new OrgNames(names);
  }

  /** The name at `position` (the latest known without one); the first name for positions before it existed. */
  nameOf(orgId: string, position = Number.POSITIVE_INFINITY): string {
    const list = this.names.get(orgId);
    if (!list || list.length === 0) return orgId;
    let found = list[0].name;
    for (const entry of list) {
      if (entry.position > position) break;
      found = entry.name;
    }
    return found;
  }
}
