import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '@app/event-store';

/** A UUID (version 5 layout) derived from a name, so the same command always yields the same ids. */
export function deterministicUuid(name: string): string {
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Event ids are derived from the stream, the command id and the event's index: a retried command
 * proposes the very same events, which the store then recognises as already appended.
 */
export function eventIdFor(stream: string, commandId: string, index: number): string {
  return deterministicUuid(`event\n${stream}\n${commandId}\n${index}`);
}

/** Fingerprint of what a command asks, to refuse a command id reused for a different request. */
export function commandFingerprint(command: { type: string; data: unknown }, actorId: string): string {
  return createHash('sha256').update(canonicalJson({ actorId, command })).digest('hex').slice(0, 32);
}

export function newCommandId(): string {
  return randomUUID();
}
