import {
  CalendarOverride,
  DEFAULT_RULE_SETS,
  deadlineClock,
  DeadlineClock,
  DossierKind,
  RuleSet,
  ruleSetByVersion,
  ruleSetInForce,
  StepLevel,
  stepDeadline,
  validateRuleSets,
  vietnamWorkingCalendar,
} from '@app/domain';

/**
 * The rule sets and the working-day calendar in force for this installation. A dossier keeps the
 * rule-set version it was submitted under, so due dates of later steps are computed from that
 * version, never from whatever is in force today.
 */
export class RuleBook {
  readonly ruleSets: readonly RuleSet[];
  private clock: DeadlineClock;

  constructor(ruleSets: readonly RuleSet[] = DEFAULT_RULE_SETS, overrides: readonly CalendarOverride[] = []) {
    this.ruleSets = validateRuleSets(ruleSets);
    this.clock = deadlineClock(vietnamWorkingCalendar(overrides));
  }

  inForce(at: Date): RuleSet {
    return ruleSetInForce(this.ruleSets, at);
  }

  version(version: string): RuleSet {
    return ruleSetByVersion(this.ruleSets, version);
  }

  /** When a step opened at `openedAt` falls due, under the given rule-set version. */
  dueAt(version: string, kind: DossierKind, level: StepLevel, openedAt: Date): Date {
    return this.clock.dueAt(openedAt, stepDeadline(this.version(version), kind, level));
  }

  /** Calendar days off and working days recorded by administrators replace the shipped ones. */
  withCalendarOverrides(overrides: readonly CalendarOverride[]): void {
    this.clock = deadlineClock(vietnamWorkingCalendar(overrides));
  }
}
