import { RecordedEvent } from '../event.types';
import { GENESIS_HASH } from '../hashing/event-hash';

export interface KnownEvent {
  revision: number;
  position: number;
}

/**
 * What this process has read or written of one stream: a prefix of it, every id in that prefix, and
 * the hash of its last event. Stored events never change, so the prefix only ever grows and stays
 * true however stale; an append built on it is sent with its exact revision, and the server refuses
 * it if the stream has moved on, which is when the prefix is extended and the decision taken again.
 */
export class StreamKnowledge {
  revision: number | null = null;
  lastHash = GENESIS_HASH;
  /** False until the stream has been read once, so an empty prefix is not mistaken for a new stream. */
  loaded = false;
  private readonly ids = new Map<string, KnownEvent>();

  constructor(readonly stream: string) {}

  get size(): number {
    return this.ids.size;
  }

  find(id: string): KnownEvent | undefined {
    return this.ids.get(id);
  }

  /** Takes stored events in revision order; those that do not continue the prefix are ignored. */
  learn(events: readonly RecordedEvent[]): boolean {
    const before = this.revision;
    for (const event of events) {
      if (event.revision !== (this.revision ?? -1) + 1) continue;
      this.ids.set(event.id, { revision: event.revision, position: event.position });
      this.revision = event.revision;
      this.lastHash = event.hash;
    }
    return this.revision !== before;
  }
}

/**
 * Knowledge of recently used streams, so an append costs a write and a read-back instead of a read
 * of the whole stream. Bounded by the number of ids held: the least recently used streams are
 * forgotten first (and read again in full when next appended to); one very long stream is kept
 * even when it alone is over the bound.
 */
export class StreamLedger {
  private readonly streams = new Map<string, StreamKnowledge>();
  private held = 0;

  constructor(private readonly maxIds: number) {}

  of(stream: string): StreamKnowledge {
    const knowledge = this.streams.get(stream) ?? new StreamKnowledge(stream);
    // Re-inserting keeps the Map in least-recently-used order.
    this.streams.delete(stream);
    this.streams.set(stream, knowledge);
    return knowledge;
  }

  learn(knowledge: StreamKnowledge, events: readonly RecordedEvent[]): boolean {
    const before = knowledge.size;
    const grew = knowledge.learn(events);
    if (this.streams.get(knowledge.stream) === knowledge) this.held += knowledge.size - before;
    this.forgetOldest();
    return grew;
  }

  private forgetOldest(): void {
    for (const [stream, knowledge] of this.streams) {
      if (this.held <= this.maxIds || this.streams.size === 1) return;
      this.streams.delete(stream);
      this.held -= knowledge.size;
    }
  }
}
