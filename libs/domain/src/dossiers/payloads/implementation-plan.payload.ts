import { join, PayloadChecker } from './payload-checker';

/** The seven competition contents of the national movement, by number. */
export const NATIONAL_CONTENTS = [1, 2, 3, 4, 5, 6, 7] as const;
export type NationalContent = (typeof NATIONAL_CONTENTS)[number];

export const CRITERION_UNITS = ['percent', 'count', 'ratio'] as const;
export type CriterionUnit = (typeof CRITERION_UNITS)[number];

export const COMPARATORS = ['gte', 'lte', 'eq'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** The plan defines separate criteria for each group of participants. */
export const PARTICIPANT_GROUPS = ['ministry_branch_locality', 'front_and_socio_political', 'enterprise', 'individual'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

/** A content of this plan: its own wording, adapting one of the seven national contents. */
export interface PlanContent {
  id: string;
  title: string;
  nationalContent: NationalContent;
}

/** A measurable criterion: metric, unit, comparator, target and due date, tied to one content. */
export interface Criterion {
  id: string;
  contentId: string;
  metric: string;
  unit: CriterionUnit;
  comparator: Comparator;
  target: number;
  dueDate: string;
  appliesTo?: ParticipantGroup;
}

export interface ImplementationPlanPayload {
  title: string;
  /** The plan or resolution this plan implements (plans cascade), e.g. `57-NQ/TW` or `71/NQ-CP`. */
  implementsRef: string;
  contents: PlanContent[];
  criteria: Criterion[];
}

export function validateImplementationPlan(input: unknown): ImplementationPlanPayload {
  const check = new PayloadChecker();
  const raw = check.object(input, '');
  const contents = check.list(raw.contents, 'contents', 1).map((item, i) => readContent(check, item, join('contents', i)));
  check.unique(contents.map((content) => content.id), 'contents');
  const criteria = check.list(raw.criteria, 'criteria', 1).map((item, i) => readCriterion(check, item, join('criteria', i)));
  check.unique(criteria.map((criterion) => criterion.id), 'criteria');
  const contentIds = new Set(contents.map((content) => content.id));
  criteria.forEach((criterion, index) => {
    if (criterion.contentId !== '' && !contentIds.has(criterion.contentId)) {
      check.issue(join(join('criteria', index), 'contentId'), `no content ${criterion.contentId} in this plan`);
    }
  });
  return check.done({
    title: check.text(raw.title, 'title', 500),
    implementsRef: check.text(raw.implementsRef, 'implementsRef', 200),
    contents,
    criteria,
  });
}

function readContent(check: PayloadChecker, item: unknown, path: string): PlanContent {
  const raw = check.object(item, path);
  return {
    id: check.text(raw.id, join(path, 'id'), 100),
    title: check.text(raw.title, join(path, 'title'), 1_000),
    nationalContent: check.oneOf(raw.nationalContent, join(path, 'nationalContent'), NATIONAL_CONTENTS),
  };
}

function readCriterion(check: PayloadChecker, item: unknown, path: string): Criterion {
  const raw = check.object(item, path);
  const unit = check.oneOf(raw.unit, join(path, 'unit'), CRITERION_UNITS);
  const target = check.number(raw.target, join(path, 'target'));
  if (target < 0) check.issue(join(path, 'target'), 'must not be negative');
  if (unit === 'percent' && target > 100) check.issue(join(path, 'target'), 'a percentage is at most 100');
  if (unit === 'count' && !Number.isInteger(target)) check.issue(join(path, 'target'), 'a count is a whole number');
  return {
    id: check.text(raw.id, join(path, 'id'), 100),
    contentId: check.text(raw.contentId, join(path, 'contentId'), 100),
    metric: check.text(raw.metric, join(path, 'metric'), 1_000),
    unit,
    comparator: check.oneOf(raw.comparator, join(path, 'comparator'), COMPARATORS),
    target,
    dueDate: check.isoDate(raw.dueDate, join(path, 'dueDate')),
    ...check.optional('appliesTo', raw.appliesTo, (value) => check.oneOf(value, join(path, 'appliesTo'), PARTICIPANT_GROUPS)),
  };
}
