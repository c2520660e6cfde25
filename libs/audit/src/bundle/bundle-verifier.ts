import { createHash, createPublicKey, KeyObject, verify } from 'node:crypto';
import { jcs } from '../canonical/jcs';
import { rootFromInclusionPath } from '../merkle/inclusion-proof';
import { leafHash } from '../merkle/merkle-hashing';
import { Seal } from '../seals/seal';
import { sealLinkProblem } from '../seals/seal-chain';
import { sealSignatureProblem } from '../seals/seal-signing';
import { BUNDLE_SIGNING_PREFIX, BundleEvent, BundleHeader } from './bundle-format';
import { BundleFormatError, parseBundleEvent, parseBundleSeal, parseHeader, parseSignature } from './bundle-records.parse';

export interface BundleVerification {
  ok: boolean;
  /** Every problem found, the first first; empty when ok. */
  problems: string[];
  header?: BundleHeader;
}

const GENESIS = '0'.repeat(64);
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Checks an audit bundle offline, with nothing but node:crypto and the bundle. Libs/audit/README.md
 * states the same algorithm for re-implementation:
 *
 *  1. The file is UTF-8 JSON Lines ending in "\n"; line 1 is the header, the last line the
 *     signature, the seals come before the events; the counts match the header.
 *  2. The header's publicKey is an Ed25519 key whose fingerprint (SHA-256 of its DER SPKI) is
 *     publicKeyFingerprint, and (when the caller pins one) the trusted fingerprint.
 *  3. SHA-256 of every byte before the signature line is its sha256, and its signature verifies
 *     over UTF-8("emulation-audit-bundle/1\n" + sha256): not one byte was changed since export.
 *  4. Each seal: its hash and Ed25519 signature verify over its signing payload, it names the
 *     header's key, numbers increase, and a seal directly after another links to it.
 *  5. Each event: positions increase through the file; its hash is recomputed from its fields and
 *     previousHash (revision 0: 64 zeros; when the stream's previous revision is in the bundle,
 *     that event's hash); its leaf with the inclusion path leads to the merkleRoot of the seal
 *     named, at leafIndex, within that seal's range and count.
 *  6. The events of each stream are exactly the header's revisions fromRevision..toRevision.
 */
export function verifyBundle(bytes: Uint8Array, options: { trustedFingerprint?: string } = {}): BundleVerification {
  const problems: string[] = [];
  try {
    const text = utf8(bytes);
    if (!text.endsWith('\n')) throw new BundleFormatError('the file does not end with a newline');
    const lines = text.slice(0, -1).split('\n');
    if (lines.length < 2) throw new BundleFormatError('a bundle has at least a header and a signature line');
    const json = lines.map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new BundleFormatError(`line ${index + 1} is not JSON`);
      }
    });
    const header = parseHeader(json[0]);
    const signature = parseSignature(json[json.length - 1], lines.length);
    const key = publicKeyOf(header, options.trustedFingerprint);
    const body = json.slice(1, -1);
    const sealCount = body.filter((record) => (record as { kind?: unknown })?.kind === 'seal').length;
    const seals = body.slice(0, sealCount).map((record, index) => parseBundleSeal(record, index + 2));
    const events = body.slice(sealCount).map((record, index) => parseBundleEvent(record, sealCount + index + 2));
    if (seals.length !== header.seals || events.length !== header.events) {
      throw new BundleFormatError(`the header announces ${header.seals} seals and ${header.events} events, the file holds ${seals.length} and ${events.length}`);
    }
    const sealsByNumber = checkSeals(seals, key, header, problems);
    checkEvents(events, sealsByNumber, header, problems);
    checkStreams(events, header, problems);
    const signedBytes = bytes.subarray(0, bytes.length - Buffer.byteLength(lines[lines.length - 1], 'utf8') - 1);
    if (sha256(signedBytes) !== signature.sha256) {
      problems.push('the file was changed after export: its content does not give the SHA-256 on its signature line');
    } else if (!verify(null, Buffer.from(BUNDLE_SIGNING_PREFIX + signature.sha256, 'utf8'), key, Buffer.from(signature.signature, 'hex'))) {
      problems.push('the signature line is not a valid signature of the bundle by its key');
    }
    return { ok: problems.length === 0, problems, header };
  } catch (error) {
    if (!(error instanceof BundleFormatError)) throw error;
    return { ok: false, problems: [...problems, error.message] };
  }
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleFormatError('the file is not valid UTF-8');
  }
}

