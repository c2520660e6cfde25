import { bodyShapeProblem, MAX_BODY_DEPTH } from './body-shape';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });

describe('body shape', () => {
  it('accepts ordinary JSON, unicode text included', () => {
    expect(bodyShapeProblem({ payload: { title: 'Kế hoạch chuyển đổi số 🚀', items: [1, 'x', null, { ok: true }] } })).toBeNull();
    expect(bodyShapeProblem(nested(MAX_BODY_DEPTH - 1))).toBeNull();
  });

  it('refuses deep nesting without recursing (so a hostile depth cannot overflow the stack)', () => {
    expect(bodyShapeProblem(nested(MAX_BODY_DEPTH + 1))).toContain('nested deeper than');
    expect(bodyShapeProblem(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toContain('nested deeper than');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s at any depth', (key) => {
    expect(bodyShapeProblem(JSON.parse(`{"payload":{"list":[{"${key}":{"isAdmin":true}}]}}`))).toContain(JSON.stringify(key));
  });

  it('refuses text PostgreSQL cannot store or that is not Unicode', () => {
    expect(bodyShapeProblem({ comment: 'a\u0000b' })).toContain('$.comment');
    expect(bodyShapeProblem({ comment: 'broken \uD800 pair' })).toContain('unpaired surrogate');
    expect(bodyShapeProblem({ comment: 'tail \uDC00' })).toContain('unpaired surrogate');
    expect(bodyShapeProblem({ ['k\u0000']: 1 })).toContain('key');
    expect(bodyShapeProblem({ comment: 'paired 😀' })).toBeNull();
  });
});
