/**
 * The shapes every adapter speaks. Positions and revisions are plain numbers: revisions start at 0
 * per stream; global positions only ever grow in the order every reader sees, and may have holes
 * (see the PostgreSQL adapter), so callers resume from `lastSeen + 1`.
 */
export interface EventMetadata {
  actor?: string;
  role?: string;
  org?: string;
  commandId?: string;
  correlationId?: string;
  causationId?: string;
  [key: string]: unknown;
}

/** An event as a writer proposes it. `id` is a UUID chosen by the writer so a retry is idempotent. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  /** Defaults to 1. Bumped, with an upcaster, whenever the shape of `data` changes. */
  schemaVersion?: number;
  data: Data;
  metadata?: EventMetadata;
}

/** An event as the store keeps it. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  stream: string;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
  revision: number;
  position: number;
  /** SHA-256 hex chaining this event to the previous one of its stream (see hashing/event-hash.ts). */
  hash: string;
}

export const START = 0;
