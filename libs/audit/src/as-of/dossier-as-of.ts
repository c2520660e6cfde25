import { Dossier, dossierDecider, DossierEvent, fold } from '@app/domain';
import { EventStore } from '@app/event-store';
import { dossierStream } from '@app/workflow/commands/dossier-stream';
import { AsOfLimit, streamCut } from './as-of-limit';

export interface DossierAsOf {
  state: Dossier;
  /** Revision and global position of the last event folded. */
  revision: number;
  position: number;
}

/** A dossier as it stood at `limit`: its stream's events up to that point, folded. Null when it did not exist yet. */
export async function dossierAsOf(store: EventStore, dossierId: string, limit: AsOfLimit): Promise<DossierAsOf | null> {
  const events = await store.readStream(dossierStream(dossierId), streamCut(limit));
  if (events.length === 0) return null;
  const last = events[events.length - 1];
  const state = fold(dossierDecider, events.map(({ type, data }) => ({ type, data }) as DossierEvent));
  return { state, revision: last.revision, position: last.position };
}
