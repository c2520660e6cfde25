import {
  CalendarOverride,
  DEFAULT_RULE_SETS,
  deadlineClock,
  DeadlineClock,
  DeadlinePolicies,
  deadlinePolicies,
  DossierKind,
  RuleSet,
  ruleSetByVersion,
  ruleSetInForce,
  StepLevel,
  stepDeadline,
  unitOf,
  validateRuleSets,
  vietnamWorkingCalendar,
  WorkingCalendar,
} from '@app/domain';

/**
 * The rule sets and the working-day calendar in force for this installation. A dossier keeps the
 * rule-set version it was submitted under, so due dates of later steps are computed from that
 * version, never from whatever is in force today. Calendar days recorded by administrators (as
 * events) are applied on top of the shipped calendar through `useCalendarOverrides`.
 */
export class RuleBook {
  readonly ruleSets: readonly RuleSet[];
  private calendarNow: WorkingCalendar;
  private clockNow: DeadlineClock;
  private policies: DeadlinePolicies;

  constructor(ruleSets: readonly RuleSet[] = DEFAULT_RULE_SETS, overrides: readonly CalendarOverride[] = []) {
    this.ruleSets = validateRuleSets(ruleSets);
    this.calendarNow = vietnamWorkingCalendar(overrides);
    this.clockNow = deadlineClock(this.calendarNow);
    this.policies = deadlinePolicies(this.ruleSets, this.clockNow);
  }

  get calendar(): WorkingCalendar {
    return this.calendarNow;
  }

  get clock(): DeadlineClock {
    return this.clockNow;
  }

  /** Reminder, escalation and consent instants per rule-set version, for the dossier decider. */
  get deadlines(): DeadlinePolicies {
    return this.policies;
  }

  inForce(at: Date): RuleSet {
    return ruleSetInForce(this.ruleSets, at);
  }

  version(version: string): RuleSet {
    return ruleSetByVersion(this.ruleSets, version);
  }

  /** When a step opened at `openedAt` falls due, under the given rule-set version. */
  dueAt(version: string, kind: DossierKind, level: StepLevel, openedAt: Date): Date {
    return this.clockNow.dueAt(openedAt, stepDeadline(this.version(version), kind, level));
  }

  /** The unit (working days or milliseconds) step lengths of a version are counted in. */
  unit(version: string, kind: DossierKind, level: StepLevel) {
    return unitOf(stepDeadline(this.version(version), kind, level));
  }

  useCalendarOverrides(overrides: readonly CalendarOverride[]): void {
    this.calendarNow = vietnamWorkingCalendar(overrides);
    this.clockNow = deadlineClock(this.calendarNow);
    this.policies = deadlinePolicies(this.ruleSets, this.clockNow);
  }
}
