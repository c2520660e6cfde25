import { CriterionUnit } from '../dossiers/payloads/implementation-plan.payload';
import { mean6, round6 } from './attainment';

export type Combination = 'sum' | 'mean';

/**
 * How the values of several organisations combine into one, by the criterion's unit:
 *
 *   count           sum:  what the units did adds up to what the ministry did (records digitised,
 *                         services launched), so a ministry's figure is the sum of its units'.
 *   percent, ratio  mean: the unweighted mean over the organisations that reported. A weighted mean
 *                         would need each share's base (how many files, how many users), which no
 *                         report carries; each organisation is one participant of the movement and
 *                         counts once; and a mean of shares stays a share (never above 100%).
 *
 * Organisations that did not report are left out of a mean (a summary shows how many reported
 * beside how many were expected) and add nothing to a sum.
 */
export const COMBINATION: Readonly<Record<CriterionUnit, Combination>> = { count: 'sum', percent: 'mean', ratio: 'mean' };

/** Combines values (in the order given: sort them first for a reproducible figure); null for none. */
export function combineValues(unit: CriterionUnit, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return COMBINATION[unit] === 'sum' ? round6(values.reduce((sum, value) => sum + value, 0)) : mean6(values);
}
