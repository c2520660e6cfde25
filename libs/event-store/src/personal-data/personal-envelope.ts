import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A personal value as it is stored: encrypted with its subject's data key (AES-256-GCM, a random
 * 96-bit IV, the tag after the ciphertext, both base64url). The additional data binds it to its
 * event and subject, so a ciphertext moved to another event or person does not decrypt.
 *
 *   {"$personal":{"subject":"…","alg":"A256GCM","iv":"…","ct":"…"}}
 *
 * The hash chain and the seals cover this form only: destroying the key changes no stored byte.
 */
export interface PersonalEnvelope {
  $personal: { subject: string; alg: typeof PERSONAL_ALGORITHM; iv: string; ct: string };
}

export const PERSONAL_ALGORITHM = 'A256GCM';
/** The key no plain event may use: it marks an encrypted value. */
export const ENVELOPE_KEY = '$personal';
/** What a personal field reads as once its subject's key is destroyed. */
export const ERASED_PERSONAL_DATA = '[erased]';

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

export function isPersonalEnvelope(value: unknown): value is PersonalEnvelope {
  if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, ENVELOPE_KEY)) return false;
  if (Object.keys(value).length !== 1) return false;
  const inner = (value as PersonalEnvelope).$personal as unknown as Record<string, unknown>;
  return (
    typeof inner === 'object' &&
    inner !== null &&
    typeof inner.subject === 'string' &&
    inner.alg === PERSONAL_ALGORITHM &&
    typeof inner.iv === 'string' &&
    typeof inner.ct === 'string'
  );
}

export function sealPersonalValue(value: unknown, subject: string, key: Buffer, eventId: string): PersonalEnvelope {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(eventId, subject));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { $personal: { subject, alg: PERSONAL_ALGORITHM, iv: iv.toString('base64url'), ct: ct.toString('base64url') } };
}

/** The value, or undefined when it does not decrypt (altered ciphertext, another event, another key). */
export function openPersonalValue(envelope: PersonalEnvelope, key: Buffer, eventId: string): { value: unknown } | undefined {
  const { subject, iv, ct } = envelope.$personal;
  const sealed = Buffer.from(ct, 'base64url');
  const nonce = Buffer.from(iv, 'base64url');
  if (sealed.length < TAG_BYTES || nonce.length !== IV_BYTES || key.length !== DATA_KEY_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(additionalData(eventId, subject));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    return { value: JSON.parse(plain.toString('utf8')) };
  } catch {
    return undefined;
  }
}

function additionalData(eventId: string, subject: string): Buffer {
  return Buffer.from(`emulation-personal-data/1\n${eventId.toLowerCase()}\n${subject}`, 'utf8');
}
