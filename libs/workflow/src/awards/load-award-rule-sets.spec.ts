import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AWARD_RULE_SETS } from '@app/domain';
import { loadAwardRuleSets } from './load-award-rule-sets';

const folder = mkdtempSync(join(tmpdir(), 'award-rules-'));
const fileWith = (name: string, content: unknown): string => {
  const file = join(folder, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('loadAwardRuleSets', () => {
  it('ships the default rules when no file is set', () => {
    expect(loadAwardRuleSets(undefined)).toBe(DEFAULT_AWARD_RULE_SETS);
  });

  it('takes an administrator’s rules, council thresholds included, ordered by effective date', () => {
    const [first, second] = DEFAULT_AWARD_RULE_SETS;
    const stricter = { ...second, council: { ...second.council, quorum: { numerator: 3, denominator: 4 } } };
    const loaded = loadAwardRuleSets(fileWith('rules.json', { awardRuleSets: [stricter, first] }));
    expect(loaded.map((set) => set.version)).toEqual([first.version, second.version]);
    expect(loaded[1].council.quorum).toEqual({ numerator: 3, denominator: 4 });
  });

  it('refuses a file whose rules are malformed, naming the setting and every bad field', () => {
    const [first] = DEFAULT_AWARD_RULE_SETS;
    const broken = { ...first, forms: { ...first.forms, labour_medal: { ...first.forms.labour_medal, standards: 'none' } } };
    const file = fileWith('broken.json', { awardRuleSets: [broken] });
    expect(() => loadAwardRuleSets(file)).toThrow(`AWARD_RULE_SETS_FILE=${file}`);
    expect(() => loadAwardRuleSets(file)).toThrow('forms.labour_medal.standards');
  });

  it('refuses a file that is not JSON or holds no rules', () => {
    expect(() => loadAwardRuleSets(fileWith('text.json', 'not json'))).toThrow('AWARD_RULE_SETS_FILE=');
    expect(() => loadAwardRuleSets(fileWith('empty.json', {}))).toThrow('a non-empty list');
  });
});
