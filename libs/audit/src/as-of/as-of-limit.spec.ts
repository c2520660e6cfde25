import { InvalidAsOf, parseAsOf } from './as-of-limit';

describe('the as-of query', () => {
  it('is absent when neither asOf nor position is given', () => {
    expect(parseAsOf({})).toBeNull();
  });

  it.each([
    ['2027-03-01T00:00:00Z', '2027-03-01T00:00:00.000Z'],
    ['2027-03-01T07:00:00+07:00', '2027-03-01T00:00:00.000Z'],
    ['2027-03-01T00:00Z', '2027-03-01T00:00:00.000Z'],
    ['2027-02-28T23:59:59.999Z', '2027-02-28T23:59:59.999Z'],
  ])('reads the instant %s', (asOf, instant) => {
    expect(parseAsOf({ asOf })).toEqual({ at: new Date(instant) });
  });

  it.each(['2027-03-01', 'yesterday', '2027-02-30T00:00:00Z', '2027-03-01T24:00:00Z', '2027-03-01T00:00:00', ''])('refuses asOf=%j, naming asOf', (asOf) => {
    expect(() => parseAsOf({ asOf })).toThrow(expect.objectContaining({ parameter: 'asOf', message: expect.stringMatching(/^asOf must be an ISO 8601 instant/) }));
  });

  it('reads a position', () => {
    expect(parseAsOf({ position: '0' })).toEqual({ position: 0 });
    expect(parseAsOf({ position: '9007199254000' })).toEqual({ position: 9_007_199_254_000 });
  });

  it.each(['-1', '1.5', 'ten', '', '99999999999999999999'])('refuses position=%j, naming position', (position) => {
    expect(() => parseAsOf({ position })).toThrow(expect.objectContaining({ parameter: 'position', message: expect.stringMatching(/^position must be a non-negative integer/) }));
  });

  it('refuses both at once', () => {
    expect(() => parseAsOf({ asOf: '2027-03-01T00:00:00Z', position: '5' })).toThrow(InvalidAsOf);
    expect(() => parseAsOf({ asOf: '2027-03-01T00:00:00Z', position: '5' })).toThrow('give either asOf or position, not both');
  });
});
