import { DeadlineClock } from '../../calendar/deadline-clock';
import { DossierKind, RuleSet, StepLevel } from '../../rules/rule-set';
import { isSilenceConsent } from '../../rules/rule-set.lookup';
import { ruleSetByVersion } from '../../rules/rule-set-in-force';

/** What a deadline job does when it fires. */
export const DEADLINE_ACTIONS = ['remind', 'escalate', 'consent'] as const;
export type DeadlineAction = (typeof DEADLINE_ACTIONS)[number];

/**
 * The deadline rules of one rule-set version, turned into instants (ISO strings). The decider and
 * `pendingDeadlines` only call these functions, so they stay free of calendars and clocks.
 */
export interface DeadlinePolicy {
  /** When the reviewer of a step due at `dueAt` is reminded: the reminder lead before it. */
  reminderAt(dueAt: string): string;
  /** When escalation `attempt` falls due: at the due date for 1, one more grace period for each further attempt. */
  escalationAt(dueAt: string, attempt: number): string;
  /** Whether the step is a consultation where silence until the due date counts as consent. */
  silenceIsConsent(kind: DossierKind, level: StepLevel): boolean;
}

/** The policy of each rule-set version: the decider picks the version the dossier runs under. */
export type DeadlinePolicies = (ruleSetVersion: string) => DeadlinePolicy;

export function deadlinePolicy(ruleSet: RuleSet, clock: DeadlineClock): DeadlinePolicy {
  return {
    reminderAt: (dueAt) => clock.remindAt(new Date(dueAt), ruleSet.reminderLead).toISOString(),
    escalationAt(dueAt, attempt) {
      if (!Number.isSafeInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be an integer >= 1, got ${attempt}`);
      let at = new Date(dueAt);
      for (let n = 2; n <= attempt; n++) at = clock.dueAt(at, ruleSet.escalationGrace);
      return at.toISOString();
    },
    silenceIsConsent: (kind, level) => isSilenceConsent(ruleSet, kind, level),
  };
}

/** Policies for every version of `ruleSets`; an unknown version throws UnknownRuleSetVersionError. */
export function deadlinePolicies(ruleSets: readonly RuleSet[], clock: DeadlineClock): DeadlinePolicies {
  return (version) => deadlinePolicy(ruleSetByVersion(ruleSets, version), clock);
}
