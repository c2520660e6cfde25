import { randomUUID } from 'node:crypto';
import { InvalidEvent } from '../event-store.errors';
import { NewEvent, RecordedEvent } from '../event.types';
import { eventHash, GENESIS_HASH } from '../hashing/event-hash';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import { describeEventStoreConformance } from '../testing/event-store.conformance';
import { InMemoryKeyring } from './in-memory-keyring';
import { PersonalDataEventStore, PersonalFieldsOf } from './personal-data-event-store';
import { ErasedSubjectRefused, PersonalDataUnreadable } from './personal-data.errors';
import { ERASED_PERSONAL_DATA, isPersonalEnvelope } from './personal-envelope';

/** A nominee's name and position are personal, keyed by the nominee's key. */
const fieldsOf: PersonalFieldsOf = (type, data) => {
  if (type !== 'NomineeRecorded') return [];
  const { nominee } = data as { nominee: { key: string } };
  return [
    { path: ['nominee', 'name'], subject: nominee.key },
    { path: ['nominee', 'position'], subject: nominee.key },
  ];
};

function nominee(key: string, name: string, extra: object = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'NomineeRecorded',
    data: { nominee: { key, name, position: 'Head of office' }, achievement: 'All records digitised', ...extra },
    metadata: { actor: 'lan', commandId: 'c-1', commandFingerprint: 'f'.repeat(32) },
  };
}

describeEventStoreConformance('in-memory, behind the personal data decorator', async (options) => {
  const inner = new InMemoryEventStore(options);
  const store = new PersonalDataEventStore(inner, { keyring: new InMemoryKeyring(), fieldsOf });
  return { store, close: () => store.close() };
});

