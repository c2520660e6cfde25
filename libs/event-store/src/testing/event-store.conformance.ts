import { randomUUID } from 'node:crypto';
import { AppendResult, EventStore, Subscription } from '../event-store.port';
import { DuplicateEventId, EventTooLarge, InvalidEvent, InvalidStreamName, WrongExpectedRevision } from '../event-store.errors';
import { NewEvent, RecordedEvent } from '../event.types';
import { ExpectedRevision } from '../expected-revision';
import { eventHash, GENESIS_HASH } from '../hashing/event-hash';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import {
  newStream,
  newEvent,
  upperCaseId,
  ids,
  revisions,
  inStreams,
  streamWith,
  placement,
  expectStreamUnchanged,
  caught,
  readAllBetween,
  firstNotIncreasing,
  firstDifference,
  streamsOutOfOrder,
  sleep,
  waitFor,
} from './conformance-helpers';

export interface ConformanceStoreOptions {
  upcasters?: UpcasterRegistry;
  maxEventBytes?: number;
}

export type OpenEventStore = (options: ConformanceStoreOptions) => Promise<{ store: EventStore; close(): Promise<void> }>;

export interface ConformanceTuning {
  /** Concurrent writers in the concurrency test (default 16). */
  writers?: number;
  /** Single-event appends per writer (default 1000). */
  eventsPerWriter?: number;
}

/**
 * The contract every EventStore adapter is held to. Tests may run against a shared, non-empty
 * database, possibly alongside other suites: each test uses fresh random streams and reads the
 * global log only from the head it saw at its start, keeping just its own events.
 */
