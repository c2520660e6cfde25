import { DossierEvent } from '@app/domain';
import { planApproved, planCreated, planPayload, planSubmitted, planWithdrawn } from '@app/domain/movement/testing/plan-dossiers.fixture';
import { PLAN } from '@app/domain/testing/fixtures/payloads.fixture';
import { RecordedEvent } from '@app/event-store';
import { PlanRow } from './plan.row';
import { evolvePlanRow, planRows } from './plans.projection';

const recorded = (event: DossierEvent, position: number): RecordedEvent => ({
  id: `e-${position}`,
  stream: `dossier-${(event.data as { dossierId: string }).dossierId}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: { actor: 'someone' },
  recordedAt: new Date(event.data.at),
  revision: position,
  position,
  hash: '',
});

const project = (events: DossierEvent[]): PlanRow | null =>
  events.reduce<PlanRow | null>((row, event, index) => evolvePlanRow(row, recorded(event, index + 1)), null);

const linked = { ...planPayload('4030/KH-BVHTTDL'), ref: '12/KH-CDS', movementId: 'moc-2025' };

describe('plans read model', () => {
  it('follows a plan from its draft to its approval, keeping its first submission', () => {
    const history = [
      planCreated('p-1', 'moc-heritage', linked, '2025-09-01T02:00:00.000Z'),
      planSubmitted('p-1', 'moc-heritage', '2025-09-10T02:00:00.000Z'),
      { type: 'DossierReturned', data: { dossierId: 'p-1', round: 1, step: 0, reason: 'Targets too low', by: { userId: 'r', role: 'reviewer', orgId: 'moc' }, at: '2025-09-12T02:00:00.000Z' } } as DossierEvent,
      planSubmitted('p-1', 'moc-heritage', '2025-09-15T02:00:00.000Z', 2),
      planApproved('p-1', '2025-10-01T02:00:00.000Z', 2),
    ];
    expect(project(history.slice(0, 1))).toEqual({
      id: 'p-1',
      orgId: 'moc-heritage',
      title: linked.title,
      ref: '12/KH-CDS',
      implementsRef: '4030/KH-BVHTTDL',
      movementId: 'moc-2025',
      parentPlanRef: null,
      status: 'draft',
      firstSubmittedAt: null,
      contents: linked.contents,
      criteria: linked.criteria,
      createdAt: '2025-09-01T02:00:00.000Z',
      updatedAt: '2025-09-01T02:00:00.000Z',
      lastPosition: 1,
    });
    expect(project(history.slice(0, 3))).toMatchObject({ status: 'returned', firstSubmittedAt: '2025-09-10T02:00:00.000Z' });
    expect(project(history)).toMatchObject({ status: 'approved', firstSubmittedAt: '2025-09-10T02:00:00.000Z', lastPosition: 5 });
  });

  it('takes an edit whole: links it drops are gone', () => {
    const edited: DossierEvent = {
      type: 'DossierEdited',
      data: { dossierId: 'p-1', payload: PLAN, by: { userId: 's', role: 'submitter', orgId: 'moc-heritage' }, at: '2025-09-02T02:00:00.000Z' },
    };
    expect(project([planCreated('p-1', 'moc-heritage', linked, '2025-09-01T02:00:00.000Z'), edited])).toMatchObject({
      ref: null,
      movementId: null,
      title: PLAN.title,
    });
  });

  it('is withdrawn with its dossier, and keeps no row for another kind of dossier', () => {
    const withdrawn = project([
      planCreated('p-1', 'moc-heritage', linked, '2025-09-01T02:00:00.000Z'),
      planSubmitted('p-1', 'moc-heritage', '2025-09-10T02:00:00.000Z'),
      planWithdrawn('p-1', 'moc-heritage', '2025-09-11T02:00:00.000Z'),
    ]);
    expect(withdrawn).toMatchObject({ status: 'withdrawn' });
    const report = planCreated('r-1', 'moc-heritage', linked, '2025-09-01T02:00:00.000Z');
    const asReport = { ...report, data: { ...report.data, kind: 'yearly_report' } } as DossierEvent;
    expect(planRows.keyOf(recorded(asReport, 1))).toBe('r-1');
    expect(project([asReport, planSubmitted('r-1', 'moc-heritage', '2025-09-10T02:00:00.000Z')])).toBeNull();
  });
});
