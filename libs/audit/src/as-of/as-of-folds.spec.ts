import { DossierEvent } from '@app/domain';
import { EventStore, RecordedEvent } from '@app/event-store';
import { InMemoryEventStore } from '@app/event-store/memory/in-memory-event-store';
import { AsOfLimit } from './as-of-limit';
import { dossierAsOf } from './dossier-as-of';
import { inboxAsOf } from './inbox-as-of';
import { CLOCK_MARGIN_MS, scanLog } from './log-scan';

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2027-03-01T01:00:00.000Z');
const ROUTE = [
  { orgId: 'moc-dept', level: 'unit' as const },
  { orgId: 'moc', level: 'ministry' as const },
];

/** An in-memory log whose clock moves one hour per append, and the instants of each append. */
class Log {
  private now = START;
  readonly store = new InMemoryEventStore({ clock: () => new Date(this.now) });
  private counter = 0;

  async append(dossierId: string, ...events: DossierEvent[]): Promise<{ position: number; at: Date }> {
    this.now += HOUR;
    const stream = `dossier-${dossierId}`;
    const revision = await this.store.streamRevision(stream);
    const result = await this.store.append(
      stream,
      events.map((event) => ({ id: `00000000-0000-4000-8000-${String(++this.counter).padStart(12, '0')}`, ...event })),
      revision ?? 'no_stream',
    );
    return { position: result.position, at: new Date(this.now) };
  }
}

const at = '2027-03-01T00:00:00.000Z';
const by = { userId: 'u', role: 'submitter' as const, orgId: 'office' };
const created = (dossierId: string): DossierEvent => ({
  type: 'DossierCreated',
  data: { dossierId, orgId: 'office', kind: 'yearly_report', payload: { year: 2026, planRef: 'p', values: [] }, by, at },
});
const submitted = (dossierId: string, due: string): DossierEvent[] => [
  { type: 'DossierSubmitted', data: { dossierId, round: 1, route: ROUTE, authorityLevels: ['ministry'], ruleSetVersion: 'v1', by, at } },
  requested(dossierId, 0, due),
];
const requested = (dossierId: string, step: number, dueAt: string): DossierEvent => ({
  type: 'ReviewRequested',
  data: { dossierId, round: 1, step, reviewerOrgId: ROUTE[step].orgId, level: ROUTE[step].level, dueAt, ruleSetVersion: 'v1', by, at },
});
const approved = (dossierId: string, step: number): DossierEvent => ({
  type: 'ReviewApproved',
  data: { dossierId, round: 1, step, reviewerOrgId: ROUTE[step].orgId, by, at },
});
const held = (dossierId: string, step: number): DossierEvent => ({
  type: 'DossierPutOnHold',
  data: { dossierId, round: 1, step, reviewerOrgId: ROUTE[step].orgId, reason: 'complaint', remaining: { workingDays: 2 }, dueAt: at, by, at },
});
const released = (dossierId: string, step: number, dueAt: string): DossierEvent => ({
  type: 'DossierReleased',
  data: { dossierId, round: 1, step, reviewerOrgId: ROUTE[step].orgId, dueAt, by, at },
});

describe('as-of folds', () => {
  const log = new Log();
  const moments: Record<string, { position: number; at: Date }> = {};
  const inbox = async (orgId: string, limit: AsOfLimit) => (await inboxAsOf(log.store, orgId, limit)).items.map((row) => row.id);

  beforeAll(async () => {
    moments.aCreated = await log.append('a', created('a'));
    moments.aSubmitted = await log.append('a', ...submitted('a', '2027-03-10T16:59:59.999Z'));
    moments.bSubmitted = await log.append('b', created('b'), ...submitted('b', '2027-03-05T16:59:59.999Z'));
    moments.aApproved = await log.append('a', approved('a', 0));
    moments.aAtMinistry = await log.append('a', requested('a', 1, '2027-03-20T16:59:59.999Z'));
    moments.bHeld = await log.append('b', held('b', 0));
    moments.bReleased = await log.append('b', released('b', 0, '2027-03-25T16:59:59.999Z'));
  });

  it('folds a dossier up to a position or an instant, and knows when it did not exist yet', async () => {
    expect(await dossierAsOf(log.store, 'a', { position: moments.aCreated.position - 1 })).toBeNull();
    expect((await dossierAsOf(log.store, 'a', { position: moments.aCreated.position }))?.state.status).toBe('draft');
    const submittedA = await dossierAsOf(log.store, 'a', { at: moments.aSubmitted.at });
    expect(submittedA).toMatchObject({ state: { status: 'in_review', step: 0 }, position: moments.aSubmitted.position, revision: 2 });
    expect((await dossierAsOf(log.store, 'a', { at: new Date(moments.aApproved.at.getTime() + 1) }))?.state.status).toBe('step_approved');
    expect(await dossierAsOf(log.store, 'a', { at: new Date(START) })).toBeNull();
  });

  it('shows each inbox as it stood: soonest due first, held steps out, released ones back', async () => {
    expect(await inbox('moc-dept', { position: moments.aCreated.position })).toEqual([]);
    expect(await inbox('moc-dept', { position: moments.aSubmitted.position })).toEqual(['a']);
    expect(await inbox('moc-dept', { position: moments.bSubmitted.position })).toEqual(['b', 'a']);
    expect(await inbox('moc-dept', { at: moments.aApproved.at })).toEqual(['b']);
    expect(await inbox('moc', { at: moments.aApproved.at })).toEqual([]);
    expect(await inbox('moc', { position: moments.aAtMinistry.position })).toEqual(['a']);
    expect(await inbox('moc-dept', { position: moments.bHeld.position })).toEqual([]);
    expect(await inbox('moc-dept', { at: moments.bReleased.at })).toEqual(['b']);
  });

  it('answers with the rows the live inbox shows, paged the same way', async () => {
    const page = await inboxAsOf(log.store, 'moc-dept', { position: moments.bSubmitted.position }, { limit: 1 });
    expect(page.items).toEqual([expect.objectContaining({ id: 'b', stage: 'in_review', currentReviewerOrgId: 'moc-dept', dueAt: '2027-03-05T16:59:59.999Z', ruleSetVersion: 'v1' })]);
    const next = await inboxAsOf(log.store, 'moc-dept', { position: moments.bSubmitted.position }, { limit: 1, cursor: page.nextCursor! });
    expect(next.items.map((row) => row.id)).toEqual(['a']);
    expect(next.nextCursor).toBeNull();
  });

  it('stops reading the log once it is past the point asked for', async () => {
    const pages: number[] = [];
    const counting = new Proxy(log.store as EventStore, {
      get(target, property) {
        if (property !== 'readAll') return Reflect.get(target, property);
        return async (options: { fromPosition: number }) => {
          const page = await target.readAll({ ...options, limit: 2 });
          pages.push(page.length);
          return page;
        };
      },
    });
    const seen: RecordedEvent[] = [];
    await scanLog(counting, { position: moments.aSubmitted.position }, (events) => seen.push(...events), 2);
    expect(seen.map((event) => event.position)).toEqual([moments.aCreated.position, moments.aSubmitted.position - 1, moments.aSubmitted.position]);
    expect(pages.length).toBe(2);

    pages.length = 0;
    seen.length = 0;
    await scanLog(counting, { at: new Date(START + HOUR) }, (events) => seen.push(...events), 2);
    expect(seen).toHaveLength(1);
    // The first page already holds an event recorded more than the clock margin later: no second read.
    expect(CLOCK_MARGIN_MS).toBeLessThan(HOUR);
    expect(pages.length).toBe(1);
  });
});
