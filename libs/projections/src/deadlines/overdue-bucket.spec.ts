import { OVERDUE_BUCKETS, overdueBucket } from './overdue-bucket';

describe('overdue buckets', () => {
  it.each([
    [-1, 'under_1_day'],
    [0, 'under_1_day'],
    [0.5, 'under_1_day'],
    [1, '1_to_3_days'],
    [2, '1_to_3_days'],
    [3, '3_to_10_days'],
    [9, '3_to_10_days'],
    [10, 'over_10_days'],
    [250, 'over_10_days'],
  ])('puts %p working days late in %s', (late, bucket) => {
    expect(overdueBucket(late)).toBe(bucket);
  });

  it('lists the buckets from least to most late', () => {
    expect([0, 1, 3, 10].map(overdueBucket)).toEqual([...OVERDUE_BUCKETS]);
  });
});
