import { DEFAULT_RULE_SETS, millisecondRuleSet, RuleSet } from '@app/domain';
import { RecordedEvent } from '@app/event-store';

/**
 * Rule sets whose deadlines count milliseconds, so a test sees reminders and escalations within
 * seconds. Dossiers are submitted under them by name; the shipped sets stay in force.
 */
export const FAST = 'ms-fast';
/** A second version to migrate to: a shorter reminder lead and grace. */
export const FASTER = 'ms-faster';

const latest = DEFAULT_RULE_SETS[DEFAULT_RULE_SETS.length - 1];

export const FAST_RULE_SETS: readonly RuleSet[] = [
  ...DEFAULT_RULE_SETS,
  millisecondRuleSet(latest, { version: FAST, effectiveFrom: '2020-01-01', stepMs: 60_000, reminderLeadMs: 1000, escalationGraceMs: 1000 }),
  millisecondRuleSet(latest, { version: FASTER, effectiveFrom: '2020-01-02', stepMs: 60_000, reminderLeadMs: 500, escalationGraceMs: 500 }),
];

const ACTION_OF: Record<string, string> = {
  ReviewReminderSent: 'remind',
  ReviewEscalated: 'escalate',
  ReviewOverdue: 'escalate',
  ReviewConsentedBySilence: 'consent',
};

/** The deadline events of a stream, each named by the deadline it fired: `round.step.action.attempt`. */
export function firedDeadlines(events: readonly RecordedEvent[]): Array<{ key: string; event: RecordedEvent }> {
  return events
    .filter((event) => event.type in ACTION_OF)
    .map((event) => {
      const data = event.data as { round: number; step: number; attempt?: number };
      return { key: `${data.round}.${data.step}.${ACTION_OF[event.type]}.${data.attempt ?? 1}`, event };
    });
}
