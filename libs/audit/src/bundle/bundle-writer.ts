import { createHash, Hash, KeyObject, sign } from 'node:crypto';
import { BUNDLE_SIGNING_PREFIX, BundleEvent, BundleHeader, BundleSeal, BundleSignature } from './bundle-format';

/**
 * Writes a bundle's lines to a sink while hashing them, then signs the hash as the last line.
 * Each record is one JSON.stringify line: no whitespace, so every byte of the file is meaningful
 * and covered by the signature.
 */
export class BundleWriter {
  private readonly digest: Hash = createHash('sha256');

  constructor(
    private readonly sink: (text: string) => Promise<void>,
    private readonly privateKey: KeyObject,
  ) {}

  async header(header: BundleHeader): Promise<void> {
    await this.line(header);
  }

  async seal(seal: BundleSeal): Promise<void> {
    await this.line(seal);
  }

  async event(event: BundleEvent): Promise<void> {
    await this.line(event);
  }

  async finish(): Promise<void> {
    const sha256 = this.digest.digest('hex');
    const signature = sign(null, Buffer.from(BUNDLE_SIGNING_PREFIX + sha256, 'utf8'), this.privateKey).toString('hex');
    const trailer: BundleSignature = { kind: 'signature', algorithm: 'Ed25519', sha256, signature };
    await this.sink(`${JSON.stringify(trailer)}\n`);
  }

  private async line(record: object): Promise<void> {
    const text = `${JSON.stringify(record)}\n`;
    this.digest.update(text, 'utf8');
    await this.sink(text);
  }
}
