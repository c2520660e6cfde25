import { createHash, KeyObject, sign, verify } from 'node:crypto';
import { jcs } from '../canonical/jcs';
import { keyFingerprint } from '../keys/key-fingerprint';
import { Seal, SealBody, sealBodyOf } from './seal';

/**
 * What is hashed and signed:
 *
 *   payload   = UTF-8("emulation-log-seal/1\n" + RFC 8785 canonical JSON of the SealBody)
 *   sealHash  = hex(SHA-256(payload))
 *   signature = hex(Ed25519(private key, payload))
 *
 * The prefix keeps a seal signature from ever being valid for anything else the key signs
 * (audit bundles sign a payload with another prefix).
 */
export const SEAL_SIGNING_PREFIX = 'emulation-log-seal/1\n';

export function sealSigningPayload(body: SealBody): Buffer {
  return Buffer.from(SEAL_SIGNING_PREFIX + jcs(sealBodyOf(body)), 'utf8');
}

export function signSeal(body: SealBody, privateKey: KeyObject): Seal {
  const payload = sealSigningPayload(body);
  return {
    ...sealBodyOf(body),
    sealHash: createHash('sha256').update(payload).digest('hex'),
    signature: sign(null, payload, privateKey).toString('hex'),
  };
}

/** Why the seal is not what the key signed, or null when it is. */
export function sealSignatureProblem(seal: Seal, publicKey: KeyObject, fingerprint = keyFingerprint(publicKey)): string | null {
  if (seal.publicKeyFingerprint !== fingerprint) {
    return `seal ${seal.sealNumber} names key ${seal.publicKeyFingerprint}, not the key given (${fingerprint})`;
  }
  const payload = sealSigningPayload(seal);
  const hash = createHash('sha256').update(payload).digest('hex');
  if (hash !== seal.sealHash) return `seal ${seal.sealNumber}: its fields hash to ${hash}, the seal says ${seal.sealHash}`;
  if (!verify(null, payload, publicKey, Buffer.from(seal.signature, 'hex'))) return `seal ${seal.sealNumber}: the signature is not valid for its fields`;
  return null;
}
