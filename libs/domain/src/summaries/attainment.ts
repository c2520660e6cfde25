import { Comparator } from '../dossiers/payloads/implementation-plan.payload';

/**
 * How far an actual value goes toward its target, from 0 to 1, by the criterion's comparator:
 *
 *   gte  "at least" (coverage, counts):  actual / target, capped at 1; a target of 0 is always met.
 *   lte  "at most" (days, error rates):  1 while actual ≤ target, then target / actual (twice the
 *                                        allowed → 0.5); a target of 0 exceeded → 0.
 *   eq   "exactly":                      1 − |actual − target| / target, at least 0; a target of 0
 *                                        → 1 only for 0.
 *
 * Capped at 1 so that over-achieving one criterion never hides a shortfall on another when
 * attainments are averaged into a content, a summary or a score. Rounded to 6 decimals, so the
 * same inputs give the same figure however they were added up.
 */
export function attainment(comparator: Comparator, target: number, actual: number): number {
  return round6(clamp(raw(comparator, target, actual)));
}

/** The criterion is met: attainment 1 (actual ≥, ≤ or = target by its comparator). */
export function isMet(comparator: Comparator, target: number, actual: number): boolean {
  return attainment(comparator, target, actual) === 1;
}

function raw(comparator: Comparator, target: number, actual: number): number {
  switch (comparator) {
    case 'gte':
      return target <= 0 ? 1 : actual / target;
    case 'lte':
      if (actual <= target) return 1;
      return target <= 0 ? 0 : target / actual;
    case 'eq':
      if (target === 0) return actual === 0 ? 1 : 0;
      return 1 - Math.abs(actual - target) / Math.abs(target);
    default: {
      const unknown: never = comparator;
      throw new RangeError(`unknown comparator ${String(unknown)}`);
    }
  }
}

const clamp = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** Rounds to 6 decimals (half away from zero), the precision of every figure the summaries give. */
export function round6(value: number): number {
  return Math.sign(value) * (Math.round(Math.abs(value) * 1e6) / 1e6);
}

/** Arithmetic mean rounded to 6 decimals; 0 for no values. Adds in the order given. */
export function mean6(values: readonly number[]): number {
  return values.length === 0 ? 0 : round6(values.reduce((sum, value) => sum + value, 0) / values.length);
}
