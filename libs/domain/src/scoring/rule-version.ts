import { fromDayNumber, LocalDate, localDayOf } from '../calendar';
import { NoRuleSetInForceError, UnknownRuleSetVersionError } from '../rules/rule-set.errors';

/** Anything versioned by the Viet Nam date it takes effect: scoring weights, award rules. */
export interface Versioned {
  readonly version: string;
  readonly effectiveFrom: LocalDate;
}

/**
 * The version in force at an instant: the latest effectiveFrom on or before that instant's date in
 * Viet Nam (a text takes effect at 00:00 UTC+7). Look it up when something starts (a nomination, a
 * ranking) and record its `version`; afterwards use `versionById`, so a later version never
 * reaches back into what already started under an earlier one.
 */
export function versionInForce<T extends Versioned>(sets: readonly T[], at: Date): T {
  const today = fromDayNumber(localDayOf(at));
  let inForce: T | undefined;
  for (const set of sets) {
    if (set.effectiveFrom > today) continue;
    if (!inForce || set.effectiveFrom > inForce.effectiveFrom) inForce = set;
  }
  if (!inForce) throw new NoRuleSetInForceError(at);
  return inForce;
}

export function versionById<T extends Versioned>(sets: readonly T[], version: string): T {
  const found = sets.find((set) => set.version === version);
  if (!found) throw new UnknownRuleSetVersionError(version);
  return found;
}
