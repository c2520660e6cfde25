import { OrgEvent, OrgTree } from '@app/domain';
import { EventStore, RecordedEvent } from '@app/event-store';
import { ORGANISATION_REGISTRY_STREAM } from './organisation-registry';

/**
 * The current organisation tree, read straight from the registry stream (never from a read model,
 * so a route is computed from exactly the hierarchy recorded so far). Only events newer than the
 * cached revision are read on each call.
 */
export class OrgTreeReader {
  private events: OrgEvent[] = [];
  private revision = -1;
  private tree = OrgTree.empty();
  private refreshing: Promise<OrgTree> = Promise.resolve(this.tree);

  constructor(private readonly store: EventStore) {}

  /** Refreshes run one after another, so concurrent callers never append the same events twice. */
  current(): Promise<OrgTree> {
    this.refreshing = this.refreshing.catch(() => this.tree).then(() => this.refresh());
    return this.refreshing;
  }

  private async refresh(): Promise<OrgTree> {
    const fresh = await this.store.readStream(ORGANISATION_REGISTRY_STREAM, { from: this.revision + 1 });
    if (fresh.length > 0) {
      this.events = this.events.concat(fresh.map(toOrgEvent));
      this.revision = fresh[fresh.length - 1].revision;
      this.tree = OrgTree.fromEvents(this.events);
    }
    return this.tree;
  }

  /** The tree as it stood at a moment or a global position: the events folded up to that point. */
  async asOf(limit: { at?: Date; position?: number }): Promise<OrgTree> {
    const events = await this.store.readStream(ORGANISATION_REGISTRY_STREAM, { asOf: limit.at, untilPosition: limit.position });
    return OrgTree.fromEvents(events.map(toOrgEvent));
  }
}

function toOrgEvent(event: RecordedEvent): OrgEvent {
  return { type: event.type, data: event.data } as OrgEvent;
}
