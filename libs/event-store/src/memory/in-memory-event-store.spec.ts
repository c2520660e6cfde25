import { describeEventStoreConformance } from '../testing/event-store.conformance';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreConformance('in-memory', async (options) => {
  const store = new InMemoryEventStore(options);
  return { store, close: () => store.close() };
});

describe('InMemoryEventStore', () => {
  it('numbers positions densely from 1 and stamps recordedAt from its clock', async () => {
    const at = new Date('2024-09-02T08:00:00.000Z');
    const store = new InMemoryEventStore({ clock: () => at });
    const event = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, type: 'NoteAdded', data: { n } });

    await store.append('dossier-a', [event(1), event(2)], 'no_stream');
    await store.append('dossier-b', [event(3)], 'no_stream');

    const all = await store.readAll();
    expect(all.map((e) => e.position)).toEqual([1, 2, 3]);
    expect(all.map((e) => e.recordedAt.toISOString())).toEqual(Array(3).fill(at.toISOString()));
    expect(await store.headPosition()).toBe(3);
  });
});
