import { isLocalDate } from '../calendar';
import { PayloadIssue } from '../errors/domain.errors';
import { isOrgLevel } from '../organisations/org-level';
import { OrgTree } from '../organisations/org-tree';
import { DOSSIER_KINDS } from '../rules/rule-set';
import { MovementContent, MovementDefinition, MovementPhase, SUMMARY_KINDS, SubmissionWindow } from './movement.definition';

/** Ids end up in stream names and job ids: letters, digits, `-`, `_` and `.`. */
export const MOVEMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Every problem of a definition, as payload issues (path and message). `parent` is the launched
 * parent movement when the definition names one; `tree` the hierarchy, to check organisations.
 */
export function movementDefinitionIssues(
  definition: MovementDefinition,
  tree: OrgTree,
  parent?: MovementDefinition,
): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  const { movementId, orgId, name, implementsRef, period } = definition;
  if (typeof movementId !== 'string' || !MOVEMENT_ID.test(movementId)) issue('movementId', 'letters, digits, ".", "-" and "_", at most 64');
  if (!tree.isActive(orgId)) issue('orgId', `no active organisation ${String(orgId)}`);
  if (!isText(name)) issue('name', 'must be a non-empty string');
  if (!isText(implementsRef)) issue('implementsRef', 'names the resolution or plan implemented');
  if (definition.ref !== undefined && !isText(definition.ref)) issue('ref', 'must be a non-empty string when given');
  if (!isLocalDate(period?.from) || !isLocalDate(period?.to) || period.from > period.to) {
    issue('period', 'from and to are dates YYYY-MM-DD, from on or before to');
  } else if (parent && (period.from < parent.period.from || period.to > parent.period.to)) {
    issue('period', `must lie within the parent's ${parent.period.from}..${parent.period.to}`);
  }
  const years = isLocalDate(period?.from) && isLocalDate(period?.to) ? { first: year(period.from), last: year(period.to) } : undefined;
  phaseIssues(definition.phases, years).forEach((i) => issue(`phases${i.path}`, i.message));
  contentIssues(definition.contents, parent).forEach((i) => issue(`contents${i.path}`, i.message));
  windowIssues(definition.windows, tree).forEach((i) => issue(`windows${i.path}`, i.message));
  return issues;
}

function phaseIssues(phases: readonly MovementPhase[], years?: { first: number; last: number }): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  if (!Array.isArray(phases) || phases.length === 0) return [{ path: '', message: 'at least one phase' }];
  phases.forEach((phase, i) => {
    const at = `.${i}`;
    const { firstYear, lastYear, summaryYear } = phase;
    if (phase.number !== i + 1) issues.push({ path: `${at}.number`, message: `must be ${i + 1}: phases are numbered in order` });
    if (![firstYear, lastYear, summaryYear].every(Number.isSafeInteger) || firstYear > lastYear) {
      issues.push({ path: at, message: 'years are integers, firstYear at most lastYear' });
      return;
    }
    const issue = (path: string, message: string) => issues.push({ path: `${at}${path}`, message });
    if (summaryYear < firstYear || summaryYear > lastYear) issue('.summaryYear', 'must fall within the phase');
    if (!(SUMMARY_KINDS as readonly string[]).includes(phase.summary)) issue('.summary', `one of ${SUMMARY_KINDS.join(', ')}`);
    if (years && (firstYear < years.first || lastYear > years.last)) issue('', 'must lie within the period');
    const previous = phases[i - 1];
    if (previous && firstYear < previous.lastYear) issue('.firstYear', 'starts before the previous phase ends');
  });
  const last = phases.length - 1;
  if (phases[last].summary !== 'final_summary') {
    issues.push({ path: `.${last}.summary`, message: 'the last phase ends with the final summary' });
  }
  return issues;
}

function contentIssues(contents: readonly MovementContent[], parent?: MovementDefinition): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  if (!Array.isArray(contents) || contents.length === 0) return [{ path: '', message: 'at least one content' }];
  const parentNumbers = new Set(parent?.contents.map((content) => content.number) ?? []);
  contents.forEach((content, i) => {
    const at = `.${i}`;
    if (content.number !== i + 1) issues.push({ path: `${at}.number`, message: `must be ${i + 1}: contents are numbered 1, 2, …` });
    if (!isText(content.title)) issues.push({ path: `${at}.title`, message: 'must be a non-empty string' });
    const adapts: number[] = Array.isArray(content.adapts) ? content.adapts : [];
    if (!parent && adapts.length > 0) issues.push({ path: `${at}.adapts`, message: 'only a movement with a parent adapts contents' });
    if (parent && adapts.length === 0) issues.push({ path: `${at}.adapts`, message: "names at least one of the parent's contents" });
    const unknown = adapts.filter((number) => !parentNumbers.has(number));
    if (parent && unknown.length > 0) issues.push({ path: `${at}.adapts`, message: `the parent has no content ${unknown.join(', ')}` });
    if (new Set(adapts).size !== adapts.length) issues.push({ path: `${at}.adapts`, message: 'names a content twice' });
  });
  return issues;
}

function windowIssues(windows: readonly SubmissionWindow[], tree: OrgTree): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  if (!Array.isArray(windows)) return [{ path: '', message: 'must be a list' }];
  const seen = new Set<string>();
  windows.forEach((window, i) => {
    windowProblems(window, tree).forEach((problem) => issues.push({ path: `.${i}${problem.path}`, message: problem.message }));
    if (seen.has(window.windowId)) issues.push({ path: `.${i}.windowId`, message: `duplicate window ${window.windowId}` });
    seen.add(window.windowId);
  });
  return issues;
}

/** Problems of one window; paths start with `.` (relative to the window). */
export function windowProblems(window: SubmissionWindow, tree: OrgTree): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (typeof window?.windowId !== 'string' || !MOVEMENT_ID.test(window.windowId)) issue('.windowId', 'letters, digits, ".", "-" and "_"');
  if (!(DOSSIER_KINDS as readonly string[]).includes(window?.kind)) issue('.kind', `one of ${DOSSIER_KINDS.join(', ')}`);
  if (!isLocalDate(window?.dueOn)) issue('.dueOn', 'must be a date YYYY-MM-DD');
  const scope = window?.appliesTo;
  if (scope && 'levels' in scope && Array.isArray(scope.levels) && scope.levels.length > 0) {
    if (!scope.levels.every(isOrgLevel)) issue('.appliesTo.levels', 'unknown level');
  } else if (scope && 'orgIds' in scope && Array.isArray(scope.orgIds) && scope.orgIds.length > 0) {
    const unknown = scope.orgIds.filter((orgId) => !tree.get(orgId));
    if (unknown.length > 0) issue('.appliesTo.orgIds', `unknown organisations ${unknown.join(', ')}`);
  } else {
    issue('.appliesTo', 'a non-empty list of levels or of organisations');
  }
  return issues;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const year = (date: string): number => Number(date.slice(0, 4));
