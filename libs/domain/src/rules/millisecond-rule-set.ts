import { milliseconds, StepDuration } from '../calendar';
import { DOSSIER_KINDS, DossierKind, LevelDeadlines, RuleSet, STEP_LEVELS, StepLevel } from './rule-set';
import { validateRuleSet } from './rule-set.validate';

export interface MillisecondTimings {
  readonly version: string;
  readonly effectiveFrom?: string;
  /** Length of every review step. */
  readonly stepMs: number;
  readonly reminderLeadMs: number;
  readonly escalationGraceMs: number;
}

/**
 * A copy of `base` whose every length is in milliseconds, for end-to-end tests and demonstrations
 * that must see reminders and escalations within seconds. Authority and consultations are kept.
 */
export function millisecondRuleSet(base: RuleSet, timings: MillisecondTimings): RuleSet {
  const everyLevel = Object.fromEntries(
    STEP_LEVELS.map((level): [StepLevel, StepDuration] => [level, milliseconds(timings.stepMs)]),
  ) as LevelDeadlines;
  const deadlines = Object.fromEntries(
    DOSSIER_KINDS.map((kind): [DossierKind, LevelDeadlines] => [kind, everyLevel]),
  ) as RuleSet['deadlines'];
  return validateRuleSet({
    ...base,
    version: timings.version,
    effectiveFrom: timings.effectiveFrom ?? base.effectiveFrom,
    note: 'Millisecond timings for tests and demonstrations.',
    deadlines,
    reminderLead: milliseconds(timings.reminderLeadMs),
    escalationGrace: milliseconds(timings.escalationGraceMs),
  });
}
