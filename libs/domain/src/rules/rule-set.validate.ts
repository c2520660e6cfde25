import { amountOf, isLocalDate, StepDuration, stepDurationProblem, unitOf } from '../calendar';
import { AWARD_FORMS, DOSSIER_KINDS, RuleSet, STEP_LEVELS, StepLevel } from './rule-set';
import { RuleSetIssue, RuleSetValidationError } from './rule-set.errors';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Height in the chain; a ministry and a province are level with each other. */
export const LEVEL_RANK: Readonly<Record<StepLevel, number>> = {
  unit: 0,
  ministry: 1,
  province: 1,
  central_council: 2,
};

/** Every problem with a candidate rule set, each naming its field; empty when it is valid. */
export function ruleSetIssues(input: unknown): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!isObject(input)) return [{ path: '(root)', message: 'expected an object' }];

  if (!isText(input.version) || /\s/.test(input.version)) add('version', 'expected a non-empty id without spaces');
  if (!isLocalDate(input.effectiveFrom)) {
    add('effectiveFrom', `expected a date "YYYY-MM-DD", got ${JSON.stringify(input.effectiveFrom)}`);
  }
  if (!isText(input.legalBasis)) add('legalBasis', 'expected a non-empty text naming the law or decree');
  if (input.note !== undefined && typeof input.note !== 'string') add('note', 'expected a text');

  const durations = checkDeadlines(input.deadlines, add);
  for (const [path, min] of [['reminderLead', 0], ['escalationGrace', 0]] as const) {
    const problem = stepDurationProblem(input[path], min);
    if (problem) add(path, problem);
    else durations.push([path, input[path] as StepDuration]);
  }
  checkOneUnit(durations, add);
  checkLeadShorterThanSteps(durations, add);
  checkSilenceIsConsent(input.silenceIsConsent, add);
  checkAuthority(input.authority, add);
  return issues;
}

export function validateRuleSet(input: unknown): RuleSet {
  const issues = ruleSetIssues(input);
  const name = isObject(input) && isText(input.version) ? `rule set ${input.version}` : 'rule set';
  if (issues.length > 0) throw new RuleSetValidationError(name, issues);
  return input as unknown as RuleSet;
}

