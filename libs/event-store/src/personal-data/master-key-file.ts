import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PersonalDataKeyError } from './personal-data.errors';

/**
 * The master key that wraps every per-person data key. It lives in a file outside the database
 * (PERSONAL_DATA_KEY_FILE: 32 random bytes, base64), so a copy of the database alone reveals no
 * personal data, and a destroyed data key cannot be recovered from the live database.
 */
export interface MasterKey {
  key: Buffer;
  /** Names the key without revealing it; stored beside each wrapped key to catch a wrong key file. */
  id: string;
  file: string;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Reads the master key; with `create`, generates it first when the file does not exist (mode 0600). */
export function loadMasterKey(file: string, options: { create: boolean }): MasterKey {
  if (!existsSync(file)) {
    if (!options.create) throw new PersonalDataKeyError(`PERSONAL_DATA_KEY_FILE ${file} does not exist, but personal data keys wrapped with a master key are stored`);
    writeOnce(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`);
  }
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) throw new PersonalDataKeyError(`PERSONAL_DATA_KEY_FILE ${file} can be read by other users (mode ${mode.toString(8)}); chmod 600 it`);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new PersonalDataKeyError(`PERSONAL_DATA_KEY_FILE ${file} does not hold ${KEY_BYTES} bytes in base64`);
  return { key, id: createHash('sha256').update('emulation-personal-data-master/1\n').update(key).digest('hex').slice(0, 32), file };
}

/** iv ‖ ciphertext ‖ tag of the data key, bound to its subject so a wrapped key cannot be moved to another row. */
export function wrapDataKey(master: MasterKey, subject: string, dataKey: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', master.key, iv);
  cipher.setAAD(wrapContext(subject));
  return Buffer.concat([iv, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
}

export function unwrapDataKey(master: MasterKey, subject: string, wrapped: Buffer): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', master.key, wrapped.subarray(0, IV_BYTES));
    decipher.setAAD(wrapContext(subject));
    decipher.setAuthTag(wrapped.subarray(wrapped.length - TAG_BYTES));
    return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES, wrapped.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new PersonalDataKeyError(`the data key of ${subject} does not unwrap with PERSONAL_DATA_KEY_FILE ${master.file}: the stored key was altered`);
  }
}

function wrapContext(subject: string): Buffer {
  return Buffer.from(`emulation-personal-data-key/1\n${subject}`, 'utf8');
}

/** Two processes starting at once agree on one key: each links its own file into place, and all but the first fail. */
function writeOnce(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}
