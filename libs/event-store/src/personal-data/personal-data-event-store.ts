import { InvalidEvent } from '../event-store.errors';
import { AppendResult, ChainVerification, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../event-store.port';
import { NewEvent, RecordedEvent } from '../event.types';
import { ExpectedRevision } from '../expected-revision';
import { prepareEvents } from '../event-validation';
import { forEachEnvelope, replaceEnvelopes, usesEnvelopeKey, valueAt, withValueAt } from './json-walk';
import { PersonalKeyring } from './personal-keyring';
import { PersonalDataUnreadable } from './personal-data.errors';
import { ENVELOPE_KEY, ERASED_PERSONAL_DATA, openPersonalValue, PersonalEnvelope, sealPersonalValue } from './personal-envelope';

/** Where an event's personal values are and whose they are (the domain's declaration, see personalFieldsOf). */
export type PersonalFieldsOf = (type: string, data: unknown) => ReadonlyArray<{ path: readonly string[]; subject: string }>;

export interface PersonalDataOptions {
  keyring: PersonalKeyring;
  fieldsOf: PersonalFieldsOf;
  /**
   * Metadata computed from the whole command, personal values included: the command's fingerprint,
   * which would confirm a guessed name. Sealed as well, under the event's first subject.
   */
  derivedMetadata?: readonly string[];
}

interface Sealing {
  path: readonly string[];
  subject: string;
}

/**
 * Wraps any adapter. On append, each declared personal value is replaced by an envelope encrypted
 * with its subject's key, before the adapter computes the event's hash: the chain and the seals
 * cover ciphertext only. On read, envelopes are opened again; a subject whose key was destroyed
 * reads as ERASED_PERSONAL_DATA. Everything above the port (deciders, projections, history, the
 * API) sees plain values and is unchanged; `verifyStream` and the audit tools see what is stored.
 *
 * A retried append proposes new ciphertext (random IVs) under the same event ids: adapters
 * recognise a retry by its ids and places, never by its content, so it stays idempotent.
 */
export class PersonalDataEventStore implements EventStore {
  private readonly derivedMetadata: readonly string[];

  constructor(
    private readonly inner: EventStore,
    private readonly options: PersonalDataOptions,
  ) {
    this.derivedMetadata = options.derivedMetadata ?? ['commandFingerprint'];
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const result = await this.inner.append(stream, await this.conceal(events), expected);
    // The events the adapter hands back are in their stored form: opened as any read opens them.
    return result.events ? { ...result, events: await this.reveal(result.events) } : result;
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readStream(stream, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reveal(await this.inner.readAll(options));
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll({ ...options, onEvents: async (events) => options.onEvents(await this.reveal(events)) });
  }

  streamRevision(stream: string): Promise<number | null> {
    return this.inner.streamRevision(stream);
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  /** The chain is over the stored (encrypted) form, so erasure never breaks it. */
  verifyStream(stream: string): Promise<ChainVerification> {
    return this.inner.verifyStream(stream);
  }

  ping(): Promise<boolean> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async conceal(events: NewEvent[]): Promise<NewEvent[]> {
    // The adapter's own checks first (ids, types, plain acyclic JSON), so a bad event is refused as it would be without this wrapper.
    prepareEvents(events, Number.MAX_SAFE_INTEGER);
    const sealings = events.map((event) => this.sealingsOf(event));
    if (sealings.every((list) => list.length === 0)) return events;
    const keys = await this.options.keyring.keysForWriting([...new Set(sealings.flat().map((sealing) => sealing.subject))]);
    return events.map((event, index) => {
      const list = sealings[index];
      if (list.length === 0) return event;
      const seal = (value: unknown, subject: string) => sealPersonalValue(value, subject, keys.get(subject)!, event.id);
      let data = event.data;
      for (const { path, subject } of list) data = withValueAt(data, path, seal(valueAt(data, path), subject));
      let metadata = event.metadata;
      for (const key of this.derivedMetadata) {
        if (metadata?.[key] !== undefined) metadata = { ...metadata, [key]: seal(metadata[key], list[0].subject) };
      }
      return { ...event, data, ...(metadata === undefined ? {} : { metadata }) };
    });
  }

  /** The personal values of one event still to encrypt (a value already read as erased stays as it is). */
  private sealingsOf(event: NewEvent): Sealing[] {
    if (usesEnvelopeKey(event.data) || usesEnvelopeKey(event.metadata)) {
      throw new InvalidEvent(`event ${String(event.id)}: the key "${ENVELOPE_KEY}" is reserved for encrypted personal data`);
    }
    return this.options.fieldsOf(event.type, event.data).filter(({ path, subject }) => {
      if (typeof subject !== 'string' || subject === '') throw new InvalidEvent(`event ${String(event.id)}: personal field ${path.join('.')} has no subject`);
      const value = valueAt(event.data, path);
      return value !== undefined && value !== ERASED_PERSONAL_DATA;
    });
  }

  /**
   * Opens the envelopes of the events read. Every event is walked once to find them; only those
   * holding one are walked again and copied, so a page with a few nominations among thousands of
   * other events costs little more than one with none.
   */
  private async reveal(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const subjects = new Set<string>();
    const holding: number[] = [];
    let found = false;
    const collect = (envelope: PersonalEnvelope) => {
      found = true;
      subjects.add(envelope.$personal.subject);
    };
    for (let index = 0; index < events.length; index += 1) {
      found = false;
      forEachEnvelope(events[index].data, collect);
      forEachEnvelope(events[index].metadata, collect);
      if (found) holding.push(index);
    }
    if (holding.length === 0) return events;
    const keys = await this.options.keyring.keysForReading([...subjects]);
    const revealed = events.slice();
    for (const index of holding) {
      const event = events[index];
      const open = (envelope: PersonalEnvelope) => {
        const key = keys.get(envelope.$personal.subject);
        if (!key) return ERASED_PERSONAL_DATA;
        const opened = openPersonalValue(envelope, key, event.id);
        if (!opened) throw new PersonalDataUnreadable(event.id, envelope.$personal.subject);
        return opened.value;
      };
      const data = replaceEnvelopes(event.data, open);
      const metadata = replaceEnvelopes(event.metadata, open) as RecordedEvent['metadata'];
      revealed[index] = { ...event, data, metadata };
    }
    return revealed;
  }
}