export function describeEventStoreConformance(adapterName: string, open: OpenEventStore, tuning: ConformanceTuning = {}): void {
  describe(`EventStore conformance: ${adapterName}`, () => {
    const cleanups: Array<() => Promise<void>> = [];

    // Last opened, first closed: subscriptions stop before their store goes away.
    afterEach(async () => {
      for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) await cleanup();
    });

    async function openStore(options: ConformanceStoreOptions = {}): Promise<EventStore> {
      const opened = await open(options);
      cleanups.push(() => opened.close());
      return opened.store;
    }

    /** A subscriber that records what it is handed: every position, and the events `keep` selects. */
    function follow(store: EventStore, fromPosition: number, keep: (event: RecordedEvent) => boolean, batchSize?: number) {
      const seen: RecordedEvent[] = [];
      const positions: number[] = [];
      const batchSizes: number[] = [];
      const errors: unknown[] = [];
      const subscription: Subscription = store.subscribeToAll({
        fromPosition,
        batchSize,
        onEvents: async (events) => {
          batchSizes.push(events.length);
          for (const event of events) {
            positions.push(event.position);
            if (keep(event)) seen.push(event);
          }
        },
        onError: (error) => errors.push(error),
      });
      cleanups.push(() => subscription.stop());
      return { seen, positions, batchSizes, errors, subscription };
    }

    describe('append', () => {
      it('stores a batch atomically, revisions from 0, positions increasing', async () => {
        const store = await openStore();
        const stream = newStream();
        const batch = [newEvent(), newEvent(), newEvent()];

        const first = await store.append(stream, batch, 'no_stream');
        const read = await store.readStream(stream);

        expect(placement(first)).toEqual({ revision: 2, position: read[2].position, idempotent: false });
        expect(ids(read)).toEqual(ids(batch));
        expect(revisions(read)).toEqual([0, 1, 2]);
        expect(firstNotIncreasing(read.map((event) => event.position))).toBe(-1);

        const next = await store.append(stream, [newEvent()], 2);
        expect(next.revision).toBe(3);
        expect(next.position).toBeGreaterThan(first.position);
      });

      it('stores nothing from a batch when one of its events is invalid', async () => {
        const store = await openStore();
        const stream = newStream();

        const error = await caught(() => store.append(stream, [newEvent(), newEvent({ amount: Number.NaN })], 'any'));

        expect(error).toBeInstanceOf(InvalidEvent);
        await expectStreamUnchanged(store, stream, 0);
      });

      type Case = { name: string; before: number; expected: ExpectedRevision; actual?: number | null };
      const matching: Case[] = [
        { name: 'no_stream on a missing stream', before: 0, expected: 'no_stream' },
        { name: 'any on a missing stream', before: 0, expected: 'any' },
        { name: 'any on an existing stream', before: 2, expected: 'any' },
        { name: 'stream_exists on an existing stream', before: 2, expected: 'stream_exists' },
        { name: 'the exact current revision', before: 2, expected: 1 },
      ];
      const mismatching: Case[] = [
        { name: 'no_stream on an existing stream', before: 2, expected: 'no_stream', actual: 1 },
        { name: 'stream_exists on a missing stream', before: 0, expected: 'stream_exists', actual: null },
        { name: 'an exact revision on a missing stream', before: 0, expected: 0, actual: null },
        { name: 'a stale revision', before: 2, expected: 0, actual: 1 },
        { name: 'a revision ahead of the stream', before: 2, expected: 5, actual: 1 },
      ];

      it.each(matching)('accepts $name', async ({ before, expected }) => {
        const store = await openStore();
        const stream = await streamWith(store, before);

        const result = await store.append(stream, [newEvent()], expected);

        expect(result.revision).toBe(before);
        expect(result.idempotent).toBe(false);
        expect(await store.readStream(stream)).toHaveLength(before + 1);
      });

      it.each(mismatching)('refuses $name with WrongExpectedRevision and stores nothing', async ({ before, expected, actual }) => {
        const store = await openStore();
        const stream = await streamWith(store, before);

        const error = await caught(() => store.append(stream, [newEvent(), newEvent()], expected));

        expect(error).toBeInstanceOf(WrongExpectedRevision);
        expect(error).toMatchObject({ stream, expected, actual });
        await expectStreamUnchanged(store, stream, before);
      });

      it('keeps its own copy of the data, whatever the writer does afterwards', async () => {
        const store = await openStore();
        const stream = newStream();
        const data = { items: [{ sku: 'A-1' }] };

        await store.append(stream, [newEvent(data)], 'no_stream');
        data.items[0].sku = 'changed';
        data.items.push({ sku: 'added' });

        expect((await store.readStream(stream))[0].data).toEqual({ items: [{ sku: 'A-1' }] });
      });
    });

    describe('idempotent retries', () => {
      it('returns the first result for the same ids at the same place, and stores nothing new', async () => {
        const store = await openStore();
        const stream = newStream();
        const opening = [newEvent()];
        const batch = [newEvent(), newEvent()];
        const openingResult = await store.append(stream, opening, 'no_stream');
        const first = await store.append(stream, batch, 0);
        const again = { ...placement(first), idempotent: true };

        expect(placement(await store.append(stream, batch, 0))).toEqual(again);
        expect(placement(await store.append(stream, batch, 'any'))).toEqual(again);
        const retried = await store.append(stream, batch.map(upperCaseId), 0);
        expect(placement(retried)).toEqual(again);
        // A retry wrote nothing, so it hands back no events as written now.
        expect(retried.events).toBeUndefined();
        // The answer to the first attempt was lost while another writer appended: still the same append.
        await store.append(stream, [newEvent()], 2);
        expect(placement(await store.append(stream, batch, 0))).toEqual(again);
        expect(placement(await store.append(stream, opening, 'no_stream'))).toEqual({ ...placement(openingResult), idempotent: true });

        expect(ids(await store.readStream(stream))).toHaveLength(4);
        expect(await store.streamRevision(stream)).toBe(3);
      });

      it('refuses an id already stored in another stream', async () => {
        const store = await openStore();
        const [stream, other] = [newStream(), newStream()];
        const event = newEvent();
        await store.append(stream, [event], 'no_stream');

        const error = await caught(() => store.append(other, [newEvent(), event], 'any'));

        expect(error).toBeInstanceOf(DuplicateEventId);
        expect(error).toMatchObject({ eventId: event.id, stream: other });
        await expectStreamUnchanged(store, other, 0);
      });

      it('refuses an id already stored elsewhere in the same stream', async () => {
        const store = await openStore();
        const stream = newStream();
        const event = newEvent();
        await store.append(stream, [event, newEvent()], 'no_stream');

        // With 'any' an id already in the stream is a retry; with a revision the writer names the place.
        expect(await caught(() => store.append(stream, [event], 1))).toBeInstanceOf(DuplicateEventId);
        expect(await caught(() => store.append(stream, [newEvent(), event], 1))).toBeInstanceOf(DuplicateEventId);
        await expectStreamUnchanged(store, stream, 2);
      });

      it('refuses a retry that only partly matches what is stored, storing nothing', async () => {
        const store = await openStore();
        const stream = newStream();
        const batch = [newEvent(), newEvent()];
        await store.append(stream, batch, 'no_stream');

        const error = await caught(() => store.append(stream, [...batch, newEvent()], 'no_stream'));

        expect(error instanceof DuplicateEventId || error instanceof WrongExpectedRevision).toBe(true);
        await expectStreamUnchanged(store, stream, 2);
      });

      it('refuses a batch that repeats an id', async () => {
        const store = await openStore();
        const stream = newStream();
        const event = newEvent();

        expect(await caught(() => store.append(stream, [event, event], 'any'))).toBeInstanceOf(InvalidEvent);
        expect(await caught(() => store.append(stream, [event, upperCaseId(event)], 'any'))).toBeInstanceOf(InvalidEvent);
        await expectStreamUnchanged(store, stream, 0);
      });
    });

    describe('input validation', () => {
      const invalidStreams: Array<[string, unknown]> = [
        ['empty', ''],
        ['without a hyphen', 'dossier'],
        ['with an empty category', '-123'],
        ['with an empty id', 'dossier-'],
        ['with an upper-case category', 'Dossier-123'],
        ['system ($)', '$all'],
        ['system category ($ce)', '$ce-dossier'],
        ['with a space', 'dossier-12 3'],
        ['with a trailing newline', 'dossier-123\n'],
        ['with a category over 63 characters', `${'a'.repeat(64)}-1`],
        ['with an id over 200 characters', `dossier-${'x'.repeat(201)}`],
        ['a number', 42],
        ['null', null],
        ['undefined', undefined],
        ['an object', { stream: 'dossier-1' }],
      ];

      it.each(invalidStreams)('refuses a stream name %s', async (_, stream) => {
        const store = await openStore();
        const error = await caught(() => store.append(stream as string, [newEvent()], 'any'));
        expect(error).toBeInstanceOf(InvalidStreamName);
      });

      it('accepts the longest valid stream name', async () => {
        const store = await openStore();
        const stream = `${'a'.repeat(63)}-${'x'.repeat(164)}${randomUUID()}`;
        await store.append(stream, [newEvent()], 'no_stream');
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      const cycle: Record<string, unknown> = { name: 'loop' };
      cycle.self = cycle;
      const invalidData: Array<[string, unknown]> = [
        ['undefined', undefined],
        ['a function', () => 1],
        ['NaN', Number.NaN],
        ['Infinity', Number.POSITIVE_INFINITY],
        ['a Date', new Date()],
        ['a class instance', new (class Money { amount = 1 })()],
        ['a Map', new Map([['a', 1]])],
        ['a BigInt', BigInt(10)],
        ['a symbol', Symbol('x')],
        ['a cycle', cycle],
        ['undefined inside an array', { list: [1, undefined] }],
        ['a nested Date', { at: { when: new Date() } }],
      ];

      it.each(invalidData)('refuses data that is %s, storing nothing', async (_, data) => {
        const store = await openStore();
        const stream = newStream();
        const bad = { ...newEvent(), data };
        expect(await caught(() => store.append(stream, [newEvent(), bad], 'any'))).toBeInstanceOf(InvalidEvent);
        await expectStreamUnchanged(store, stream, 0);
      });

      const invalidEvents: Array<[string, Record<string, unknown>]> = [
        ['an id that is not a UUID', { id: 'not-a-uuid' }],
        ['an empty id', { id: '' }],
        ['a numeric id', { id: 42 }],
        ['no id', { id: undefined }],
        ['a braced UUID', { id: `{${randomUUID()}}` }],
        ['an empty type', { type: '' }],
        ['a type with a space', { type: 'Review Approved' }],
        ['a type starting with a digit', { type: '9Lives' }],
        ['no type', { type: undefined }],
        ['schema version 0', { schemaVersion: 0 }],
        ['a fractional schema version', { schemaVersion: 1.5 }],
        ['a string schema version', { schemaVersion: '2' }],
        ['metadata that is an array', { metadata: [] }],
        ['metadata that is a string', { metadata: 'actor' }],
        ['metadata holding a Date', { metadata: { at: new Date() } }],
        ['metadata holding NaN', { metadata: { n: Number.NaN } }],
      ];

      it.each(invalidEvents)('refuses an event with %s, storing nothing', async (_, override) => {
        const store = await openStore();
        const stream = newStream();
        const bad = { ...newEvent(), ...override } as NewEvent;
        expect(await caught(() => store.append(stream, [newEvent(), bad], 'any'))).toBeInstanceOf(InvalidEvent);
        await expectStreamUnchanged(store, stream, 0);
      });

      it('refuses an empty batch', async () => {
        const store = await openStore();
        const stream = newStream();
        expect(await caught(() => store.append(stream, [], 'any'))).toBeInstanceOf(InvalidEvent);
        expect(await caught(() => store.append(stream, null as unknown as NewEvent[], 'any'))).toBeInstanceOf(InvalidEvent);
        await expectStreamUnchanged(store, stream, 0);
      });

      it('refuses an event over maxEventBytes, counting bytes rather than characters', async () => {
        const store = await openStore({ maxEventBytes: 1024 });
        const stream = newStream();

        const tooLong = await caught(() => store.append(stream, [newEvent(), newEvent({ blob: 'x'.repeat(2000) })], 'any'));
        const tooWide = await caught(() => store.append(stream, [newEvent({ text: 'é'.repeat(600) })], 'any'));

        expect(tooLong).toBeInstanceOf(EventTooLarge);
        expect(tooLong).toMatchObject({ limit: 1024 });
        expect(tooWide).toBeInstanceOf(EventTooLarge);
        await expectStreamUnchanged(store, stream, 0);
        await store.append(stream, [newEvent({ text: 'x'.repeat(600) })], 'no_stream');
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('readStream', () => {
      /** Five events in two appends, the second recorded noticeably later than the first. */
      async function twoAppends(store: EventStore) {
        const stream = newStream();
        await store.append(stream, [newEvent(), newEvent()], 'no_stream');
        await sleep(25);
        await store.append(stream, [newEvent(), newEvent(), newEvent()], 1);
        return { stream, events: await store.readStream(stream) };
      }

      it('selects by revision, direction and limit', async () => {
        const store = await openStore();
        const { stream, events } = await twoAppends(store);
        const read = async (options: Parameters<EventStore['readStream']>[1]) => revisions(await store.readStream(stream, options));

        expect(revisions(events)).toEqual([0, 1, 2, 3, 4]);
        expect(await read({ from: 2 })).toEqual([2, 3, 4]);
        expect(await read({ to: 1 })).toEqual([0, 1]);
        expect(await read({ from: 1, to: 3 })).toEqual([1, 2, 3]);
        expect(await read({ from: 0, to: 0 })).toEqual([0]);
        expect(await read({ limit: 2 })).toEqual([0, 1]);
        expect(await read({ from: 1, limit: 2 })).toEqual([1, 2]);
        expect(await read({ from: 5 })).toEqual([]);
        expect(await read({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
        expect(await read({ direction: 'backwards', from: 2 })).toEqual([2, 1, 0]);
        expect(await read({ direction: 'backwards', limit: 2 })).toEqual([4, 3]);
        expect(await read({ direction: 'backwards', from: 3, limit: 2 })).toEqual([3, 2]);
      });

      it('selects by recording time (asOf, inclusive) and by global position', async () => {
        const store = await openStore();
        const { stream, events } = await twoAppends(store);
        const read = async (options: Parameters<EventStore['readStream']>[1]) => revisions(await store.readStream(stream, options));
        const firstAt = events[1].recordedAt.getTime();
        const secondAt = events[2].recordedAt.getTime();

        expect(secondAt).toBeGreaterThan(firstAt);
        expect(await read({ asOf: new Date(events[0].recordedAt.getTime() - 1) })).toEqual([]);
        expect(await read({ asOf: events[1].recordedAt })).toEqual([0, 1]);
        expect(await read({ asOf: new Date(Math.floor((firstAt + secondAt) / 2)) })).toEqual([0, 1]);
        expect(await read({ asOf: events[4].recordedAt })).toEqual([0, 1, 2, 3, 4]);
        expect(await read({ asOf: new Date(firstAt), direction: 'backwards' })).toEqual([1, 0]);
        expect(await read({ untilPosition: events[1].position })).toEqual([0, 1]);
        expect(await read({ untilPosition: events[2].position })).toEqual([0, 1, 2]);
        expect(await read({ untilPosition: events[0].position - 1 })).toEqual([]);
      });

      it('reads a missing stream as empty', async () => {
        const store = await openStore();
        expect(await store.readStream(newStream())).toEqual([]);
        expect(await store.readStream(newStream(), { direction: 'backwards', asOf: new Date() })).toEqual([]);
      });
    });

    describe('readAll', () => {
      it('returns every event once, in global order, from an inclusive position, within a limit', async () => {
        const store = await openStore();
        const from = (await store.headPosition()) + 1;
        const [one, two] = [newStream(), newStream()];
        const [a, b, c, d] = [newEvent(), newEvent(), newEvent(), newEvent()];
        await store.append(one, [a, b], 'no_stream');
        await store.append(two, [c], 'no_stream');
        const last = await store.append(one, [d], 1);

        const all = await readAllBetween(store, from, last.position);
        const mine = all.filter(inStreams(one, two));

        expect(firstNotIncreasing(all.map((event) => event.position))).toBe(-1);
        expect(ids(mine)).toEqual(ids([a, b, c, d]));
        expect(mine.map((event) => `${event.stream === one ? 'one' : 'two'}@${event.revision}`)).toEqual(['one@0', 'one@1', 'two@0', 'one@2']);

        const [atC] = await store.readAll({ fromPosition: mine[2].position, limit: 1 });
        expect(atC.id).toBe(c.id);
        const page = await store.readAll({ fromPosition: mine[0].position, limit: 2 });
        expect(page).toHaveLength(2);
        expect(page[0].id).toBe(a.id);
        expect(page[1].position).toBeGreaterThan(page[0].position);
      });
    });

    describe('recorded events', () => {
      it('round-trip every field and chain their hashes', async () => {
        const store = await openStore();
        const stream = newStream();
        const data = {
          title: 'Hồ sơ khen thưởng — 2024 ✓ 🇻🇳',
          nul: 'before\u0000after',
          quotes: 'a "quoted" \\ backslash\n\ttab',
          numbers: [0, -1, 1.5, 1e-7, 2 ** 53 - 1, 1e300],
          flags: { yes: true, no: false, nothing: null },
          nested: { deeper: { list: [{ a: 1 }, [], {}] } },
        };
        const metadata = {
          actor: 'user-1',
          role: 'reviewer',
          org: 'org-7',
          correlationId: randomUUID(),
          causationId: randomUUID(),
          commandId: randomUUID(),
          extra: { note: 'ngày 1/2' },
        };
        const first = { ...newEvent(data), id: randomUUID().toUpperCase(), type: 'DossierSubmitted', metadata };
        const second = { ...newEvent({ n: 2 }), type: 'ReviewRequested', schemaVersion: 4 };

        const result = await store.append(stream, [first, second], 'no_stream');
        const [one, two] = await store.readStream(stream);

        expect(one).toMatchObject({ id: first.id.toLowerCase(), stream, type: 'DossierSubmitted', schemaVersion: 1, data, metadata, revision: 0 });
        expect(two).toMatchObject({ id: second.id, stream, type: 'ReviewRequested', schemaVersion: 4, data: { n: 2 }, metadata: {}, revision: 1 });
        expect(two.position).toBe(result.position);
        for (const event of [one, two]) {
          expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
          expect(event.recordedAt).toBeInstanceOf(Date);
          expect(Number.isNaN(event.recordedAt.getTime())).toBe(false);
          expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
        }
        expect(one.hash).toBe(eventHash(GENESIS_HASH, 0, one));
        expect(two.hash).toBe(eventHash(one.hash, 1, two));

        await store.append(stream, [newEvent()], 1);
        const [three] = await store.readStream(stream, { from: 2 });
        expect(three.hash).toBe(eventHash(two.hash, 2, three));
        expect(three.recordedAt.getTime()).toBeGreaterThanOrEqual(two.recordedAt.getTime());
      });

      it('are handed back by a fresh append, when the adapter does so, exactly as a read returns them', async () => {
        const store = await openStore();
        const stream = await streamWith(store, 2);
        const data = { title: 'Báo cáo năm 2025', values: [1.5, null, { deep: ['x'] }] };
        const written = [{ ...newEvent(data), id: randomUUID().toUpperCase() }, { ...newEvent(), schemaVersion: 3 }];

        const result = await store.append(stream, written, 1);
        const read = await store.readStream(stream, { from: 2 });

        expect(read).toHaveLength(2);
        if (result.events === undefined) return; // the adapter leaves it to a read
        expect(result.events).toEqual(read);
        expect(result.events.map((event) => event.recordedAt.getTime())).toEqual(read.map((event) => event.recordedAt.getTime()));
        expect(result.events[1].position).toBe(result.position);
        expect(result.events[1].revision).toBe(result.revision);
      });
    });

    describe('stream status', () => {
      it('verifies a good chain and reports revisions, the head and health', async () => {
        const store = await openStore();
        const stream = newStream();
        expect(await store.ping()).toBe(true);
        expect(await store.streamRevision(stream)).toBeNull();
        const headBefore = await store.headPosition();

        const result = await store.append(stream, [newEvent(), newEvent(), newEvent()], 'no_stream');
        const events = await store.readStream(stream);

        expect(await store.streamRevision(stream)).toBe(2);
        expect(result.position).toBeGreaterThan(headBefore);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(result.position);
        expect(await store.verifyStream(stream)).toEqual({ ok: true, stream, events: 3, lastHash: events[2].hash });
      });
    });

    describe('upcasting', () => {
      const renamedV1toV2 = { type: 'MemberRenamed', fromVersion: 1, upcast: (data: unknown) => ({ fullName: (data as { name: string }).name }) };
      const renamedV2toV3 = { type: 'MemberRenamed', fromVersion: 2, upcast: (data: unknown) => ({ ...(data as object), tags: [] }) };

      it('serves old versions as the latest on every read path, leaving the stored form alone', async () => {
        const store = await openStore({ upcasters: new UpcasterRegistry().register(renamedV1toV2, renamedV2toV3) });
        const from = (await store.headPosition()) + 1;
        const stream = newStream('member');
        const subscriber = follow(store, from, inStreams(stream));
        const appendedUpcast = await store.append(
          stream,
          [
            { ...newEvent({ name: 'Lan' }), type: 'MemberRenamed' },
            { ...newEvent({ fullName: 'Minh' }), type: 'MemberRenamed', schemaVersion: 2 },
            { ...newEvent({ fullName: 'Hoa', tags: ['x'] }), type: 'MemberRenamed', schemaVersion: 3 },
            { ...newEvent({ name: 'Lan' }), type: 'MemberJoined' },
          ],
          'no_stream',
        );
        const expected = [
          { type: 'MemberRenamed', schemaVersion: 3, data: { fullName: 'Lan', tags: [] } },
          { type: 'MemberRenamed', schemaVersion: 3, data: { fullName: 'Minh', tags: [] } },
          { type: 'MemberRenamed', schemaVersion: 3, data: { fullName: 'Hoa', tags: ['x'] } },
          { type: 'MemberJoined', schemaVersion: 1, data: { name: 'Lan' } },
        ];
        const shape = (events: RecordedEvent[]) => events.map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data }));

        const read = await store.readStream(stream);
        expect(shape(read)).toEqual(expected);
        if (appendedUpcast.events) expect(shape(appendedUpcast.events)).toEqual(expected);
        expect(shape((await readAllBetween(store, from, appendedUpcast.position)).filter(inStreams(stream)))).toEqual(expected);
        await waitFor(() => subscriber.seen.length >= 4, 'the subscriber to see 4 events');
        expect(shape(subscriber.seen)).toEqual(expected);
        expect(await store.verifyStream(stream)).toEqual({ ok: true, stream, events: 4, lastHash: read[3].hash });
      });
    });

    describe('subscribeToAll', () => {
      it('catches up, goes live, stops, and resumes without duplicates', async () => {
        const store = await openStore();
        const from = (await store.headPosition()) + 1;
        const stream = newStream();
        const events = Array.from({ length: 6 }, () => newEvent());
        await store.append(stream, events.slice(0, 3), 'no_stream');

        const first = follow(store, from, inStreams(stream), 2);
        expect(first.subscription.position).toBe(from - 1);
        await first.subscription.caughtUp;
        expect(ids(first.seen)).toEqual(ids(events.slice(0, 3)));

        await store.append(stream, [events[3]], 2);
        await store.append(stream, [events[4]], 3);
        await waitFor(() => first.seen.length >= 5, 'live delivery of 2 more events');
        await first.subscription.stop();
        const stoppedAt = first.subscription.position;
        expect(stoppedAt).toBeGreaterThanOrEqual(first.seen[4].position);

        await store.append(stream, [events[5]], 4);
        await sleep(100);
        expect(first.seen).toHaveLength(5);

        const resumed = follow(store, stoppedAt + 1, inStreams(stream));
        await waitFor(() => resumed.seen.length >= 1, 'the resumed subscription to see the last event');
        await resumed.subscription.caughtUp;
        await sleep(50);

        expect(ids([...first.seen, ...resumed.seen])).toEqual(ids(events));
        expect(Math.max(...first.batchSizes)).toBeLessThanOrEqual(2);
        expect(firstNotIncreasing([...first.positions, ...resumed.positions])).toBe(-1);
        expect([...first.errors, ...resumed.errors]).toEqual([]);
      });

      it('reports a failing handler through onError and stops', async () => {
        const store = await openStore();
        const stream = newStream();
        const failure = new Error('handler failed');
        const errors: unknown[] = [];
        let calls = 0;
        const subscription = store.subscribeToAll({
          fromPosition: (await store.headPosition()) + 1,
          onEvents: async () => {
            calls += 1;
            throw failure;
          },
          onError: (error) => errors.push(error),
        });
        cleanups.push(() => subscription.stop());

        await store.append(stream, [newEvent()], 'no_stream');
        await waitFor(() => errors.length > 0, 'onError to be called');
        await store.append(stream, [newEvent()], 0);
        await sleep(100);
        await subscription.stop();

        expect(calls).toBe(1);
        expect(errors).toEqual([failure]);
      });
    });

    describe('concurrent writers', () => {
      const writers = tuning.writers ?? 16;
      const eventsPerWriter = tuning.eventsPerWriter ?? 1000;
      const total = writers * eventsPerWriter;

      it(
        `${writers} writers × ${eventsPerWriter} appends under two live subscribers: each sees every event once, in one order`,
        async () => {
          const store = await openStore();
          const prefix = `load-${randomUUID()}`;
          const hot = `${prefix}.hot`;
          const mine = (event: RecordedEvent) => event.stream.startsWith(prefix);
          const from = (await store.headPosition()) + 1;
          const subscribers = [follow(store, from, mine), follow(store, from, mine)];
          const appended = new Map<string, AppendResult>();

          // Contended: every writer races for the next revision of one stream, retrying with the
          // revision the refusal reports. The event keeps its id across retries, so a refused
          // attempt that stored anything would surface as a DuplicateEventId.
          const appendToHot = async (event: NewEvent): Promise<AppendResult> => {
            let expected: ExpectedRevision = (await store.streamRevision(hot)) ?? 'no_stream';
            for (;;) {
              try {
                return await store.append(hot, [event], expected);
              } catch (error) {
                if (!(error instanceof WrongExpectedRevision)) throw error;
                expected = error.actual ?? 'no_stream';
              }
            }
          };
          const write = async (writer: number) => {
            const own = [0, 1, 2, 3].map((k) => ({ stream: `${prefix}.w${writer}.s${k}`, revision: null as number | null }));
            for (let sequence = 0; sequence < eventsPerWriter; sequence += 1) {
              const event = newEvent({ writer, sequence });
              if (sequence % 10 === 0) {
                appended.set(event.id, await appendToHot(event));
              } else if (sequence % 10 === 1) {
                appended.set(event.id, await store.append(`${prefix}.w${writer}.n${sequence}`, [event], 'no_stream'));
              } else {
                const target = own[sequence % own.length];
                const result = await store.append(target.stream, [event], target.revision ?? 'no_stream');
                target.revision = result.revision;
                appended.set(event.id, result);
              }
            }
          };
          await Promise.all(Array.from({ length: writers }, (_, writer) => write(writer)));

          // Everything written is at or below this position, so a subscriber past it has had its chance.
          const head = Math.max(...[...appended.values()].map((result) => result.position));
          await waitFor(
            () => subscribers.every(({ subscription, errors }) => subscription.position >= head || errors.length > 0),
            `both subscribers to reach position ${head}`,
            120_000,
          );
          await Promise.all(subscribers.map(({ subscription }) => subscription.stop()));
          const final = (await readAllBetween(store, from, head)).filter(mine);

          expect(appended.size).toBe(total);
          for (const { seen, positions, errors } of subscribers) {
            expect(errors).toEqual([]);
            expect(seen.length).toBe(total);
            expect(new Set(ids(seen)).size).toBe(total);
            expect(seen.filter((event) => appended.get(event.id)?.position !== event.position)).toEqual([]);
            expect(firstNotIncreasing(positions)).toBe(-1);
            expect(streamsOutOfOrder(seen)).toEqual([]);
          }
          expect(firstDifference(ids(subscribers[0].seen), ids(subscribers[1].seen))).toBe(-1);
          expect(firstDifference(ids(subscribers[0].seen), ids(final))).toBe(-1);
          const hotEvents = writers * Math.ceil(eventsPerWriter / 10);
          expect(await store.streamRevision(hot)).toBe(hotEvents - 1);
          expect(await store.verifyStream(hot)).toMatchObject({ ok: true, events: hotEvents });
        },
        600_000,
      );
    });
  });
}
