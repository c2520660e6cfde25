import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keyFingerprint, publicKeyPem } from './key-fingerprint';

/** The sealing key pair: the private half lives only in SEAL_KEY_FILE, never in the database. */
export interface SealKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  fingerprint: string;
}

export interface SealPublicKey {
  publicKey: KeyObject;
  fingerprint: string;
  /** The file it was read from. */
  file: string;
}

export class SealKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealKeyError';
  }
}

/** `seal-ed25519.pem` → `seal-ed25519.pub.pem`: the public half, next to the private one. */
export function publicKeyFileOf(privateKeyFile: string): string {
  return `${privateKeyFile.replace(/\.pem$/, '')}.pub.pem`;
}

/**
 * Reads the Ed25519 private key, generating it on first use (mode 0600, in a folder of mode 0700)
 * with its public key written beside it. Two processes starting at once agree on one key: each
 * writes a temporary file and hard-links it into place, which fails for all but the first.
 */
export function loadOrCreateSealKey(file: string): SealKey {
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeOnce(file, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 0o600);
  }
  const key = readPrivateKey(file);
  const publicFile = publicKeyFileOf(file);
  if (!existsSync(publicFile)) writeOnce(publicFile, publicKeyPem(key.publicKey), 0o644);
  const published = readPublicKey(publicFile);
  if (published.fingerprint !== key.fingerprint) {
    throw new SealKeyError(`${publicFile} holds key ${published.fingerprint}, which is not the public half of SEAL_KEY_FILE ${file} (${key.fingerprint})`);
  }
  return key;
}

/**
 * The public key seals are checked against: the file beside SEAL_KEY_FILE, or derived from the
 * private key when only that is present; null when neither exists.
 */
export function loadSealPublicKey(privateKeyFile: string): SealPublicKey | null {
  const publicFile = publicKeyFileOf(privateKeyFile);
  if (existsSync(publicFile)) return readPublicKey(publicFile);
  if (existsSync(privateKeyFile)) return { ...readPrivateKey(privateKeyFile), file: privateKeyFile };
  return null;
}

/** A public key given on its own (PEM SubjectPublicKeyInfo), e.g. to pin a bundle's key. */
export function readPublicKey(file: string): SealPublicKey {
  try {
    const publicKey = createPublicKey(readFileSync(file));
    if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error(`a ${publicKey.asymmetricKeyType} key, not Ed25519`);
    return { publicKey, fingerprint: keyFingerprint(publicKey), file };
  } catch (error) {
    throw new SealKeyError(`${file} is not an Ed25519 public key: ${(error as Error).message}`);
  }
}

function readPrivateKey(file: string): SealKey {
  const mode = statSync(file).mode & 0o777;
  // As ssh does: a signing key others can read is no longer only ours.
  if ((mode & 0o077) !== 0) throw new SealKeyError(`SEAL_KEY_FILE ${file} can be read by other users (mode ${mode.toString(8)}); chmod 600 it`);
  try {
    const privateKey = createPrivateKey(readFileSync(file));
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`a ${privateKey.asymmetricKeyType} key, not Ed25519`);
    const publicKey = createPublicKey(privateKey);
    return { privateKey, publicKey, fingerprint: keyFingerprint(publicKey) };
  } catch (error) {
    throw new SealKeyError(`SEAL_KEY_FILE ${file} is not an Ed25519 private key: ${(error as Error).message}`);
  }
}

function writeOnce(file: string, content: string, mode: number): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, content, { mode, flag: 'wx' });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}
