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
  /** The read in progress, if any. */
  private running?: Promise<OrgTree>;
  /** The read that starts once `running` ends, shared by every caller that came meanwhile. */
  private queued?: Promise<OrgTree>;

  constructor(private readonly store: EventStore) {}

  /**
   * The tree with every organisation event recorded before the call. Reads run one at a time, so
   * concurrent callers never append the same events twice; a caller that comes while one runs
   * (which may have missed what was recorded just before the call) joins the next read, and every
   * caller that comes meanwhile joins that same one: a burst of escalations or submissions costs
   * two reads of the registry, not one each.
   */
  current(): Promise<OrgTree> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    this.queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<OrgTree> {
    const running: Promise<OrgTree> = this.refresh().finally(() => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
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
