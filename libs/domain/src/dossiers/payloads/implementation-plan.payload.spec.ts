import { InvalidPayload, PayloadIssue } from '../../errors/domain.errors';
import { PLAN } from '../../testing/fixtures/payloads.fixture';
import { ImplementationPlanPayload, validateImplementationPlan } from './implementation-plan.payload';

function issuesOf(payload: unknown): PayloadIssue[] {
  try {
    validateImplementationPlan(payload);
  } catch (error) {
    if (error instanceof InvalidPayload) return [...error.issues];
    throw error;
  }
  return [];
}

/** Ca Mau Department of Justice, plan 79/KH-STP, implementing the justice ministry's movement. */
const LINKED: ImplementationPlanPayload = {
  title: 'Ca Mau justice competes in innovation and digital transformation',
  ref: '79/KH-STP',
  implementsRef: '71/NQ-CP',
  movementId: 'moj-2025',
  contents: [
    { id: 'c1', title: 'Digital civil status services', nationalContent: 3, movementContents: [2, 3] },
    { id: 'c2', title: 'Digital legal dissemination', nationalContent: 5, movementContents: [5] },
  ],
  criteria: [
    { id: 'k1', contentId: 'c1', metric: 'Civil status files handled online', unit: 'percent', comparator: 'gte', target: 100, dueDate: '2026-12-31' },
  ],
};

describe('the implementation plan payload', () => {
  it('reads a plan recorded before the movement links as it was written, adding no key', () => {
    expect(validateImplementationPlan(PLAN)).toStrictEqual(PLAN);
    expect(Object.keys(validateImplementationPlan(PLAN))).toEqual(['title', 'implementsRef', 'contents', 'criteria']);
  });

  it('keeps its own number, the movement it implements and each content’s mapping onto that movement’s contents', () => {
    expect(validateImplementationPlan(LINKED)).toStrictEqual(LINKED);
  });

  it('names a parent plan by its number', () => {
    const notary = { ...PLAN, implementsRef: '79/KH-STP', parentPlanRef: ' 79/KH-STP ' };
    expect(validateImplementationPlan(notary)).toStrictEqual({ ...notary, parentPlanRef: '79/KH-STP' });
  });

  it('refuses a movement id that could not name a stream, and content numbers that are not whole, positive and distinct', () => {
    const bad = {
      ...LINKED,
      movementId: 'moj 2025',
      contents: [
        { ...LINKED.contents[0], movementContents: [2, 2] },
        { ...LINKED.contents[1], movementContents: [0, 1.5] },
        { ...LINKED.contents[1], id: 'c3', movementContents: [] },
      ],
    };
    expect(issuesOf(bad).map((issue) => issue.path)).toEqual([
      'contents.0.movementContents',
      'contents.1.movementContents.0',
      'contents.1.movementContents.1',
      'contents.2.movementContents',
      'movementId',
    ]);
  });

  it('refuses an empty document number', () => {
    expect(issuesOf({ ...LINKED, ref: '  ', parentPlanRef: '' }).map((issue) => issue.path)).toEqual(['ref', 'parentPlanRef']);
  });
});