/** Validates a list of rule sets and returns it ordered by effectiveFrom. */
export function validateRuleSets(input: unknown): RuleSet[] {
  if (!Array.isArray(input) || input.length === 0) {
    throw new RuleSetValidationError('rule sets', [{ path: '(root)', message: 'expected a non-empty array' }]);
  }
  const issues = input.flatMap((item, i) =>
    ruleSetIssues(item).map((issue) => ({ path: `[${i}].${issue.path}`, message: issue.message })),
  );
  // Two sets from the same day would make "the one in force" ambiguous; a reused version would
  // make a recorded version point at two different rule texts.
  const versions = new Map<unknown, number>();
  const dates = new Map<unknown, number>();
  input.forEach((item, i) => {
    if (!isObject(item)) return;
    const sameVersion = versions.get(item.version);
    if (sameVersion !== undefined) issues.push({ path: `[${i}].version`, message: `same as [${sameVersion}]` });
    else versions.set(item.version, i);
    const sameDate = dates.get(item.effectiveFrom);
    if (sameDate !== undefined) issues.push({ path: `[${i}].effectiveFrom`, message: `same as [${sameDate}]` });
    else dates.set(item.effectiveFrom, i);
  });
  if (issues.length > 0) throw new RuleSetValidationError('rule sets', issues);
  return [...(input as RuleSet[])].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

type Add = (path: string, message: string) => void;
type NamedDuration = [path: string, duration: StepDuration];

function checkDeadlines(deadlines: unknown, add: Add): NamedDuration[] {
  const steps: NamedDuration[] = [];
  if (!isObject(deadlines)) {
    add('deadlines', 'expected an object keyed by dossier kind');
    return steps;
  }
  for (const key of Object.keys(deadlines)) {
    if (!(DOSSIER_KINDS as readonly string[]).includes(key)) add(`deadlines.${key}`, 'unknown dossier kind');
  }
  for (const kind of DOSSIER_KINDS) {
    const byLevel = deadlines[kind];
    if (!isObject(byLevel)) {
      add(`deadlines.${kind}`, `expected an object with a length for each of ${STEP_LEVELS.join(', ')}`);
      continue;
    }
    for (const key of Object.keys(byLevel)) {
      if (!(STEP_LEVELS as readonly string[]).includes(key)) add(`deadlines.${kind}.${key}`, 'unknown step level');
    }
    for (const level of STEP_LEVELS) {
      const path = `deadlines.${kind}.${level}`;
      if (byLevel[level] === undefined) add(path, 'missing');
      else {
        const problem = stepDurationProblem(byLevel[level], 1);
        if (problem) add(path, problem);
        else steps.push([path, byLevel[level] as StepDuration]);
      }
    }
  }
  return steps;
}

/** Mixing units would compare working days with milliseconds; a set is either real or a test set. */
function checkOneUnit(durations: NamedDuration[], add: Add): void {
  if (durations.length === 0) return;
  const [firstPath, first] = durations[0];
  for (const [path, duration] of durations.slice(1)) {
    if (unitOf(duration) !== unitOf(first)) {
      add(path, `unit ${unitOf(duration)} differs from ${firstPath} (${unitOf(first)}); use one unit in a rule set`);
    }
  }
}

function checkLeadShorterThanSteps(durations: NamedDuration[], add: Add): void {
  const lead = durations.find(([path]) => path === 'reminderLead')?.[1];
  if (!lead) return;
  const shortest = durations
    .filter(([path, d]) => path.startsWith('deadlines.') && unitOf(d) === unitOf(lead))
    .sort(([, a], [, b]) => amountOf(a) - amountOf(b))[0];
  if (shortest && amountOf(lead) >= amountOf(shortest[1])) {
    add('reminderLead', `must be shorter than the shortest step, ${shortest[0]} (${amountOf(shortest[1])})`);
  }
}

function checkLevelList(value: unknown, path: string, add: Add, allowEmpty: boolean): readonly StepLevel[] {
  if (!Array.isArray(value) || (!allowEmpty && value.length === 0)) {
    add(path, `expected ${allowEmpty ? 'an' : 'a non-empty'} array of levels (${STEP_LEVELS.join(', ')})`);
    return [];
  }
  value.forEach((level, i) => {
    if (!(STEP_LEVELS as readonly unknown[]).includes(level)) add(`${path}[${i}]`, `unknown step level ${JSON.stringify(level)}`);
    else if (value.indexOf(level) !== i) add(`${path}[${i}]`, `${level} is listed twice`);
  });
  return value.filter((level) => (STEP_LEVELS as readonly unknown[]).includes(level));
}

function checkSilenceIsConsent(value: unknown, add: Add): void {
  if (!isObject(value)) {
    add('silenceIsConsent', 'expected an object keyed by dossier kind');
    return;
  }
  for (const [kind, levels] of Object.entries(value)) {
    if (!(DOSSIER_KINDS as readonly string[]).includes(kind)) add(`silenceIsConsent.${kind}`, 'unknown dossier kind');
    else checkLevelList(levels, `silenceIsConsent.${kind}`, add, true);
  }
}

function checkAuthority(value: unknown, add: Add): void {
  if (!isObject(value)) {
    add('authority', 'expected { byDossierKind, byAwardForm }');
    return;
  }
  const byKind = value.byDossierKind;
  if (!isObject(byKind)) add('authority.byDossierKind', 'expected an object keyed by dossier kind');
  else
    for (const kind of DOSSIER_KINDS.filter((k) => k !== 'award_nomination')) {
      checkLevelList(byKind[kind], `authority.byDossierKind.${kind}`, add, false);
    }

  const byForm = value.byAwardForm;
  if (!isObject(byForm)) {
    add('authority.byAwardForm', 'expected an object keyed by award form');
    return;
  }
  // Forms are listed highest first, so the deciding level may only stay equal or go down.
  let previous: { form: string; rank: number } | undefined;
  for (const form of AWARD_FORMS) {
    const levels = checkLevelList(byForm[form], `authority.byAwardForm.${form}`, add, false);
    if (levels.length === 0) continue;
    const rank = Math.min(...levels.map((level) => LEVEL_RANK[level]));
    if (previous && rank > previous.rank) {
      add(`authority.byAwardForm.${form}`, `decided higher than the higher form ${previous.form}`);
    }
    previous = { form, rank };
  }
}
