import { DeadlinePolicies, DeadlinePolicy } from '@app/domain';

/** The rule-set version every scenario submits under, and the one administrators migrate to. */
export const RULES = 'rules-2025.1';
export const NEW_RULES = 'rules-2026.1';

const DAY_MS = 86_400_000;
const days = (iso: string, n: number): string => new Date(Date.parse(iso) + n * DAY_MS).toISOString();

/**
 * Deadline rules in plain days, so scenarios can place every reminder and escalation exactly:
 * under RULES the reminder comes 2 days before the due date, escalations 1 day apart, and the
 * Central Council's step on a plan is a consultation (silence is consent); under NEW_RULES the
 * reminder comes 1 day before, escalations 2 days apart, and there are no consultations.
 */
const POLICIES: Record<string, DeadlinePolicy> = {
  [RULES]: {
    reminderAt: (dueAt) => days(dueAt, -2),
    escalationAt: (dueAt, attempt) => days(dueAt, attempt - 1),
    silenceIsConsent: (kind, level) => kind === 'implementation_plan' && level === 'central_council',
  },
  [NEW_RULES]: {
    reminderAt: (dueAt) => days(dueAt, -1),
    escalationAt: (dueAt, attempt) => days(dueAt, 2 * (attempt - 1)),
    silenceIsConsent: () => false,
  },
};

export const testDeadlinePolicies: DeadlinePolicies = (version) => {
  const policy = POLICIES[version];
  if (!policy) throw new Error(`no test deadline rules for ${version}`);
  return policy;
};
