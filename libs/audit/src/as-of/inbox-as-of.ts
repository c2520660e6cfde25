import { EventStore } from '@app/event-store';
import { decodeCursor, encodeCursor } from '@app/projections/dossiers/dossier-cursor';
import { DossierRow } from '@app/projections/dossiers/dossier.row';
import { evolveDossierRow } from '@app/projections/dossiers/dossiers.projection';
import { Page, pageSize } from '@app/projections/dossiers/page';
import { dossierStream } from '@app/workflow/commands/dossier-stream';
import { AsOfLimit, streamCut } from './as-of-limit';
import { scanLog } from './log-scan';
import { OpenSteps } from './open-steps';

/**
 * An organisation's inbox as it stood at `limit`: the whole log folded up to that point (one short
 * entry per dossier), then each dossier waiting on the organisation folded into the same row the
 * live inbox shows, from its own stream cut at the same point. Soonest due first, paged like the
 * live inbox.
 */
export async function inboxAsOf(
  store: EventStore,
  orgId: string,
  limit: AsOfLimit,
  request: { cursor?: string; limit?: number } = {},
): Promise<Page<DossierRow>> {
  const after = request.cursor === undefined ? null : decodeCursor(request.cursor, 'due_at');
  const open = new OpenSteps();
  await scanLog(store, limit, (events) => events.forEach((event) => open.apply(event)));
  const rows: DossierRow[] = [];
  for (const dossierId of open.waitingOn(orgId)) {
    const row = await dossierRowAsOf(store, dossierId, limit);
    if (row && row.stage === 'in_review' && row.currentReviewerOrgId === orgId) rows.push(row);
  }
  rows.sort(byDueDate);
  const size = pageSize(request.limit);
  const rest = after === null ? rows : rows.filter((row) => byDueDate(row, { dueAt: after.at, id: after.id }) > 0);
  const items = rest.slice(0, size);
  const last = items[items.length - 1];
  return { items, nextCursor: rest.length > size && last ? encodeCursor({ sort: 'due_at', at: last.dueAt!, id: last.id }) : null };
}

async function dossierRowAsOf(store: EventStore, dossierId: string, limit: AsOfLimit): Promise<DossierRow | null> {
  const events = await store.readStream(dossierStream(dossierId), streamCut(limit));
  return events.reduce<DossierRow | null>(evolveDossierRow, null);
}

function byDueDate(a: Pick<DossierRow, 'dueAt' | 'id'>, b: Pick<DossierRow, 'dueAt' | 'id'>): number {
  const difference = Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? '');
  if (difference !== 0 && !Number.isNaN(difference)) return difference;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
