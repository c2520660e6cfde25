import { attainment, isMet, mean6 } from './attainment';
import { combineValues, COMBINATION } from './value-combination';

describe('attainment', () => {
  describe('gte: at least the target', () => {
    it.each([
      ['96.5% of online public-service users against 100%', 100, 96.5, 0.965],
      ['a digital economy of 28% of GRDP against at least 35%', 35, 28, 0.8],
      ['12,000 records digitised against 10,000: capped at 1', 10_000, 12_000, 1],
      ['nothing done', 50, 0, 0],
      ['a target of 0 is always met', 0, 0, 1],
    ])('%s', (_case, target, actual, expected) => expect(attainment('gte', target, actual)).toBe(expected));
  });

  describe('lte: at most the target', () => {
    it.each([
      ['4 days to process a file against at most 5', 5, 4, 1],
      ['10 days against at most 5: half', 5, 10, 0.5],
      ['2 security incidents against none allowed', 0, 2, 0],
      ['no incident against none allowed', 0, 0, 1],
    ])('%s', (_case, target, actual, expected) => expect(attainment('lte', target, actual)).toBe(expected));
  });

  describe('eq: exactly the target', () => {
    it.each([
      ['4 quarterly reports of 4', 4, 4, 1],
      ['3 of 4', 4, 3, 0.75],
      ['5 of 4: too many is off target too', 4, 5, 0.75],
      ['9 of 4', 4, 9, 0],
    ])('%s', (_case, target, actual, expected) => expect(attainment('eq', target, actual)).toBe(expected));
  });

  it('is met only at attainment 1', () => {
    expect(isMet('gte', 95, 95)).toBe(true);
    expect(isMet('gte', 95, 94.99)).toBe(false);
    expect(isMet('lte', 5, 5)).toBe(true);
    expect(isMet('eq', 4, 4.5)).toBe(false);
  });

  it('gives six decimals, the same whatever the order of addition', () => {
    expect(attainment('gte', 3, 1)).toBe(0.333333);
    expect(mean6([0.1, 0.2, 0.3])).toBe(mean6([0.3, 0.2, 0.1]));
  });
});

describe('combining values of several organisations', () => {
  it('adds counts and averages shares', () => {
    expect(COMBINATION).toEqual({ count: 'sum', percent: 'mean', ratio: 'mean' });
    expect(combineValues('count', [1200, 300, 0])).toBe(1500);
    expect(combineValues('percent', [100, 90, 95])).toBe(95);
    expect(combineValues('percent', [])).toBeNull();
  });
});
