import { InvalidCommand } from '../errors/domain.errors';

/**
 * A person whose personal data the log holds, named by an opaque key (never a name or a national
 * identity number: it stays readable after erasure). It also names the person's stream, so it has
 * a stream id's alphabet.
 */
const PERSONAL_SUBJECT = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$/;

export function isPersonalSubject(value: unknown): value is string {
  return typeof value === 'string' && PERSONAL_SUBJECT.test(value);
}

export function assertPersonalSubject(value: unknown): asserts value is string {
  if (!isPersonalSubject(value)) {
    throw new InvalidCommand('subject', 'expected 1 to 128 letters, digits, "_", ".", ":", "@" or "-", starting with a letter or digit');
  }
}

/** The stream of one person's erasure: `person-<subject>`. */
export const personStream = (subject: string): string => `person-${subject}`;
