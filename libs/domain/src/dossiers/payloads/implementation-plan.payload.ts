import { MOVEMENT_ID } from '../../movement/movement-definition.validate';
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

/**
 * A content of this plan: its own wording, adapting one of the seven national contents, and, for a
 * plan that names the movement it implements, the numbers of that movement's contents it carries
 * out (checked against the movement when the plan is created or edited).
 */
export interface PlanContent {
  id: string;
  title: string;
  nationalContent: NationalContent;
  movementContents?: number[];
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

/**
 * The fields added after the first plans were recorded are optional, so every plan stored before
 * them still reads as it was written.
 */
export interface ImplementationPlanPayload {
  title: string;
  /** The plan's own document number, e.g. `79/KH-STP`: lower plans may name it as their parent. */
  ref?: string;
  /** The plan or resolution this plan implements (plans cascade), e.g. `57-NQ/TW` or `71/NQ-CP`. */
  implementsRef: string;
  /** The movement this plan implements (`movement-<id>`): places the plan under it in the plan tree. */
  movementId?: string;
  /** The plan this one implements, by its document number or dossier id, when it hangs under a plan rather than a movement. */
  parentPlanRef?: string;
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
    ...check.optional('ref', raw.ref, (value) => check.text(value, 'ref', 200)),
    implementsRef: check.text(raw.implementsRef, 'implementsRef', 200),
    ...check.optional('movementId', raw.movementId, (value) => readMovementId(check, value)),
    ...check.optional('parentPlanRef', raw.parentPlanRef, (value) => check.text(value, 'parentPlanRef', 200)),
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
    ...check.optional('movementContents', raw.movementContents, (value) => readContentNumbers(check, value, join(path, 'movementContents'))),
  };
}

function readMovementId(check: PayloadChecker, value: unknown): string {
  if (typeof value === 'string' && MOVEMENT_ID.test(value)) return value;
  check.issue('movementId', 'must be a movement id: letters, digits, ".", "-" and "_", at most 64');
  return '';
}

/** Content numbers of the movement: whole numbers from 1, each once. */
function readContentNumbers(check: PayloadChecker, value: unknown, path: string): number[] {
  const items = check.list(value, path, 1, 50);
  const numbers = items.map((item, i) => check.integer(item, join(path, i), 1, 99));
  const whole = items.filter((item) => Number.isInteger(item));
  if (new Set(whole).size !== whole.length) check.issue(path, 'names a content twice');
  return numbers;
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
