import { fold } from '../decider/decider';
import { movementDecider } from './movement.decide';
import { MovementEvent } from './movement.events';
import { planMovementIssues } from './plan-movement.validate';
import { launched, MOC } from './testing/movement-history.fixture';

const moc = fold(movementDecider, [launched(MOC)]);
const closed = fold(movementDecider, [
  launched(MOC),
  { type: 'MovementClosed', data: { movementId: MOC.movementId, by: { userId: 'reviewer@moc', role: 'reviewer', orgId: 'moc' }, at: '2030-12-31T02:00:00.000Z' } } as MovementEvent,
]);

/** The heritage department's plan under plan 4030/KH-BVHTTDL, whose five contents it maps onto. */
const heritagePlan = (movementContents: number[][]) => ({
  movementId: MOC.movementId,
  contents: movementContents.map((numbers, i) => ({ id: `c${i + 1}`, title: `Content ${i + 1}`, nationalContent: 3 as const, movementContents: numbers })),
});

describe('planMovementIssues', () => {
  it('accepts contents mapped onto the ministry movement’s five contents', () => {
    expect(planMovementIssues(heritagePlan([[2], [4, 5]]), moc)).toEqual([]);
  });

  it('names each content mapped onto a content the movement does not have', () => {
    expect(planMovementIssues(heritagePlan([[2], [6, 7], [1]]), moc)).toEqual([
      { path: 'contents.1.movementContents', message: 'movement moc-2025 has no content 6, 7' },
    ]);
  });

  it('refuses a movement that was never launched, and one that is closed', () => {
    expect(planMovementIssues(heritagePlan([[1]]), undefined)).toEqual([{ path: 'movementId', message: 'no movement moc-2025' }]);
    expect(planMovementIssues(heritagePlan([[1]]), { status: 'unlaunched' })).toEqual([{ path: 'movementId', message: 'no movement moc-2025' }]);
    expect(planMovementIssues(heritagePlan([[1]]), closed)).toEqual([{ path: 'movementId', message: 'movement moc-2025 is closed' }]);
  });

  it('has nothing to check for a plan naming no movement, unless it maps contents onto one', () => {
    expect(planMovementIssues({ contents: [{ id: 'c1', title: 'Records', nationalContent: 3 }] }, undefined)).toEqual([]);
    const { movementId: _none, ...unnamed } = heritagePlan([[1]]);
    expect(planMovementIssues(unnamed, undefined)).toEqual([{ path: 'contents.0.movementContents', message: 'maps onto a movement: name it in movementId' }]);
  });
});
