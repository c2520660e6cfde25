import { fold, MovementEvent, movementDecider } from '@app/domain';
import { launched, MOC } from '@app/domain/movement/testing/movement-history.fixture';
import { RecordedEvent } from '@app/event-store';
import { movementOfRow } from './movement-state.mapping';
import { evolveMovementRow, movementRows } from './movements.projection';
import { MovementRow } from './movement.row';

const recorded = (event: MovementEvent, revision: number): RecordedEvent => ({
  id: `e-${revision}`,
  stream: `movement-${MOC.movementId}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: { actor: 'reviewer@moc' },
  recordedAt: new Date(event.data.at),
  revision,
  position: 100 + revision,
  hash: '',
});

const by = { userId: 'reviewer@moc', role: 'reviewer' as const, orgId: 'moc' };
const HISTORY: MovementEvent[] = [
  launched(MOC, '2025-08-12T02:00:00.000Z'),
  {
    type: 'SubmissionWindowEscalated',
    data: {
      movementId: MOC.movementId,
      windowId: 'unit-plans-2025-q3',
      orgId: 'moc-it',
      dueAt: '2025-09-30T16:59:59.999Z',
      attempt: 1,
      fromOrgId: 'moc-it',
      toOrgId: 'moc',
      by: { userId: 'worker:window-deadline', role: 'system' },
      at: '2025-09-30T17:00:00.000Z',
    },
  },
  {
    type: 'SubmissionWindowSet',
    data: { movementId: MOC.movementId, window: { ...MOC.windows[0], dueOn: '2025-10-15' }, previousDueOn: '2025-09-30', by, at: '2025-10-01T02:00:00.000Z' },
  },
  { type: 'MovementClosed', data: { movementId: MOC.movementId, by, at: '2030-12-31T02:00:00.000Z' } },
];

const project = (events: MovementEvent[]): MovementRow | null =>
  events.reduce<MovementRow | null>((row, event, revision) => evolveMovementRow(row, recorded(event, revision)), null);

describe('movements read model', () => {
  it('keeps exactly the state the decider folds, at every step', () => {
    for (let n = 1; n <= HISTORY.length; n++) {
      expect(movementOfRow(project(HISTORY.slice(0, n)) as MovementRow)).toEqual(fold(movementDecider, HISTORY.slice(0, n)));
    }
  });

  it('shows the launch, the last change and whether the movement still runs', () => {
    expect(project(HISTORY.slice(0, 3))).toMatchObject({
      id: 'moc-2025',
      orgId: 'moc',
      ref: '4030/KH-BVHTTDL',
      parentMovementId: 'national',
      periodFrom: '2025-08-12',
      status: 'launched',
      windows: [{ windowId: 'unit-plans-2025-q3', dueOn: '2025-10-15' }],
      windowsSetAt: { 'unit-plans-2025-q3': '2025-10-01T02:00:00.000Z' },
      tracks: {},
      launchedAt: '2025-08-12T02:00:00.000Z',
      updatedAt: '2025-10-01T02:00:00.000Z',
      closedAt: null,
      lastPosition: 102,
      revision: 2,
    });
    expect(project(HISTORY)).toMatchObject({ status: 'closed', closedAt: '2030-12-31T02:00:00.000Z' });
  });

  it('keys movement events by movement and ignores every other event', () => {
    expect(movementRows.keyOf(recorded(HISTORY[1], 1))).toBe('moc-2025');
    const other = { ...recorded(HISTORY[0], 0), type: 'DossierCreated' };
    expect(movementRows.keyOf(other)).toBeNull();
    expect(evolveMovementRow(null, other)).toBeNull();
  });
});
