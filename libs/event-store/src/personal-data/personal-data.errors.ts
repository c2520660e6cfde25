import { EventStoreError } from '../event-store.errors';

/** Personal data of a subject whose key was destroyed: nothing personal is ever recorded for them again. */
export class ErasedSubjectRefused extends EventStoreError {
  readonly code = 'erased_subject';
  constructor(readonly subject: string) {
    super(`the personal data of ${subject} were erased; no new personal data can be recorded for this subject`);
  }
}

/**
 * A personal field that does not decrypt with its subject's key: the ciphertext was altered (verify
 * names the event), or the key store was. Never read as erased, which would hide it.
 */
export class PersonalDataUnreadable extends Error {
  constructor(readonly eventId: string, readonly subject: string) {
    super(`event ${eventId}: the personal data of ${subject} do not decrypt with their key (altered ciphertext or key)`);
    this.name = 'PersonalDataUnreadable';
  }
}

/** The master key file is missing, unreadable, too widely readable, or not the key the data keys were wrapped with. */
export class PersonalDataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataKeyError';
  }
}
