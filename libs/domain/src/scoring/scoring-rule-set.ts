import { NATIONAL_CONTENTS, NationalContent } from '../dossiers/payloads/implementation-plan.payload';
import { isLocalDate } from '../calendar';
import { RuleSetIssue, RuleSetValidationError } from '../rules/rule-set.errors';
import { Versioned } from './rule-version';

/**
 * Weights of the seven national contents in a unit's score, versioned by effective date. Weights
 * are keyed by national content so that units whose plans adapt the contents differently are
 * scored on one scale: each plan content names the national content it adapts.
 */
export interface ScoringRuleSet extends Versioned {
  /** Who set the weights and how (a council decision, or "configurable example"). */
  readonly basis: string;
  readonly note?: string;
  readonly contentWeights: Readonly<Record<NationalContent, number>>;
}

/** Validates untrusted rule sets (e.g. a configuration file) and orders them by effectiveFrom. */
export function validateScoringRuleSets(input: unknown): ScoringRuleSet[] {
  const issues: RuleSetIssue[] = [];
  if (!Array.isArray(input) || input.length === 0) {
    throw new RuleSetValidationError('scoring rule sets', [{ path: '', message: 'a non-empty list' }]);
  }
  input.forEach((raw: Record<string, unknown>, i) => {
    const at = `[${i}]`;
    if (typeof raw?.version !== 'string' || raw.version.trim() === '') issues.push({ path: `${at}.version`, message: 'missing' });
    if (!isLocalDate(raw?.effectiveFrom)) issues.push({ path: `${at}.effectiveFrom`, message: 'must be a date YYYY-MM-DD' });
    if (typeof raw?.basis !== 'string' || raw.basis.trim() === '') issues.push({ path: `${at}.basis`, message: 'missing' });
    const weights = (raw?.contentWeights ?? {}) as Record<string, unknown>;
    for (const content of NATIONAL_CONTENTS) {
      const weight = weights[content];
      const valid = typeof weight === 'number' && Number.isFinite(weight) && weight >= 0;
      if (!valid) issues.push({ path: `${at}.contentWeights.${content}`, message: 'a number >= 0' });
    }
    const extra = Object.keys(weights).filter((key) => !(NATIONAL_CONTENTS as readonly number[]).includes(Number(key)));
    extra.forEach((key) => issues.push({ path: `${at}.contentWeights.${key}`, message: 'not a national content' }));
    if (NATIONAL_CONTENTS.every((c) => weights[c] === 0)) {
      issues.push({ path: `${at}.contentWeights`, message: 'at least one weight above 0' });
    }
    input.slice(0, i).forEach((other: Record<string, unknown>, j) => {
      if (other?.version === raw?.version) issues.push({ path: `${at}.version`, message: `same as [${j}]` });
      if (other?.effectiveFrom === raw?.effectiveFrom) issues.push({ path: `${at}.effectiveFrom`, message: `same as [${j}]` });
    });
  });
  if (issues.length > 0) throw new RuleSetValidationError('scoring rule sets', issues);
  return [...(input as ScoringRuleSet[])].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/**
 * Shipped weights: configurable examples, not decisions of any council. Equal weights for phase 1;
 * from 2027 an example that weighs digital transformation of agencies (3) and the digital economy
 * (4) double, to show how a change of weights is versioned. Replace them with the council's own.
 */
export const DEFAULT_SCORING_RULE_SETS: readonly ScoringRuleSet[] = validateScoringRuleSets([
  {
    version: 'scoring-2025.01',
    effectiveFrom: '2025-01-01',
    basis: 'configurable example: equal weights',
    contentWeights: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1 },
  },
  {
    version: 'scoring-2027.01',
    effectiveFrom: '2027-01-01',
    basis: 'configurable example: contents 3 and 4 weigh double in phase 2',
    contentWeights: { 1: 1, 2: 1, 3: 2, 4: 2, 5: 1, 6: 1, 7: 1 },
  },
]);
