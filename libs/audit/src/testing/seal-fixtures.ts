import { generateKeyPairSync } from 'node:crypto';
import { keyFingerprint } from '../keys/key-fingerprint';
import { SealKey } from '../keys/seal-key-file';
import { GENESIS_SEAL_HASH, Seal, SEAL_VERSION } from '../seals/seal';
import { signSeal } from '../seals/seal-signing';

export function testSealKey(): SealKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey, fingerprint: keyFingerprint(publicKey) };
}

/** A chain of signed seals over made-up ranges of `size` positions each (roots are placeholders). */
export function sealChain(key: SealKey, length: number, size = 10): Seal[] {
  const seals: Seal[] = [];
  for (let index = 0; index < length; index += 1) {
    const previous = seals[index - 1];
    seals.push(
      signSeal(
        {
          version: SEAL_VERSION,
          sealNumber: index + 1,
          fromPosition: previous ? previous.toPosition + 1 : 0,
          toPosition: (index + 1) * size - 1,
          count: size,
          merkleRoot: String(index).repeat(64).slice(0, 64),
          previousSealHash: previous ? previous.sealHash : GENESIS_SEAL_HASH,
          publicKeyFingerprint: key.fingerprint,
          sealedAt: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
        },
        key.privateKey,
      ),
    );
  }
  return seals;
}