describe('PersonalDataEventStore', () => {
  let inner: InMemoryEventStore;
  let keyring: InMemoryKeyring;
  let store: PersonalDataEventStore;
  const stream = () => `nomination-${randomUUID()}`;

  beforeEach(() => {
    inner = new InMemoryEventStore();
    keyring = new InMemoryKeyring();
    store = new PersonalDataEventStore(inner, { keyring, fieldsOf });
  });
  afterEach(() => store.close());

  it('stores personal values (and the command fingerprint) only encrypted, and the chain covers that form', async () => {
    const name = stream();
    await store.append(name, [nominee('nv-0042', 'Nguyễn Thị Lan')], 'no_stream');

    const [stored] = await inner.readStream(name);
    const data = stored.data as { nominee: Record<string, unknown>; achievement: string };
    expect(isPersonalEnvelope(data.nominee.name)).toBe(true);
    expect(isPersonalEnvelope(data.nominee.position)).toBe(true);
    expect(isPersonalEnvelope(stored.metadata.commandFingerprint)).toBe(true);
    expect(data.nominee.key).toBe('nv-0042');
    expect(data.achievement).toBe('All records digitised');
    expect(JSON.stringify({ data: stored.data, metadata: stored.metadata })).not.toMatch(/Lan|Head of office|f{32}/);
    expect(stored.hash).toBe(eventHash(GENESIS_HASH, 0, stored));
  });

  it('reads them back in clear, through the append itself, readStream, readAll and subscriptions', async () => {
    const name = stream();
    const appended = await store.append(name, [nominee('nv-0042', 'Nguyễn Thị Lan')], 'no_stream');
    const expected = { nominee: { key: 'nv-0042', name: 'Nguyễn Thị Lan', position: 'Head of office' }, achievement: 'All records digitised' };

    const [read] = await store.readStream(name);
    expect(read.data).toEqual(expected);
    expect(appended.events).toEqual([read]);
    expect(read.metadata).toEqual({ actor: 'lan', commandId: 'c-1', commandFingerprint: 'f'.repeat(32) });
    expect((await store.readAll()).map((event) => event.data)).toEqual([expected]);

    const seen: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ onEvents: async (events) => void seen.push(...events) });
    await subscription.caughtUp;
    await subscription.stop();
    expect(seen.map((event) => event.data)).toEqual([expected]);
  });

  it('reads a forgotten person’s values as erased, leaves everyone else’s, and keeps the chain whole', async () => {
    const name = stream();
    await store.append(name, [nominee('nv-0042', 'Nguyễn Thị Lan'), nominee('nv-0043', 'Trần Văn Minh')], 'no_stream');
    const before = await inner.readStream(name);

    await keyring.destroy('nv-0042');

    const [forgotten, kept] = await store.readStream(name);
    expect(forgotten.data).toEqual({ nominee: { key: 'nv-0042', name: ERASED_PERSONAL_DATA, position: ERASED_PERSONAL_DATA }, achievement: 'All records digitised' });
    expect(forgotten.metadata.commandFingerprint).toBe(ERASED_PERSONAL_DATA);
    expect((kept.data as { nominee: { name: string } }).nominee.name).toBe('Trần Văn Minh');
    expect(await inner.readStream(name)).toEqual(before);
    expect(await store.verifyStream(name)).toEqual({ ok: true, stream: name, events: 2, lastHash: before[1].hash });
  });

  it('refuses new personal data for a forgotten person, but takes the erased marker as it is', async () => {
    const name = stream();
    await store.append(name, [nominee('nv-0042', 'Nguyễn Thị Lan')], 'no_stream');
    await keyring.destroy('nv-0042');

    await expect(store.append(name, [nominee('nv-0042', 'Nguyễn Thị Lan')], 0)).rejects.toThrow(ErasedSubjectRefused);
    expect(await store.streamRevision(name)).toBe(0);

    const erased = nominee('nv-0042', ERASED_PERSONAL_DATA);
    (erased.data as { nominee: { position: string } }).nominee.position = ERASED_PERSONAL_DATA;
    await store.append(name, [erased], 0);
    const [, stored] = await inner.readStream(name);
    expect((stored.data as { nominee: { name: string } }).nominee.name).toBe(ERASED_PERSONAL_DATA);
  });

  it('recognises a retried append by its event ids, although its ciphertext differs', async () => {
    const name = stream();
    const events = [nominee('nv-0042', 'Nguyễn Thị Lan')];
    const first = await store.append(name, events, 'no_stream');
    expect(await store.append(name, events, 'no_stream')).toEqual({ revision: first.revision, position: first.position, idempotent: true });
    expect(await inner.readStream(name)).toHaveLength(1);
  });

  it('refuses an event that uses the reserved key itself, storing nothing', async () => {
    const name = stream();
    const forged = { id: randomUUID(), type: 'NoteAdded', data: { note: { $personal: { subject: 'x', alg: 'A256GCM', iv: 'a', ct: 'b' } } } };
    await expect(store.append(name, [forged], 'no_stream')).rejects.toThrow(InvalidEvent);
    expect(await store.streamRevision(name)).toBeNull();
  });

  it('fails loudly, never as erased, on a ciphertext that does not decrypt', async () => {
    const name = stream();
    const [event] = [nominee('nv-0042', 'Nguyễn Thị Lan')];
    await store.append(name, [event], 'no_stream');
    const [stored] = await inner.readStream(name);
    // The same stored fields presented under another event id: the envelope is bound to its event.
    const moved = new PersonalDataEventStore({ ...inner, readStream: async () => [{ ...stored, id: randomUUID() }] } as never, { keyring, fieldsOf });
    await expect(moved.readStream(name)).rejects.toThrow(PersonalDataUnreadable);
  });

  it('leaves events without personal data untouched, sharing the very objects', async () => {
    const name = stream();
    await store.append(name, [{ id: randomUUID(), type: 'NoteAdded', data: { note: 'plain' } }], 'no_stream');
    const [plain] = await inner.readStream(name);
    const [read] = await store.readStream(name);
    expect(read).toEqual(plain);
    expect(read.data).toBe(plain.data);
  });

  it('opens only the events that hold personal data in a page of many, handing back the others as they are', async () => {
    const notes = stream();
    const nominations = stream();
    const note = (text: string): NewEvent => ({ id: randomUUID(), type: 'NoteAdded', data: { note: text, tags: ['a', { deep: [text] }] } });
    await store.append(notes, [note('one'), note('two')], 'no_stream');
    await store.append(nominations, [nominee('nv-0042', 'Nguyễn Thị Lan')], 'no_stream');
    await store.append(notes, [note('three')], 1);

    const stored = await inner.readAll();
    const read = await store.readAll();
    expect(read.map((event) => event.type)).toEqual(['NoteAdded', 'NoteAdded', 'NomineeRecorded', 'NoteAdded']);
    for (const index of [0, 1, 3]) expect(read[index]).toBe(stored[index]);
    expect(read[2]).not.toBe(stored[2]);
    expect((read[2].data as { nominee: { name: string } }).nominee.name).toBe('Nguyễn Thị Lan');
    expect(read[2].metadata.commandFingerprint).toBe('f'.repeat(32));
  });
});
