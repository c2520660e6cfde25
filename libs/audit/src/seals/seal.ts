/**
 * A seal: a signed statement that the events at global positions fromPosition..toPosition
 * (inclusive, every event stored there, in position order) are `count` events whose Merkle tree
 * (merkle/merkle-hashing.ts) has root `merkleRoot`. Seals form a chain: seal n + 1 starts right
 * after seal n ends and names seal n's hash, so together they cover the log from position 0
 * without gap or overlap, and no seal can be removed or replaced without breaking the chain.
 *
 * The signed body (SealBody) is exactly these fields; `sealHash` and `signature` are derived from
 * it (seal-signing.ts). The same record is the `data` of the `LogSealed` event appended to the
 * `seal-national` stream (revision = sealNumber - 1) and the content of the seal's file outside
 * the database.
 */
export interface SealBody {
  /** Format of the seal; 1 is the only one. */
  version: 1;
  /** 1, 2, 3, …: the seal's place in the chain. */
  sealNumber: number;
  /** 0 for the first seal; otherwise the previous seal's toPosition + 1. */
  fromPosition: number;
  /** Position of the last event covered. */
  toPosition: number;
  /** Events stored in fromPosition..toPosition; at least 1. */
  count: number;
  /** Lower-case hex SHA-256 root of the RFC 6962 tree over those events' leaves, in position order. */
  merkleRoot: string;
  /** The previous seal's sealHash; 64 zeros for the first seal. */
  previousSealHash: string;
  /** Lower-case hex SHA-256 of the signing key's public key (DER SubjectPublicKeyInfo). */
  publicKeyFingerprint: string;
  /** When the seal was made (ISO 8601, UTC, milliseconds). Informative; signed like the rest. */
  sealedAt: string;
}

export interface Seal extends SealBody {
  /** Lower-case hex SHA-256 of the signing payload. */
  sealHash: string;
  /** Lower-case hex Ed25519 signature (64 bytes) of the signing payload. */
  signature: string;
}

export const SEAL_VERSION = 1;
export const SEAL_STREAM = 'seal-national';
export const SEAL_EVENT_TYPE = 'LogSealed';
export const GENESIS_SEAL_HASH = '0'.repeat(64);
/** A seal covers at most this many events, so a proof stays short and a seal's work bounded. */
export const MAX_EVENTS_PER_SEAL = 100_000;

export function sealBodyOf(seal: SealBody): SealBody {
  const { version, sealNumber, fromPosition, toPosition, count, merkleRoot, previousSealHash, publicKeyFingerprint, sealedAt } = seal;
  return { version, sealNumber, fromPosition, toPosition, count, merkleRoot, previousSealHash, publicKeyFingerprint, sealedAt };
}
