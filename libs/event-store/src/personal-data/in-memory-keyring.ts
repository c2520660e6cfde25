import { randomBytes } from 'node:crypto';
import { KeyStatus, PersonalKeyring } from './personal-keyring';
import { ErasedSubjectRefused } from './personal-data.errors';
import { DATA_KEY_BYTES } from './personal-envelope';

/** The keyring of the in-memory event store: for unit tests, keys held in a map (null once destroyed). */
export class InMemoryKeyring implements PersonalKeyring {
  private readonly keys = new Map<string, Buffer | null>();

  async keysForWriting(subjects: readonly string[]): Promise<Map<string, Buffer>> {
    const erased = subjects.find((subject) => this.keys.get(subject) === null);
    if (erased !== undefined) throw new ErasedSubjectRefused(erased);
    for (const subject of subjects) if (!this.keys.has(subject)) this.keys.set(subject, randomBytes(DATA_KEY_BYTES));
    return new Map(subjects.map((subject) => [subject, this.keys.get(subject)!]));
  }

  async keysForReading(subjects: readonly string[]): Promise<Map<string, Buffer | null>> {
    return new Map(subjects.map((subject) => [subject, this.keys.get(subject) ?? null]));
  }

  async status(subject: string): Promise<KeyStatus> {
    return !this.keys.has(subject) ? 'unknown' : this.keys.get(subject) === null ? 'destroyed' : 'held';
  }

  async destroy(subject: string): Promise<void> {
    if (this.keys.has(subject)) this.keys.set(subject, null);
  }
}
