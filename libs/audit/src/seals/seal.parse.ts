import { Seal, SEAL_VERSION } from './seal';

export class InvalidSeal extends Error {
  constructor(readonly where: string, reason: string) {
    super(`${where}: not a valid seal: ${reason}`);
    this.name = 'InvalidSeal';
  }
}

const HEX64 = /^[0-9a-f]{64}$/;
const HEX128 = /^[0-9a-f]{128}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const FIELDS = ['version', 'sealNumber', 'fromPosition', 'toPosition', 'count', 'merkleRoot', 'previousSealHash', 'publicKeyFingerprint', 'sealedAt', 'sealHash', 'signature'];

/**
 * A seal read from anywhere (the database, a file, a bundle) is checked field by field, and an
 * unknown field is refused: every byte of a seal must be one that its signature covers.
 */
export function parseSeal(value: unknown, where: string): Seal {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidSeal(where, 'not an object');
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) throw new InvalidSeal(where, `unknown field ${unknown.join(', ')}`);
  const integer = (field: string, min: number): number => {
    const item = record[field];
    if (!Number.isSafeInteger(item) || (item as number) < min) throw new InvalidSeal(where, `${field} is not an integer ≥ ${min}`);
    return item as number;
  };
  const text = (field: string, pattern: RegExp): string => {
    const item = record[field];
    if (typeof item !== 'string' || !pattern.test(item)) throw new InvalidSeal(where, `${field} is malformed`);
    return item;
  };
  if (record.version !== SEAL_VERSION) throw new InvalidSeal(where, `version is not ${SEAL_VERSION}`);
  const seal: Seal = {
    version: SEAL_VERSION,
    sealNumber: integer('sealNumber', 1),
    fromPosition: integer('fromPosition', 0),
    toPosition: integer('toPosition', 0),
    count: integer('count', 1),
    merkleRoot: text('merkleRoot', HEX64),
    previousSealHash: text('previousSealHash', HEX64),
    publicKeyFingerprint: text('publicKeyFingerprint', HEX64),
    sealedAt: text('sealedAt', INSTANT),
    sealHash: text('sealHash', HEX64),
    signature: text('signature', HEX128),
  };
  if (seal.toPosition < seal.fromPosition) throw new InvalidSeal(where, 'toPosition is before fromPosition');
  if (seal.count > seal.toPosition - seal.fromPosition + 1) throw new InvalidSeal(where, 'count exceeds the positions in its range');
  return seal;
}
