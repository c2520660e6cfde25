import { createHash, KeyObject } from 'node:crypto';

/** Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo: what seals name their key by. */
export function keyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
