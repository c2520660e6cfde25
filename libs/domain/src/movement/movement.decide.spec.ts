import { InvalidCommand, InvalidPayload, InvalidTransition, NotAllowed, NotFound } from '../errors/domain.errors';
import { fold } from '../decider/decider';
import { deciderSpec } from '../testing/decider-spec';
import { admin, reviewer, submitter, worker } from '../testing/fixtures/actors.fixture';
import { LaunchMovement } from './movement.commands';
import { MovementContext, movementDecider } from './movement.decide';
import { MovementDefinition } from './movement.definition';
import { MovementEvent, SubmissionWindowEscalated, SubmissionWindowSet } from './movement.events';
import { nationalMovement } from './national-movement';
import { CAMAU_JUSTICE, launched, MOC, MOJ, NATIONAL } from './testing/movement-history.fixture';
import { movementOrgs } from './testing/movement-orgs.fixture';

const NOW = new Date('2025-08-12T03:00:00.000Z');
const AT = NOW.toISOString();
const nationalState = () => fold(movementDecider, [launched(NATIONAL)]);
const spec = deciderSpec(
  movementDecider,
  (): MovementContext => ({ now: NOW, actor: reviewer('moc'), tree: movementOrgs(), parent: nationalState() }),
);
const stampOf = (orgId: string, role: 'reviewer' | 'admin' = 'reviewer') => ({
  by: { userId: role === 'admin' ? 'admin@central' : `reviewer@${orgId}`, role, orgId },
  at: AT,
});

const launchedBy = (definition: MovementDefinition): MovementEvent => ({
  type: 'MovementLaunched',
  data: { ...definition, ...stampOf(definition.orgId) },
});

const launch = (definition: MovementDefinition, extra: Partial<LaunchMovement['data']> = {}): LaunchMovement => ({
  type: 'LaunchMovement',
  data: { ...definition, ...extra },
});

