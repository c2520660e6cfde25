import { randomUUID } from 'node:crypto';
import { MaxAppendSizeExceededError } from '@eventstore/db-client';
import { DuplicateEventId } from '../event-store.errors';
import { NewEvent, RecordedEvent } from '../event.types';
import { eventHash, GENESIS_HASH } from '../hashing/event-hash';
import { describeEventStoreConformance } from '../testing/event-store.conformance';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { EventStoreDbProtocolDouble } from './eventstoredb-protocol-double';

describe('EventStoreDB event store', () => {
  describe('against the protocol double', () => {
    // 8 writers × 200 appends instead of 16 × 1000: every append is three in-process gRPC calls
    // (claim, append, read-back), and the full load takes about three minutes against the double.
    const tuning = { writers: 8, eventsPerWriter: 200 };
    describeEventStoreConformance(
      'eventstoredb (protocol double)',
      async (options) => {
        const double = await EventStoreDbProtocolDouble.start();
        const store = new EventStoreDbEventStore({ connectionString: double.connectionString, ...options });
        return {
          store,
          close: async () => {
            await store.close();
            await double.stop();
          },
        };
      },
      tuning,
    );
  });

  describe('at the protocol level', () => {
    let double: EventStoreDbProtocolDouble;
    const opened: EventStoreDbEventStore[] = [];
    const at = new Date('2025-03-04T05:06:07.089Z');

    beforeEach(async () => {
      double = await EventStoreDbProtocolDouble.start();
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
      await double.stop();
    });

    /** Another store on the same server stands for another process: it shares nothing in memory. */
    function openStore(clock = () => at): EventStoreDbEventStore {
      const store = new EventStoreDbEventStore({ connectionString: double.connectionString, clock });
      opened.push(store);
      return store;
    }

    const appendsTo = (stream: string) => double.appends.filter((append) => append.stream === stream);

    it('sends JSON data, the type, and our fields in an envelope in the custom metadata', async () => {
      const store = openStore();
      const stream = newStream();
      const correlationId = randomUUID();
      const event = { ...newEvent({ title: 'Hồ sơ', n: 1 }), type: 'DossierSubmitted', schemaVersion: 3, metadata: { actor: 'user-1', correlationId } };

      await store.append(stream, [event], 'no_stream');

      const [sent] = appendsTo(stream);
      expect(sent.messages).toHaveLength(1);
      const [message] = sent.messages;
      expect(message.id).toBe(event.id);
      expect(message.metadata).toEqual({ type: 'DossierSubmitted', 'content-type': 'application/json' });
      expect(JSON.parse(message.data.toString('utf8'))).toEqual({ title: 'Hồ sơ', n: 1 });
      const envelope = JSON.parse(message.customMetadata.toString('utf8'));
      const fields = { id: event.id, stream, type: 'DossierSubmitted', schemaVersion: 3, data: event.data, metadata: event.metadata, recordedAt: at };
      expect(envelope).toEqual({
        $schemaVersion: 3,
        $recordedAt: '2025-03-04T05:06:07.089Z',
        $hash: eventHash(GENESIS_HASH, 0, fields),
        $correlationId: correlationId,
        $metadata: { actor: 'user-1', correlationId },
      });
    });

    it('always appends with the exact revision the events were chained to', async () => {
      const store = openStore();
      const stream = newStream();

      await store.append(stream, [newEvent()], 'no_stream');
      await store.append(stream, [newEvent()], 'any');
      await store.append(stream, [newEvent(), newEvent()], 'stream_exists');
      await store.append(stream, [newEvent()], 3);

      expect(appendsTo(stream).map((append) => append.expected)).toEqual(['no_stream', { revision: 0 }, { revision: 1 }, { revision: 3 }]);
    });

    it('claims each new id with a create-only write to its own stream, which readers never see', async () => {
      const store = openStore();
      const stream = newStream();
      const event = newEvent();
      const from = (await store.headPosition()) + 1;

      await store.append(stream, [event], 'no_stream');

      expect(appendsTo(`_eventid-${event.id}`)).toEqual([
        expect.objectContaining({ expected: 'no_stream', messages: [expect.objectContaining({ metadata: { type: 'EventIdClaimed', 'content-type': 'application/json' } })] }),
      ]);
      expect((await store.readAll({ fromPosition: from })).map((read) => read.stream)).toEqual([stream]);
    });

    it('refuses an id stored in another stream by another process, naming where it is', async () => {
      const [one, two] = [openStore(), openStore()];
      const [first, second] = [newStream(), newStream()];
      const event = newEvent();
      await one.append(first, [newEvent(), event], 'no_stream');

      const error = await two.append(second, [event], 'any').catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(DuplicateEventId);
      expect(error).toMatchObject({ eventId: event.id, stream: second, existingStream: first, existingRevision: 1 });
      expect(await two.readStream(second)).toEqual([]);
    });

    it("reports a retry the server recognised as idempotent when this process's knowledge was stale", async () => {
      // A later clock for the retry: a byte-identical retry could not be told from the first write.
      const [one, two] = [openStore(), openStore(() => new Date(at.getTime() + 1000))];
      const stream = newStream();
      await two.append(stream, [newEvent()], 'no_stream');
      const batch = [newEvent(), newEvent()];
      const first = await one.append(stream, batch, 0);

      const again = await two.append(stream, batch, 0);

      // The retry went to the server, which wrote nothing: the stream still ends at revision 2.
      expect(appendsTo(stream).map((append) => append.expected)).toEqual(['no_stream', { revision: 0 }, { revision: 0 }]);
      expect(again).toEqual({ ...first, idempotent: true });
      expect(await one.streamRevision(stream)).toBe(2);
    });

    it('turns server positions into even global positions, so last seen + 1 is a valid start', async () => {
      const store = openStore();
      const stream = newStream();
      await store.append(stream, [newEvent(), newEvent()], 'no_stream');
      double.appendSystemEvent('$stats-double', '$statsCollected');
      await store.append(stream, [newEvent()], 1);

      const events = await store.readStream(stream);
      const all = await store.readAll({ fromPosition: events[0].position });

      expect(events.map((event) => event.position % 2)).toEqual([0, 0, 0]);
      expect(all.map(revisionOf)).toEqual([0, 1, 2]);
      expect((await store.readAll({ fromPosition: events[0].position + 1 })).map(revisionOf)).toEqual([1, 2]);
      expect(await store.readAll({ fromPosition: events[2].position + 1 })).toEqual([]);
      expect(await store.headPosition()).toBe(events[2].position);
    });

    it('subscribes from an inclusive position, skipping system events, and from last seen + 1', async () => {
      const store = openStore();
      const stream = newStream();
      await store.append(stream, [newEvent(), newEvent(), newEvent()], 'no_stream');
      double.appendSystemEvent('$stats-double', '$statsCollected');
      const events = await store.readStream(stream);

      const fromSecond = await collect(store, events[1].position, 2);
      const afterSecond = await collect(store, events[1].position + 1, 1);

      expect(fromSecond.map(revisionOf)).toEqual([1, 2]);
      expect(afterSecond.map(revisionOf)).toEqual([2]);
    });

    it("lets the server's limit on one append's size through as the client's error", async () => {
      const store = openStore();
      const big = () => newEvent({ blob: 'x'.repeat(600 * 1024) });

      const error = await store.append(newStream(), [big(), big()], 'no_stream').catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
    });

    async function collect(store: EventStoreDbEventStore, fromPosition: number, count: number): Promise<RecordedEvent[]> {
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ fromPosition, onEvents: async (events) => void seen.push(...events) });
      await subscription.caughtUp;
      await subscription.stop();
      expect(seen).toHaveLength(count);
      return seen;
    }
  });

  // Only defined when a server is given, so a run without one reports nothing rather than a skip.
  const url = process.env.EVENTSTORE_URL;
  if (url) {
    describe('against EVENTSTORE_URL', () => {
      describeEventStoreConformance('eventstoredb (server)', async (options) => {
        const store = new EventStoreDbEventStore({ connectionString: url, ...options });
        return { store, close: () => store.close() };
      });
    });
  }
});

function newStream(): string {
  return `dossier-${randomUUID()}`;
}

function newEvent(data: unknown = { note: 'mapping' }): NewEvent {
  return { id: randomUUID(), type: 'NoteAdded', data };
}

function revisionOf(event: RecordedEvent): number {
  return event.revision;
}
