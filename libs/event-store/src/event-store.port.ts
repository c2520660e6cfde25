import { EventMetadata, NewEvent, RecordedEvent } from './event.types';
import { ExpectedRevision } from './expected-revision';

export interface AppendResult {
  /** Revision of the stream's last event after this append. */
  revision: number;
  /** Global position of the last event appended (or found, for an idempotent retry). */
  position: number;
  /** True when every event was already stored at this place and nothing new was written. */
  idempotent: boolean;
  /**
   * The events exactly as `readStream` would return them, when the adapter has them at hand
   * without another read (a fresh append); absent otherwise, idempotent retries included.
   */
  events?: RecordedEvent[];
}

export interface ReadStreamOptions {
  /** First revision to return (inclusive); for backwards reads, the revision to start down from. */
  from?: number;
  /** Last revision to return (inclusive). */
  to?: number;
  direction?: 'forwards' | 'backwards';
  /** Only events recorded at or before this moment. */
  asOf?: Date;
  /** Only events at or before this global position. */
  untilPosition?: number;
  limit?: number;
}

export interface ReadAllOptions {
  /** Inclusive lower bound; resume from the last position seen + 1. */
  fromPosition?: number;
  limit?: number;
}

export interface SubscribeOptions {
  /** Inclusive lower bound; resume from the last position handled + 1. */
  fromPosition?: number;
  /** Called with events in global order; the next batch waits until the promise settles. */
  onEvents: (events: RecordedEvent[]) => Promise<void>;
  /** Called when the handler or the store fails; the subscription then stops. */
  onError?: (error: unknown) => void;
  batchSize?: number;
}

export interface Subscription {
  /** Resolves once every event that existed at subscription time has been handed over. */
  readonly caughtUp: Promise<void>;
  /** Last global position handed to the handler, or fromPosition - 1. */
  readonly position: number;
  stop(): Promise<void>;
}

export interface ChainBreak {
  stream: string;
  revision: number;
  expectedHash: string;
  foundHash: string;
  reason: 'hash_mismatch' | 'revision_gap';
}

export type ChainVerification = { ok: true; stream: string; events: number; lastHash: string } | ({ ok: false } & ChainBreak);

/**
 * The one port every adapter implements and the conformance suite holds to.
 * There is deliberately no update or delete: streams are never rewritten.
 */
export interface EventStore {
  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** Revision of the last event of a stream, or null when it does not exist. */
  streamRevision(stream: string): Promise<number | null>;
  /** Highest global position a reader can see now (0 for an empty store). */
  headPosition(): Promise<number>;
  /** Recomputes the stream's hash chain from the stored fields and names the first bad link. */
  verifyStream(stream: string): Promise<ChainVerification>;
  /** True when the store answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export type { EventMetadata };
export const EVENT_STORE = Symbol('EventStore');
