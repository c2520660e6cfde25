import { OrgCommand, UserActor } from '@app/domain';
import { EventStore, ReadStreamOptions } from '@app/event-store';
import { InMemoryEventStore } from '@app/event-store/memory/in-memory-event-store';
import { runOrgCommand } from '../commands/org-command-runner';
import { OrgTreeReader } from './org-tree-reader';

const ADMIN: UserActor = { userId: 'admin@central', orgId: 'central', roles: ['admin'], role: 'admin' };
const NOW = new Date('2025-09-03T03:00:00.000Z');

/** The in-memory store, counting reads and letting a test hold back their answer (read, then held). */
class CountingStore extends InMemoryEventStore {
  reads = 0;
  gate?: Promise<void>;

  override async readStream(stream: string, options?: ReadStreamOptions) {
    this.reads += 1;
    const gate = this.gate;
    const events = await super.readStream(stream, options);
    await gate;
    return events;
  }
}

function register(store: EventStore, orgId: string, parentId?: string) {
  const command: OrgCommand = {
    type: 'RegisterOrg',
    data: { orgId, name: orgId, level: parentId ? 'ministry' : 'central_council', ...(parentId ? { parentId } : {}) },
  };
  return runOrgCommand(store, { command, actor: ADMIN, commandId: `register-${orgId}`, now: NOW });
}

describe('OrgTreeReader', () => {
  it('shares one read among every caller that comes while another read runs', async () => {
    const store = new CountingStore();
    await register(store, 'central');
    const reader = new OrgTreeReader(store);
    let release!: () => void;
    store.gate = new Promise((resolve) => (release = resolve));
    store.reads = 0;

    const first = reader.current();
    const burst = Array.from({ length: 50 }, () => reader.current());
    release();
    const trees = await Promise.all([first, ...burst]);

    expect(store.reads).toBe(2);
    for (const tree of trees) expect(tree.get('central')?.level).toBe('central_council');
  });

  it('never answers a caller with a read that started before an organisation it could know of', async () => {
    const store = new CountingStore();
    await register(store, 'central');
    const reader = new OrgTreeReader(store);
    let release!: () => void;
    store.gate = new Promise((resolve) => (release = resolve));

    // A read is under way (held); a ministry is registered; then a caller asks.
    const before = reader.current();
    store.gate = undefined;
    await register(store, 'moc', 'central');
    const after = reader.current();
    release();

    expect((await before).get('central')).toBeDefined();
    expect((await after).ancestors('moc').map((org) => org.orgId)).toEqual(['central']);
  });

  it('reads only what is new, and recovers after a failed read', async () => {
    const store = new CountingStore();
    await register(store, 'central');
    const reader = new OrgTreeReader(store);
    expect((await reader.current()).all()).toHaveLength(1);

    store.gate = Promise.reject(new Error('database gone'));
    store.gate.catch(() => undefined);
    await expect(reader.current()).rejects.toThrow('database gone');

    store.gate = undefined;
    await register(store, 'moc', 'central');
    const tree = await reader.current();
    expect(tree.all().map((org) => org.orgId).sort()).toEqual(['central', 'moc']);
  });
});
