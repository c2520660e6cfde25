import { NotAllowed } from '../errors/domain.errors';
import { NOW, user, worker } from '../testing/fixtures/actors.fixture';
import { actedBy, stamp } from './actor';
import { requireReviewerOf, requireRole, requireSubmitterOf, requireSystem } from './actor.policy';

const refusal = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error instanceof NotAllowed ? error.reason : error;
  }
  return 'allowed';
};

describe('actor policy', () => {
  const multiRole = { userId: 'u', orgId: 'moc', roles: ['submitter', 'reviewer'] as const, role: 'reviewer' as const };

  it('checks the acting role, and that it is held', () => {
    expect(refusal(() => requireRole(multiRole, 'reviewer'))).toBe('allowed');
    expect(refusal(() => requireRole(multiRole, 'submitter'))).toBe('requires_submitter');
    expect(refusal(() => requireRole({ ...multiRole, roles: ['submitter'] }, 'reviewer'))).toBe('role_not_held');
    expect(refusal(() => requireRole(worker, 'admin'))).toBe('requires_admin');
  });

  it('checks the organisation', () => {
    expect(refusal(() => requireReviewerOf(multiRole, 'moc'))).toBe('allowed');
    expect(refusal(() => requireReviewerOf(multiRole, 'camau'))).toBe('not_reviewer_org');
    expect(refusal(() => requireSubmitterOf(user('moc', 'submitter'), 'camau'))).toBe('not_owner_org');
  });

  it('tells the system from people', () => {
    expect(refusal(() => requireSystem(worker))).toBe('allowed');
    expect(refusal(() => requireSystem(multiRole))).toBe('requires_system');
  });

  it('stamps who, when, and the comment only when there is one', () => {
    expect(actedBy(worker)).toEqual({ userId: 'worker:advance', role: 'system' });
    expect(stamp({ now: NOW, actor: multiRole })).toStrictEqual({
      by: { userId: 'u', role: 'reviewer', orgId: 'moc' },
      at: '2025-06-02T02:00:00.000Z',
    });
    expect(stamp({ now: NOW, actor: worker }, ' ')).not.toHaveProperty('comment');
    expect(stamp({ now: NOW, actor: worker }, 'ok')).toHaveProperty('comment', 'ok');
  });
});
