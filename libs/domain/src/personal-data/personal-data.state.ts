import { DeciderContext } from '../actors/actor';

/** One person's stream: nothing yet, or erased (once; a key destroyed cannot be destroyed again). */
export type PersonalDataState = { status: 'on_record' } | { status: 'erased'; erasedAt: string };

/**
 * Where the person's key stands in the key store, read before deciding: `unknown` when no personal
 * data was ever recorded for that subject, `destroyed` when it is gone but the erasure was not
 * recorded yet (an erasure interrupted between its two halves, which may be completed).
 */
export type SubjectKeyStatus = 'held' | 'destroyed' | 'unknown';

export interface PersonalDataContext extends DeciderContext {
  key: SubjectKeyStatus;
}
