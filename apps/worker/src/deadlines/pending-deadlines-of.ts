import { DeadlinePolicies, DossierEvent, dossierDecider, fold, pendingDeadlines, PendingDeadline } from '@app/domain';
import { EventStore } from '@app/event-store';
import { dossierStream } from '@app/workflow/commands/dossier-stream';

/**
 * The deadlines still to fire for a dossier, from its own stream (never a read model that may
 * lag): the source every delayed job is derived from.
 */
export async function pendingDeadlinesOf(store: EventStore, dossierId: string, policies: DeadlinePolicies): Promise<PendingDeadline[]> {
  const events = await store.readStream(dossierStream(dossierId));
  const state = fold(dossierDecider, events.map((event) => ({ type: event.type, data: event.data }) as DossierEvent));
  return pendingDeadlines(state, policies);
}
