import { WebhookEvent, WEBHOOK_EVENT_TYPES } from '@app/domain/webhooks';
import { RecordedEvent } from '@app/event-store';
import { WebhookRow } from '@app/queue';
import { WebhookTarget } from './event-jobs';

/**
 * The active webhooks by organisation, as of the event the dispatcher is at: loaded from the read
 * model as of its checkpoint, then moved forward by each webhook event it reads, so a webhook gets
 * exactly the events recorded after its registration and before its deletion.
 */
export class WebhookDirectory {
  private readonly byOrg = new Map<string, Map<string, WebhookTarget>>();
  private count = 0;

  static of(rows: readonly WebhookRow[]): WebhookDirectory {
    const directory = new WebhookDirectory();
    for (const row of rows) directory.add({ id: row.id, orgId: row.orgId, eventTypes: row.eventTypes });
    return directory;
  }

  get size(): number {
    return this.count;
  }

  webhooksOf(orgId: string): WebhookTarget[] {
    return [...(this.byOrg.get(orgId)?.values() ?? [])];
  }

  apply(recorded: RecordedEvent): void {
    if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(recorded.type)) return;
    const event = { type: recorded.type, data: recorded.data } as WebhookEvent;
    if (event.type === 'WebhookRegistered') {
      this.add({ id: event.data.webhookId, orgId: event.data.orgId, eventTypes: event.data.eventTypes ?? null });
    } else if (event.type === 'WebhookDeleted') {
      if (this.byOrg.get(event.data.orgId)?.delete(event.data.webhookId)) this.count -= 1;
    }
  }

  private add(target: WebhookTarget): void {
    const org = this.byOrg.get(target.orgId) ?? new Map<string, WebhookTarget>();
    if (!org.has(target.id)) this.count += 1;
    org.set(target.id, target);
    this.byOrg.set(target.orgId, org);
  }
}
