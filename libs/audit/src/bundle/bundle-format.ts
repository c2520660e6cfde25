import { Seal } from '../seals/seal';

/**
 * An audit bundle is one UTF-8 file of JSON Lines (one JSON object per line, each line ended by
 * "\n", no blank line), in this order:
 *
 *   1. one header                      { "kind": "header", … }
 *   2. the seals that cover the events { "kind": "seal", …the seal's fields… }, by sealNumber
 *   3. the events with their proofs    { "kind": "event", … }, by position
 *   4. one signature                   { "kind": "signature", … }
 *
 * The full verification algorithm is in bundle-verifier.ts and libs/audit/README.md.
 */
export const BUNDLE_FORMAT = 'emulation-audit-bundle';
export const BUNDLE_VERSION = 1;
/** Prefix of the signed payload of a bundle (a seal's is "emulation-log-seal/1\n"). */
export const BUNDLE_SIGNING_PREFIX = 'emulation-audit-bundle/1\n';

export interface BundleSelection {
  dossier?: string;
  org?: string;
  /** ISO instants: recordedAt ≥ from and < to. */
  from?: string;
  to?: string;
}

export interface BundleHeader {
  kind: 'header';
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  selection: BundleSelection;
  /** Every event of the selection stored at a position up to this one is in the bundle. */
  sealedThrough: number;
  /** PEM SubjectPublicKeyInfo of the Ed25519 key that signed the seals and the bundle. */
  publicKey: string;
  publicKeyFingerprint: string;
  /** Each stream in the bundle and the consecutive revisions of it that the bundle holds. */
  streams: { stream: string; fromRevision: number; toRevision: number }[];
  seals: number;
  events: number;
}

export interface BundleSeal extends Seal {
  kind: 'seal';
}

/** An event as stored: the fields its hash covers, plus its place and its hash. */
export interface BundleStoredEvent {
  id: string;
  stream: string;
  revision: number;
  position: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  /** ISO 8601, UTC, milliseconds: exactly the text the hash covers. */
  recordedAt: string;
  hash: string;
}

export interface BundleEvent {
  kind: 'event';
  event: BundleStoredEvent;
  /** Hash of the stream's event at revision - 1 (64 zeros at revision 0). */
  previousHash: string;
  /** Links the event to the seal covering its position (RFC 9162 inclusion proof). */
  proof: { sealNumber: number; leafIndex: number; path: string[] };
}

export interface BundleSignature {
  kind: 'signature';
  algorithm: 'Ed25519';
  /** Hex SHA-256 of every byte of the file before this line. */
  sha256: string;
  /** Hex Ed25519 signature of UTF-8(BUNDLE_SIGNING_PREFIX + sha256). */
  signature: string;
}

export type BundleRecord = BundleHeader | BundleSeal | BundleEvent | BundleSignature;
