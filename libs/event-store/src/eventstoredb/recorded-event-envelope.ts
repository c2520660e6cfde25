import { EventData, JSONType, jsonEvent, ResolvedEvent } from '@eventstore/db-client';
import { EventMetadata, RecordedEvent } from '../event.types';
import { toGlobalPosition } from './all-position';

/**
 * How one of our events sits in an EventStoreDB event. The data is the event's JSON; the custom
 * metadata is an envelope carrying what EventStoreDB has no field for, so a read rebuilds the
 * RecordedEvent exactly and the hash can be checked against it:
 *
 *   { "$schemaVersion": 1, "$recordedAt": "<ISO 8601, ms>", "$hash": "<hex>",
 *     "$correlationId"?: "...", "$causationId"?: "...", "$metadata": { ...the writer's metadata } }
 *
 * recordedAt comes from our clock, not the server's "created", because it is part of the hash and
 * must be known before the write. $correlationId and $causationId are copies in the keys the
 * server's $by_correlation_id projection reads; the writer's metadata stays whole under $metadata.
 */
export interface SealedEvent {
  id: string;
  stream: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
  recordedAt: Date;
  revision: number;
  hash: string;
}

interface Envelope {
  $schemaVersion: number;
  $recordedAt: string;
  $hash: string;
  $correlationId?: string;
  $causationId?: string;
  $metadata: EventMetadata;
}

export function toEventData(event: SealedEvent): EventData {
  const envelope: Envelope = {
    $schemaVersion: event.schemaVersion,
    $recordedAt: event.recordedAt.toISOString(),
    $hash: event.hash,
    ...(typeof event.metadata.correlationId === 'string' ? { $correlationId: event.metadata.correlationId } : {}),
    ...(typeof event.metadata.causationId === 'string' ? { $causationId: event.metadata.causationId } : {}),
    $metadata: event.metadata,
  };
  // The client serialises data with JSON.stringify; validation has already made sure that is exact.
  return jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata: envelope });
}

export class ForeignEvent extends Error {
  constructor(stream: string, revision: bigint | undefined, reason: string) {
    super(`event ${revision ?? '?'} of ${stream} was not written by this adapter: ${reason}`);
    this.name = new.target.name;
  }
}

/** The stored form (no upcasting): what the hash chain is verified against. */
export function fromResolvedEvent(resolved: ResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (event === undefined) throw new ForeignEvent('?', undefined, 'a link whose event is gone');
  const foreign = (reason: string) => new ForeignEvent(event.streamId, event.revision, reason);
  if (!event.isJson) throw foreign('not JSON');
  const envelope = event.metadata as Partial<Envelope> | undefined;
  if (!isEnvelope(envelope)) throw foreign('no envelope in its metadata');
  const position = event.position?.commit;
  // Servers from before 2022 leave $all positions out of stream reads: the field then reads as 0
  // (where no event can be: the log starts with a header) or as 2^64 - 1.
  if (position === undefined || position === 0n || position >= 2n ** 63n) {
    throw new Error(`event ${event.revision} of ${event.streamId} came without an $all position: the server is too old for this adapter`);
  }
  return {
    id: event.id,
    stream: event.streamId,
    type: event.type,
    schemaVersion: envelope.$schemaVersion,
    data: event.data,
    metadata: envelope.$metadata,
    recordedAt: new Date(envelope.$recordedAt),
    revision: Number(event.revision),
    position: toGlobalPosition(position),
    hash: envelope.$hash,
  };
}

function isEnvelope(value: Partial<Envelope> | undefined): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isInteger(value.$schemaVersion) &&
    typeof value.$recordedAt === 'string' &&
    typeof value.$hash === 'string' &&
    typeof value.$metadata === 'object' &&
    value.$metadata !== null
  );
}