function publicKeyOf(header: BundleHeader, trusted: string | undefined): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(header.publicKey);
  } catch {
    throw new BundleFormatError('header.publicKey is not a public key');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new BundleFormatError('header.publicKey is not an Ed25519 key');
  const fingerprint = sha256(key.export({ type: 'spki', format: 'der' }));
  if (fingerprint !== header.publicKeyFingerprint) throw new BundleFormatError(`header.publicKey has fingerprint ${fingerprint}, not ${header.publicKeyFingerprint}`);
  if (trusted !== undefined && trusted.toLowerCase() !== fingerprint) {
    throw new BundleFormatError(`the bundle is signed by key ${fingerprint}, not by the trusted key ${trusted.toLowerCase()}`);
  }
  return key;
}

function checkSeals(seals: readonly Seal[], key: KeyObject, header: BundleHeader, problems: string[]): Map<number, Seal> {
  const byNumber = new Map<number, Seal>();
  let previous: Seal | undefined;
  for (const seal of seals) {
    const problem =
      (previous && seal.sealNumber <= previous.sealNumber ? `seal ${seal.sealNumber} comes after seal ${previous.sealNumber}` : null) ??
      sealSignatureProblem(seal, key, header.publicKeyFingerprint) ??
      (previous && seal.sealNumber === previous.sealNumber + 1 ? sealLinkProblem(previous, seal) : null);
    if (problem) problems.push(problem);
    else byNumber.set(seal.sealNumber, seal);
    previous = seal;
  }
  return byNumber;
}

function checkEvents(events: readonly BundleEvent[], seals: ReadonlyMap<number, Seal>, header: BundleHeader, problems: string[]): void {
  const heads = new Map<string, { revision: number; hash: string }>();
  const lastLeaf = new Map<number, number>();
  let lastPosition = -1;
  for (const { event, previousHash, proof } of events) {
    const where = `event at position ${event.position} (stream ${event.stream}, revision ${event.revision})`;
    if (event.position <= lastPosition) problems.push(`${where} comes after position ${lastPosition}`);
    if (event.position > header.sealedThrough) problems.push(`${where} lies beyond sealedThrough ${header.sealedThrough}`);
    lastPosition = Math.max(lastPosition, event.position);

    const head = heads.get(event.stream);
    const expectedPrevious = event.revision === 0 ? GENESIS : head?.revision === event.revision - 1 ? head.hash : previousHash;
    if (previousHash !== expectedPrevious) problems.push(`${where}: previousHash ${previousHash} is not the hash of the revision before, ${expectedPrevious}`);
    heads.set(event.stream, { revision: event.revision, hash: event.hash });
    const digest = sha256(
      jcs({ data: event.data, id: event.id, metadata: event.metadata, recordedAt: event.recordedAt, schemaVersion: event.schemaVersion, stream: event.stream, type: event.type }),
    );
    const hash = sha256(`${expectedPrevious}\n${event.revision}\n${digest}`);
    if (hash !== event.hash) problems.push(`${where}: its fields give hash ${hash}, it carries ${event.hash}`);

    const seal = seals.get(proof.sealNumber);
    if (!seal) {
      problems.push(`${where}: its proof names seal ${proof.sealNumber}, which the bundle does not hold valid`);
      continue;
    }
    if (event.position < seal.fromPosition || event.position > seal.toPosition) problems.push(`${where} is outside seal ${seal.sealNumber}'s range ${seal.fromPosition}..${seal.toPosition}`);
    if (proof.leafIndex <= (lastLeaf.get(seal.sealNumber) ?? -1)) problems.push(`${where}: leaf ${proof.leafIndex} of seal ${seal.sealNumber} is out of order`);
    lastLeaf.set(seal.sealNumber, proof.leafIndex);
    const root = rootFromInclusionPath(leafHash(event.position, event.hash), proof.leafIndex, seal.count, proof.path);
    if (root !== seal.merkleRoot) problems.push(`${where}: its inclusion proof does not lead to seal ${seal.sealNumber}'s Merkle root`);
  }
}

function checkStreams(events: readonly BundleEvent[], header: BundleHeader, problems: string[]): void {
  const revisions = new Map<string, number[]>();
  for (const { event } of events) {
    const held = revisions.get(event.stream) ?? [];
    held.push(event.revision);
    revisions.set(event.stream, held);
  }
  const listed = new Set(header.streams.map(({ stream }) => stream));
  for (const stream of revisions.keys()) if (!listed.has(stream)) problems.push(`stream ${stream} has events but is not listed in the header`);
  for (const { stream, fromRevision, toRevision } of header.streams) {
    const held = revisions.get(stream) ?? [];
    const expected = Array.from({ length: Math.max(0, toRevision - fromRevision + 1) }, (_, index) => fromRevision + index);
    if (held.length !== expected.length || held.some((revision, index) => revision !== expected[index])) {
      problems.push(`stream ${stream}: the header lists revisions ${fromRevision}..${toRevision}, the bundle holds ${held.length === 0 ? 'none' : held.join(', ')}`);
    }
  }
}
