import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCORING_RULE_SETS, scoringRuleSetForYear } from '@app/domain';
import { loadScoringRuleSets } from './load-scoring-rule-sets';

const dir = mkdtempSync(join(tmpdir(), 'scoring-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

describe('scoring rule sets of the installation', () => {
  it('are the shipped examples unless a file replaces them', () => {
    expect(loadScoringRuleSets(undefined)).toBe(DEFAULT_SCORING_RULE_SETS);
    const council = {
      version: 'council-2026.07',
      effectiveFrom: '2026-07-01',
      basis: 'decision of the council, June 2026',
      contentWeights: { 1: 1, 2: 1, 3: 3, 4: 2, 5: 1, 6: 1, 7: 1 },
    };
    const sets = loadScoringRuleSets(file('council.json', { scoringRuleSets: [council, DEFAULT_SCORING_RULE_SETS[0]] }));
    expect(sets.map((s) => s.version)).toEqual(['scoring-2025.01', 'council-2026.07']);
    expect(scoringRuleSetForYear(sets, 2026).contentWeights[3]).toBe(3);
  });

  it('stop start-up naming the setting and the field when the file is wrong', () => {
    const broken = file('broken.json', { scoringRuleSets: [{ ...DEFAULT_SCORING_RULE_SETS[0], contentWeights: { 1: 1 } }] });
    expect(() => loadScoringRuleSets(broken)).toThrow(/^SCORING_RULE_SETS_FILE=.*broken\.json: invalid scoring rule sets:[\s\S]*\[0\]\.contentWeights\.2/);
    expect(() => loadScoringRuleSets(join(dir, 'missing.json'))).toThrow(/SCORING_RULE_SETS_FILE=.*missing\.json/);
  });
});
