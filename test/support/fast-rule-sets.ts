import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RULE_SETS, millisecondRuleSet } from '@app/domain';

export interface FastTimings {
  stepMs: number;
  reminderLeadMs: number;
  escalationGraceMs: number;
}

/**
 * The shipped rule sets with every length in milliseconds, written to a file for RULE_SETS_FILE:
 * the real rules (authority, consultations) on a clock a test can wait for.
 */
export function fastRuleSetsFile(timings: FastTimings): string {
  const ruleSets = DEFAULT_RULE_SETS.map((ruleSet) => millisecondRuleSet(ruleSet, { version: `${ruleSet.version}-fast`, ...timings }));
  const file = join(mkdtempSync(join(tmpdir(), 'rule-sets-')), 'rule-sets.json');
  writeFileSync(file, JSON.stringify({ ruleSets }));
  return file;
}
