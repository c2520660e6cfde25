/**
 * The in-memory log behind the protocol double, with the write rules of an EventStoreDB server as
 * far as a client can observe them: one global log addressed by byte-like positions, per-stream
 * revisions, optimistic concurrency, and idempotency on event ids at the place they were written.
 * It knows nothing of gRPC; streams-service.ts translates.
 */

export interface ProposedRecord {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

export interface StoredRecord extends ProposedRecord {
  stream: string;
  revision: number;
  /** Commit and prepare position, equal for every event written outside an explicit transaction. */
  position: bigint;
  /** Ticks of 100 ns since the Unix epoch, the form the server sends in the "created" metadata. */
  created: bigint;
}

export type ExpectedState = { revision: number } | 'no_stream' | 'any' | 'stream_exists';

export type AppendOutcome =
  | { kind: 'written'; last: StoredRecord }
  | { kind: 'idempotent'; lastRevision: number }
  | { kind: 'wrong_expected_version'; current: number | null };

/** Where a read of the global log starts: the first record, after the last one, or a record boundary. */
export type LogPoint = 'start' | 'end' | bigint;

export class InvalidLogPosition extends Error {
  constructor(readonly position: bigint) {
    super(`${position} is not the position of a record in the log`);
  }
}

/** Real logs start with a chunk header; no event ever sits at position 0. */
const FIRST_RECORD_POSITION = 128n;
/** Rough size of a prepare record's fixed fields, so positions advance like byte offsets, with gaps. */
const RECORD_OVERHEAD = 90;

export class DoubleLog {
  private readonly records: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly listeners = new Set<(record: StoredRecord) => void>();
  private nextPosition = FIRST_RECORD_POSITION;

  constructor(private readonly now: () => Date = () => new Date()) {}

  append(stream: string, expected: ExpectedState, proposed: readonly ProposedRecord[]): AppendOutcome {
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length === 0 ? null : existing.length - 1;
    const decision = this.decide(existing, current, expected, proposed);
    if (decision !== 'write') return decision;

    const created = BigInt(this.now().getTime()) * 10_000n;
    const written = proposed.map((record, index) => this.store({ ...record, stream, revision: existing.length + index, created }));
    this.streams.set(stream, [...existing, ...written]);
    // Listeners run after the whole batch is in place, so no reader sees half an append.
    for (const record of written) this.listeners.forEach((listener) => listener(record));
    return { kind: 'written', last: written[written.length - 1] };
  }

  /** Events of one stream, or null when it has none (the server answers "stream not found"). */
  readStream(stream: string, from: 'start' | 'end' | number, backwards: boolean, count: number): StoredRecord[] | null {
    const events = this.streams.get(stream);
    if (events === undefined) return null;
    if (backwards) {
      const start = from === 'end' ? events.length - 1 : from === 'start' ? 0 : Math.min(from, events.length - 1);
      return events.slice(Math.max(start - count + 1, 0), start + 1).reverse();
    }
    const start = from === 'start' ? 0 : from === 'end' ? events.length : from;
    return events.slice(start, start + count);
  }

  /**
   * Forwards from a point (inclusive); backwards from a point, returning records before it, the way
   * the server treats a backward position as the end of the previous record.
   */
  readAll(from: LogPoint, backwards: boolean, count: number, keep: (record: StoredRecord) => boolean): StoredRecord[] {
    const index = this.indexOf(from);
    const selected: StoredRecord[] = [];
    if (backwards) {
      for (let i = index - 1; i >= 0 && selected.length < count; i -= 1) if (keep(this.records[i])) selected.push(this.records[i]);
    } else {
      for (let i = index; i < this.records.length && selected.length < count; i += 1) if (keep(this.records[i])) selected.push(this.records[i]);
    }
    return selected;
  }

  /** Records strictly after a point, for subscriptions, whose start position is exclusive. */
  after(from: LogPoint): StoredRecord[] {
    if (from === 'start') return [...this.records];
    const index = this.indexOf(from);
    const startsAtRecord = from !== 'end' && this.records[index]?.position === from;
    return this.records.slice(startsAtRecord ? index + 1 : index);
  }

  onAppend(listener: (record: StoredRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Index of the first record at or after a point; refuses positions inside a record. */
  private indexOf(point: LogPoint): number {
    if (point === 'start') return 0;
    if (point === 'end') return this.records.length;
    if (point === 0n) return 0;
    if (point === this.nextPosition) return this.records.length;
    const index = this.records.findIndex((record) => record.position >= point);
    if (index === -1 || this.records[index].position !== point) throw new InvalidLogPosition(point);
    return index;
  }

  private store(record: Omit<StoredRecord, 'position'>): StoredRecord {
    const stored = { ...record, position: this.nextPosition };
    const size = RECORD_OVERHEAD + Buffer.byteLength(record.stream) + Buffer.byteLength(record.type) + record.data.length + record.customMetadata.length;
    this.nextPosition += BigInt(size);
    this.records.push(stored);
    return stored;
  }

  /**
   * The server's commit check. An exact revision (no_stream counts as -1) behind the stream is an
   * idempotent retry when the same ids sit right after it; with any or stream_exists only the first
   * id is looked up. A batch that matches partly is refused, as the server refuses it. (The server
   * looks ids up for any in a cache of recent writes; the double remembers them all.)
   */
  private decide(
    existing: readonly StoredRecord[],
    current: number | null,
    expected: ExpectedState,
    proposed: readonly ProposedRecord[],
  ): AppendOutcome | 'write' {
    const refuse: AppendOutcome = { kind: 'wrong_expected_version', current };
    const last = current ?? -1;
    if (expected === 'stream_exists' && current === null) return refuse;
    if (expected === 'any' || expected === 'stream_exists') {
      const at = existing.findIndex((record) => record.id === proposed[0].id);
      if (at === -1) return 'write';
      return this.sameIdsAt(existing, at, proposed) ? { kind: 'idempotent', lastRevision: at + proposed.length - 1 } : refuse;
    }
    const expectedLast = expected === 'no_stream' ? -1 : expected.revision;
    if (expectedLast === last) return 'write';
    if (expectedLast < last && this.sameIdsAt(existing, expectedLast + 1, proposed)) {
      return { kind: 'idempotent', lastRevision: expectedLast + proposed.length };
    }
    return refuse;
  }

  private sameIdsAt(existing: readonly StoredRecord[], start: number, proposed: readonly ProposedRecord[]): boolean {
    return proposed.every((record, offset) => existing[start + offset]?.id === record.id);
  }
}
