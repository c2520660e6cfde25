import { OrgCommand, UserActor } from '@app/domain';
import { AppendResult, EventStore, ExpectedRevision, NewEvent, ReadStreamOptions } from '@app/event-store';
import { InMemoryEventStore } from '@app/event-store/memory/in-memory-event-store';
import { ORGANISATION_REGISTRY_STREAM } from '../organisations/organisation-registry';
import { runOrgCommand } from './org-command-runner';

const ADMIN: UserActor = { userId: 'admin@central', orgId: 'central', roles: ['admin'], role: 'admin' };
const NOW = new Date('2025-09-03T03:00:00.000Z');
const REGISTER: OrgCommand = { type: 'RegisterOrg', data: { orgId: 'central', name: 'Central Council', level: 'central_council' } };

/** The in-memory store, counting reads; `handsBack: false` plays an adapter whose appends return no events. */
class CountingStore extends InMemoryEventStore {
  reads = 0;

  constructor(private readonly handsBack: boolean) {
    super();
  }

  override async readStream(stream: string, options?: ReadStreamOptions) {
    this.reads += 1;
    return super.readStream(stream, options);
  }

  override async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const { events: written, ...placement } = await super.append(stream, events, expected);
    return this.handsBack ? { ...placement, events: written } : placement;
  }
}

const run = (store: EventStore, commandId = 'register-central') => runOrgCommand(store, { command: REGISTER, actor: ADMIN, commandId, now: NOW });

describe('runDeciderCommand', () => {
  it('answers with the events as stored, from the append alone when the store hands them back', async () => {
    const store = new CountingStore(true);
    const outcome = await run(store);

    expect(store.reads).toBe(1);
    expect(outcome.repeated).toBe(false);
    expect(outcome.events).toEqual(await store.readStream(ORGANISATION_REGISTRY_STREAM));
    expect(outcome.events.map((event) => [event.type, event.revision, event.metadata.commandId])).toEqual([['OrgRegistered', 0, 'register-central']]);
  });

  it('reads the appended events back when the store does not hand them over', async () => {
    const store = new CountingStore(false);
    const outcome = await run(store);

    expect(store.reads).toBe(2);
    expect(outcome.events).toEqual(await store.readStream(ORGANISATION_REGISTRY_STREAM));
  });

  it('answers a repeated command with the events of its first run, appending nothing', async () => {
    const store = new CountingStore(true);
    const first = await run(store);
    const again = await run(store);

    expect(again.repeated).toBe(true);
    expect(again.events).toEqual(first.events);
    expect(await store.readStream(ORGANISATION_REGISTRY_STREAM)).toHaveLength(1);
  });
});
