import { InvalidToken, principalFromClaims } from './token-claims';

describe('token claims', () => {
  it('reads the user, its organisation and the roles held there', () => {
    expect(principalFromClaims({ sub: 'lan', org: 'dept-heritage', roles: ['submitter', 'reviewer'] })).toEqual({
      userId: 'lan',
      orgId: 'dept-heritage',
      roles: ['submitter', 'reviewer'],
      grants: [
        { orgId: 'dept-heritage', role: 'submitter' },
        { orgId: 'dept-heritage', role: 'reviewer' },
      ],
      national: false,
    });
  });

  it('adds roles held in other organisations and the national scope, keeping domain roles to the home organisation', () => {
    const principal = principalFromClaims({
      sub: 'hoa',
      org: 'ministry-culture',
      roles: ['auditor'],
      grants: [{ org: 'central-council', role: 'reviewer' }, { org: 'ministry-culture', role: 'auditor' }],
      scope: 'national',
    });
    expect(principal.roles).toEqual([]);
    expect(principal.grants).toEqual([
      { orgId: 'ministry-culture', role: 'auditor' },
      { orgId: 'central-council', role: 'reviewer' },
    ]);
    expect(principal.national).toBe(true);
  });

  it.each([
    [{ org: 'moc', roles: [] }, 'sub'],
    [{ sub: '', org: 'moc', roles: [] }, 'sub'],
    [{ sub: 'u', roles: [] }, 'org'],
    [{ sub: 'u', org: 'Not An Id', roles: [] }, 'org'],
    [{ sub: 'u', org: 'moc', roles: ['superuser'] }, 'unknown role'],
    [{ sub: 'u', org: 'moc', roles: 'admin' }, 'unknown role'],
    [{ sub: 'u', org: 'moc', roles: [], grants: [{ org: 'moc' }] }, 'grants'],
    [{ sub: 'u', org: 'moc', roles: [], grants: [{ org: '../x', role: 'admin' }] }, 'grants'],
    [{ sub: 'u', org: 'moc', roles: [], grants: {} }, 'grants'],
    [{ sub: 'u', org: 'moc', roles: [], scope: 'global' }, 'scope'],
  ])('refuses %j', (claims, named) => {
    expect(() => principalFromClaims(claims)).toThrow(InvalidToken);
    expect(() => principalFromClaims(claims)).toThrow(named);
  });
});
