import { instantMs, isIsoDate, isIsoInstant } from './iso-instant';

describe('ISO values', () => {
  it('accepts instants only in the toISOString form', () => {
    expect(isIsoInstant('2025-06-30T17:00:00.000Z')).toBe(true);
    expect(isIsoInstant('2025-06-30T17:00:00Z')).toBe(false);
    expect(isIsoInstant('2025-06-30T17:00:00.000+07:00')).toBe(false);
    expect(isIsoInstant('2025-13-30T17:00:00.000Z')).toBe(false);
    expect(isIsoInstant(1751302800000)).toBe(false);
    expect(instantMs('2025-06-30T17:00:00.000Z')).toBe(Date.UTC(2025, 5, 30, 17));
    expect(instantMs('soon')).toBeNaN();
  });

  it('accepts calendar dates that exist', () => {
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
