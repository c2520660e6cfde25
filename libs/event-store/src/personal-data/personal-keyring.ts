/** Where one subject's data key stands: see the domain's SubjectKeyStatus. */
export type KeyStatus = 'held' | 'destroyed' | 'unknown';

/**
 * The per-person data keys. Reads go to the store each time (no cache), so a key destroyed by one
 * process is gone for every process at once.
 */
export interface PersonalKeyring {
  /** The data key of each subject, created for a subject that has none; ErasedSubjectRefused for one whose key was destroyed. */
  keysForWriting(subjects: readonly string[]): Promise<Map<string, Buffer>>;
  /** The data key of each subject, or null when it was destroyed (or never existed here). */
  keysForReading(subjects: readonly string[]): Promise<Map<string, Buffer | null>>;
  status(subject: string): Promise<KeyStatus>;
  /** Destroys the subject's key, keeping a tombstone so nothing personal is stored for them again. Idempotent; nothing for an unknown subject. */
  destroy(subject: string): Promise<void>;
}

export const PERSONAL_KEYRING = Symbol('PersonalKeyring');
