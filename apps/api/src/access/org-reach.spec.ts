import { orgTree } from '@app/domain/testing/fixtures/orgs.fixture';
import { Grant, Principal } from '../auth/principal';
import { AccessTarget, decideAccess, readReach } from './org-reach';

/** central ─┬─ moc ── moc-dept ── moc-dept-office
 *           └─ camau ── camau-justice */
const tree = orgTree();

function caller(grants: Grant[], national = false): Principal {
  return { userId: 'u', orgId: grants[0]?.orgId ?? 'moc', roles: [], grants, national };
}
const org = (orgId: string, strictlyBelow = false): AccessTarget => ({ kind: 'org', orgId, ...(strictlyBelow ? { strictlyBelow } : {}) });
const dossierOf = (ownerOrgId: string, actingOrgIds: string[] = [], currentOrgId?: string): AccessTarget => ({
  kind: 'dossier',
  facts: { ownerOrgId, actingOrgIds, ...(currentOrgId ? { currentOrgId } : {}) },
});
const outcome = (decision: ReturnType<typeof decideAccess>) => (decision.allowed ? `via ${decision.grant.role}@${decision.grant.orgId}` : decision.reason);

describe('organisation reach', () => {
  it('reaches the organisation a role is held in and everything below it, nothing beside or above', () => {
    const ministryReviewer = caller([{ orgId: 'moc', role: 'reviewer' }]);
    expect(outcome(decideAccess(ministryReviewer, tree, 'read', org('moc')))).toBe('via reviewer@moc');
    expect(outcome(decideAccess(ministryReviewer, tree, 'read', org('moc-dept-office')))).toBe('via reviewer@moc');
    expect(outcome(decideAccess(ministryReviewer, tree, 'read', org('camau-justice')))).toBe('out_of_scope');
    expect(outcome(decideAccess(ministryReviewer, tree, 'read', org('central')))).toBe('out_of_scope');
  });

  it('refuses a capability no role grants, wherever the target is', () => {
    const auditor = caller([{ orgId: 'central', role: 'auditor' }]);
    expect(outcome(decideAccess(auditor, tree, 'read', org('moc-dept')))).toBe('via auditor@central');
    for (const capability of ['submit', 'review', 'hold', 'administer'] as const) {
      expect(outcome(decideAccess(auditor, tree, capability, org('moc-dept')))).toBe('role_not_held');
    }
  });

  it('widens only the read-only roles to the whole country with the national scope', () => {
    const auditor = caller([{ orgId: 'camau', role: 'auditor' }], true);
    expect(outcome(decideAccess(auditor, tree, 'read', org('moc-dept')))).toBe('via auditor@camau');
    const reviewer = caller([{ orgId: 'camau', role: 'reviewer' }], true);
    expect(outcome(decideAccess(reviewer, tree, 'read', org('moc-dept')))).toBe('out_of_scope');
    expect(outcome(decideAccess(caller([{ orgId: 'camau', role: 'auditor' }]), tree, 'read', org('moc-dept')))).toBe('out_of_scope');
  });

  it('lets an administrator act below its own organisation only where it says so', () => {
    const ministryAdmin = caller([{ orgId: 'moc', role: 'admin' }]);
    expect(outcome(decideAccess(ministryAdmin, tree, 'administer', org('moc')))).toBe('via admin@moc');
    expect(outcome(decideAccess(ministryAdmin, tree, 'administer', org('moc', true)))).toBe('out_of_scope');
    expect(outcome(decideAccess(ministryAdmin, tree, 'administer', org('moc-dept', true)))).toBe('via admin@moc');
    expect(outcome(decideAccess(ministryAdmin, tree, 'administer', { kind: 'national' }))).toBe('out_of_scope');
    const councilAdmin = caller([{ orgId: 'central', role: 'admin' }]);
    expect(outcome(decideAccess(councilAdmin, tree, 'administer', { kind: 'national' }))).toBe('via admin@central');
    expect(outcome(decideAccess(councilAdmin, tree, 'administer', org('camau-justice', true)))).toBe('via admin@central');
  });

  it('lets a new organisation be registered at the top only by its own administrator (the first one)', () => {
    expect(outcome(decideAccess(caller([{ orgId: 'new-council', role: 'admin' }]), tree, 'administer', org('new-council')))).toBe('via admin@new-council');
    expect(outcome(decideAccess(caller([{ orgId: 'moc', role: 'admin' }]), tree, 'administer', org('new-council')))).toBe('out_of_scope');
  });

  it('reaches a dossier through its owner, or an organisation on its route or escalated to', () => {
    const dossier = dossierOf('moc-dept', ['central', 'moc'], 'moc');
    expect(outcome(decideAccess(caller([{ orgId: 'moc', role: 'reviewer' }]), tree, 'review', dossier))).toBe('via reviewer@moc');
    expect(outcome(decideAccess(caller([{ orgId: 'camau', role: 'reviewer' }]), tree, 'review', dossier))).toBe('out_of_scope');
    const moved = dossierOf('camau-justice', ['moc'], 'moc');
    expect(outcome(decideAccess(caller([{ orgId: 'moc', role: 'reviewer' }]), tree, 'review', moved))).toBe('via reviewer@moc');
  });

  it('acts through the grant naming the open step, so the command records that organisation', () => {
    const both = caller([
      { orgId: 'central', role: 'reviewer' },
      { orgId: 'moc', role: 'reviewer' },
    ]);
    expect(outcome(decideAccess(both, tree, 'review', dossierOf('moc-dept', ['moc', 'central'], 'moc')))).toBe('via reviewer@moc');
    expect(outcome(decideAccess(both, tree, 'review', dossierOf('moc-dept', ['central', 'moc'], 'central')))).toBe('via reviewer@central');
    expect(outcome(decideAccess(both, tree, 'read', org('moc-dept-office')))).toBe('via reviewer@moc');
  });

  it('tells lists which organisations the caller reads', () => {
    const reach = readReach(caller([{ orgId: 'moc-dept', role: 'submitter' }, { orgId: 'camau', role: 'admin' }]), tree);
    if (reach.national) throw new Error('not national');
    expect(['moc-dept', 'moc-dept-office', 'camau', 'camau-justice'].every(reach.covers)).toBe(true);
    expect(['moc', 'central', 'unknown', null].some(reach.covers)).toBe(false);
    expect(readReach(caller([{ orgId: 'central', role: 'reviewer' }]), tree)).toEqual({ national: true });
    expect(readReach(caller([{ orgId: 'camau', role: 'council_member' }], true), tree)).toEqual({ national: true });
  });
});
