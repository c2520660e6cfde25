import { Seal } from '../seals/seal';
import { parseSeal } from '../seals/seal.parse';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleEvent, BundleHeader, BundleSignature } from './bundle-format';

/**
 * Strict reading of a bundle's lines: every field present with the right type, no field more.
 * A byte changed anywhere either breaks the JSON, breaks a field's form, or changes a value that a
 * hash or signature covers; nothing in a bundle is free text that could change unnoticed.
 */
export class BundleFormatError extends Error {}

const HEX64 = /^[0-9a-f]{64}$/;
const HEX128 = /^[0-9a-f]{128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Json = Record<string, unknown>;

function object(value: unknown, where: string, fields: readonly string[], optional: readonly string[] = []): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BundleFormatError(`${where} is not an object`);
  const record = value as Json;
  for (const key of Object.keys(record)) if (!fields.includes(key) && !optional.includes(key)) throw new BundleFormatError(`${where} has an unknown field ${key}`);
  for (const key of fields) if (!(key in record)) throw new BundleFormatError(`${where} lacks ${key}`);
  return record;
}

function integer(record: Json, field: string, where: string, min = 0): number {
  const value = record[field];
  if (!Number.isSafeInteger(value) || (value as number) < min) throw new BundleFormatError(`${where}.${field} is not an integer ≥ ${min}`);
  return value as number;
}

function text(record: Json, field: string, where: string, pattern?: RegExp): string {
  const value = record[field];
  if (typeof value !== 'string' || (pattern && !pattern.test(value))) throw new BundleFormatError(`${where}.${field} is malformed`);
  return value;
}

function constant(record: Json, field: string, expected: unknown, where: string): void {
  if (record[field] !== expected) throw new BundleFormatError(`${where}.${field} is not ${JSON.stringify(expected)}`);
}

export function parseHeader(value: unknown): BundleHeader {
  const where = 'header';
  const record = object(value, where, ['kind', 'format', 'version', 'exportedAt', 'selection', 'sealedThrough', 'publicKey', 'publicKeyFingerprint', 'streams', 'seals', 'events']);
  constant(record, 'kind', 'header', where);
  constant(record, 'format', BUNDLE_FORMAT, where);
  constant(record, 'version', BUNDLE_VERSION, where);
  const selection = object(record.selection, `${where}.selection`, [], ['dossier', 'org', 'from', 'to']);
  for (const key of Object.keys(selection)) text(selection, key, `${where}.selection`);
  if (!Array.isArray(record.streams)) throw new BundleFormatError(`${where}.streams is not an array`);
  const streams = record.streams.map((item, index) => {
    const at = `${where}.streams[${index}]`;
    const stream = object(item, at, ['stream', 'fromRevision', 'toRevision']);
    return { stream: text(stream, 'stream', at), fromRevision: integer(stream, 'fromRevision', at), toRevision: integer(stream, 'toRevision', at) };
  });
  return {
    kind: 'header',
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: text(record, 'exportedAt', where, INSTANT),
    selection: selection as BundleHeader['selection'],
    sealedThrough: integer(record, 'sealedThrough', where),
    publicKey: text(record, 'publicKey', where),
    publicKeyFingerprint: text(record, 'publicKeyFingerprint', where, HEX64),
    streams,
    seals: integer(record, 'seals', where),
    events: integer(record, 'events', where),
  };
}

export function parseBundleSeal(value: unknown, line: number): Seal {
  const where = `line ${line}`;
  const { kind, ...seal } = object(value, where, ['kind'], ['version', 'sealNumber', 'fromPosition', 'toPosition', 'count', 'merkleRoot', 'previousSealHash', 'publicKeyFingerprint', 'sealedAt', 'sealHash', 'signature']);
  if (kind !== 'seal') throw new BundleFormatError(`${where}.kind is not "seal"`);
  try {
    return parseSeal(seal, where);
  } catch (error) {
    throw new BundleFormatError((error as Error).message);
  }
}

export function parseBundleEvent(value: unknown, line: number): BundleEvent {
  const where = `line ${line}`;
  const record = object(value, where, ['kind', 'event', 'previousHash', 'proof']);
  constant(record, 'kind', 'event', where);
  const at = `${where}.event`;
  const event = object(record.event, at, ['id', 'stream', 'revision', 'position', 'type', 'schemaVersion', 'data', 'metadata', 'recordedAt', 'hash']);
  const metadata = event.metadata;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) throw new BundleFormatError(`${at}.metadata is not an object`);
  const proof = object(record.proof, `${where}.proof`, ['sealNumber', 'leafIndex', 'path']);
  if (!Array.isArray(proof.path) || proof.path.some((step) => typeof step !== 'string' || !HEX64.test(step))) {
    throw new BundleFormatError(`${where}.proof.path is not a list of 64-digit hex hashes`);
  }
  return {
    kind: 'event',
    event: {
      id: text(event, 'id', at, UUID),
      stream: text(event, 'stream', at),
      revision: integer(event, 'revision', at),
      position: integer(event, 'position', at),
      type: text(event, 'type', at),
      schemaVersion: integer(event, 'schemaVersion', at, 1),
      data: event.data,
      metadata: metadata as Json,
      recordedAt: text(event, 'recordedAt', at, INSTANT),
      hash: text(event, 'hash', at, HEX64),
    },
    previousHash: text(record, 'previousHash', where, HEX64),
    proof: { sealNumber: integer(proof, 'sealNumber', `${where}.proof`, 1), leafIndex: integer(proof, 'leafIndex', `${where}.proof`), path: proof.path as string[] },
  };
}

export function parseSignature(value: unknown, line: number): BundleSignature {
  const where = `line ${line} (signature)`;
  const record = object(value, where, ['kind', 'algorithm', 'sha256', 'signature']);
  constant(record, 'kind', 'signature', where);
  constant(record, 'algorithm', 'Ed25519', where);
  return { kind: 'signature', algorithm: 'Ed25519', sha256: text(record, 'sha256', where, HEX64), signature: text(record, 'signature', where, HEX128) };
}
