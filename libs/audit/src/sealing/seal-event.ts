import { createHash } from 'node:crypto';
import { NewEvent } from '@app/event-store';
import { Seal, SEAL_EVENT_TYPE } from '../seals/seal';

/**
 * The `LogSealed` event carrying a seal. Its id derives from the seal's hash (as a version-8 UUID),
 * so appending the same seal again is an idempotent retry, never a second event.
 */
export function sealEvent(seal: Seal): NewEvent {
  const hex = createHash('sha256').update(`${SEAL_EVENT_TYPE}\n${seal.sealHash}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return { id, type: SEAL_EVENT_TYPE, data: { ...seal }, metadata: { actor: 'system:sealer', role: 'system' } };
}