describe('Movement', () => {
  describe('when not launched', () => {
    it('launches the national movement: resolution 57-NQ/TW, two phases, seven contents, the Q2 2025 window', () => {
      const command = nationalMovement('central');
      spec
        .given([])
        .when(command, { actor: admin, parent: undefined })
        .then([{ type: 'MovementLaunched', data: { ...NATIONAL, ...stampOf('central', 'admin') } }]);
      const state = fold(movementDecider, [launched(NATIONAL)]);
      expect(state.status === 'launched' && state.definition.contents.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it("launches the culture ministry's movement of plan 4030/KH-BVHTTDL, its five contents mapped to the national seven", () =>
      spec.given([]).when(launch(MOC)).then([launchedBy(MOC)]));

    it("takes the parent's phases when none are given", () => {
      const { phases: _phases, ...withoutPhases } = MOC;
      spec.given([]).when(launch(withoutPhases as MovementDefinition)).then([launchedBy(MOC)]);
    });

    it('refuses a content mapped to a parent content that does not exist, and one mapped to none', () => {
      const contents = [{ number: 1, title: 'Quantum heritage', adapts: [8] }, { number: 2, title: 'Unmapped', adapts: [] }];
      spec
        .given([])
        .when(launch({ ...MOC, contents }))
        .thenThrows(InvalidPayload, {
          issues: [
            { path: 'contents.0.adapts', message: 'the parent has no content 8' },
            { path: 'contents.1.adapts', message: "names at least one of the parent's contents" },
          ],
        });
    });

    it('refuses contents not numbered 1, 2, … and a period outside the parent', () =>
      spec
        .given([])
        .when(launch({ ...MOC, period: { from: '2024-01-01', to: '2030-12-31' }, contents: [{ ...MOC.contents[0], number: 2 }] }))
        .thenThrows(InvalidPayload, {
          issues: [
            { path: 'period', message: "must lie within the parent's 2025-01-01..2030-12-31" },
            { path: 'contents.0.number', message: 'must be 1: contents are numbered 1, 2, …' },
          ],
        }));

    it('refuses a summary outside its phase and a last phase without the final summary', () => {
      const phases = [{ number: 1, firstYear: 2027, lastYear: 2030, summary: 'preliminary_summary' as const, summaryYear: 2031 }];
      spec
        .given([])
        .when(launch(NATIONAL, { phases }), { actor: admin, parent: undefined })
        .thenThrows(InvalidPayload, {
          issues: [
            { path: 'phases.0.summaryYear', message: 'must fall within the phase' },
            { path: 'phases.0.summary', message: 'the last phase ends with the final summary' },
          ],
        });
    });

    it('needs the parent movement launched', () =>
      spec.given([]).when(launch(MOC), { parent: undefined }).thenThrows(NotFound, { aggregate: 'movement', id: 'national' }));

    it('is launched by a reviewer of the launching organisation or an administrator only', () => {
      spec.given([]).when(launch(MOC), { actor: reviewer('moj') }).thenThrows(NotAllowed, { reason: 'not_reviewer_org' });
      spec.given([]).when(launch(MOC), { actor: submitter('moc') }).thenThrows(NotAllowed, { reason: 'requires_reviewer' });
      spec.given([]).when(launch(MOC), { actor: worker }).thenThrows(NotAllowed, { reason: 'requires_admin' });
    });

    it('cannot be closed before it is launched', () =>
      spec.given([]).when({ type: 'CloseMovement', data: { movementId: 'moc-2025' } }).thenThrows(NotFound));
  });

  describe('when launched', () => {
    const given = () => spec.given([launched(MOC)]);

    it('refuses a second launch', () => given().when(launch(MOC)).thenThrows(InvalidTransition));

    it('extends the units’ window, recording the previous date', () => {
      const window = { ...MOC.windows[0], dueOn: '2025-10-15' };
      const set: SubmissionWindowSet = {
        type: 'SubmissionWindowSet',
        data: { movementId: 'moc-2025', window, previousDueOn: '2025-09-30', ...stampOf('moc'), comment: 'Storm season' },
      };
      given().when({ type: 'SetSubmissionWindow', data: { movementId: 'moc-2025', window, comment: 'Storm season' } }).then([set]);
    });

    it('refuses a window outside the period, for nobody, or unchanged', () => {
      const window = MOC.windows[0];
      const set = (w: typeof window) => ({ type: 'SetSubmissionWindow' as const, data: { movementId: 'moc-2025', window: w } });
      given().when(set({ ...window, dueOn: '2031-01-31' })).thenThrows(InvalidCommand, { field: 'window.dueOn' });
      given().when(set({ ...window, appliesTo: { levels: [] } })).thenThrows(InvalidPayload);
      given().when(set(window)).thenThrows(InvalidTransition);
    });

    describe('a unit late with its plan', () => {
      const dueAt = '2025-09-30T16:59:59.999Z';
      const before = new Date('2025-09-26T02:00:00.000Z');
      const after = new Date('2025-10-01T02:00:00.000Z');
      const late = { movementId: 'moc-2025', windowId: 'unit-plans-2025-q3', orgId: 'moc-heritage-records', dueAt };
      const remind = { type: 'RemindSubmissionWindow' as const, data: late };
      const escalate = (attempt: number) => ({
        type: 'EscalateSubmissionWindow' as const,
        data: { movementId: 'moc-2025', windowId: 'unit-plans-2025-q3', orgId: 'moc-heritage-records', dueAt, attempt },
      });
      const escalated = (attempt: number, fromOrgId: string, toOrgId: string, last = false): SubmissionWindowEscalated => ({
        type: 'SubmissionWindowEscalated',
        data: {
          movementId: 'moc-2025',
          windowId: 'unit-plans-2025-q3',
          orgId: 'moc-heritage-records',
          dueAt,
          attempt,
          fromOrgId,
          toOrgId,
          ...(last ? { lastInChain: true as const } : {}),
          by: { userId: worker.userId, role: 'system' },
          at: after.toISOString(),
        },
      });

      it('is reminded once before the due date', () => {
        const reminded: MovementEvent = {
          type: 'SubmissionWindowReminderSent',
          data: { ...remind.data, by: { userId: worker.userId, role: 'system' }, at: before.toISOString() },
        };
        given().when(remind, { actor: worker, now: before }).then([reminded]);
        spec.given([launched(MOC), reminded]).when(remind, { actor: worker, now: before }).thenNothing();
      });

      it('is escalated at the due date to its department, then the ministry, then the council', () => {
        given().when(escalate(1), { actor: worker, now: after }).then([escalated(1, 'moc-heritage-records', 'moc-heritage')]);
        const history = [launched(MOC), escalated(1, 'moc-heritage-records', 'moc-heritage'), escalated(2, 'moc-heritage', 'moc')];
        spec.given(history).when(escalate(3), { actor: worker, now: after }).then([escalated(3, 'moc', 'central', true)]);
        spec.given([...history, escalated(3, 'moc', 'central', true)]).when(escalate(4), { actor: worker, now: after }).thenNothing();
      });

      it('does nothing early, twice, or for a due date the window no longer has', () => {
        given().when(escalate(1), { actor: worker, now: before }).thenNothing();
        given().when(escalate(2), { actor: worker, now: after }).thenNothing();
        const stale = { ...remind, data: { ...late, dueAt: '2025-10-15T16:59:59.999Z' } };
        given().when(stale, { actor: worker, now: before }).thenNothing();
      });

      it('is escalated by the system only', () =>
        given().when(escalate(1), { now: after }).thenThrows(NotAllowed, { reason: 'requires_system' }));
    });

    it('closes', () =>
      given()
        .when({ type: 'CloseMovement', data: { movementId: 'moc-2025' } })
        .then([{ type: 'MovementClosed', data: { movementId: 'moc-2025', ...stampOf('moc') } }]));
  });

  describe('when closed', () => {
    const closed: MovementEvent = { type: 'MovementClosed', data: { movementId: 'moc-2025', ...stampOf('moc') } };
    it('takes no new window', () =>
      spec
        .given([launched(MOC), closed])
        .when({ type: 'SetSubmissionWindow', data: { movementId: 'moc-2025', window: { ...MOC.windows[0], dueOn: '2025-12-31' } } })
        .thenThrows(InvalidTransition, { status: 'closed' }));
  });

  describe('a cascade of movements', () => {
    it('launches the justice sector movement under the national one and Ca Mau’s 79/KH-STP under it', () => {
      spec.given([]).when(launch(MOJ), { actor: reviewer('moj') }).then([launchedBy(MOJ)]);
      const moj = fold(movementDecider, [launched(MOJ)]);
      spec
        .given([])
        .when(launch(CAMAU_JUSTICE), { actor: reviewer('camau-justice'), parent: moj })
        .then([launchedBy(CAMAU_JUSTICE)]);
    });
  });
});
