import { LocalDate } from '../calendar';
import { OrgLevel } from '../organisations/org-level';
import { DossierKind } from '../rules/rule-set';

/** Inclusive calendar dates in Viet Nam. */
export interface MovementPeriod {
  from: LocalDate;
  to: LocalDate;
}

export const SUMMARY_KINDS = ['preliminary_summary', 'final_summary'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/**
 * A phase of the movement and the summary that closes it. Consecutive phases may share their
 * boundary year: the national phase 1 runs 2025–2027 and ends with the preliminary summary in 2027,
 * the year phase 2 (2027–2030) starts.
 */
export interface MovementPhase {
  number: number;
  firstYear: number;
  lastYear: number;
  summary: SummaryKind;
  summaryYear: number;
}

/**
 * A numbered competition content. `adapts` names the contents of the parent movement it carries
 * down (one or more, so five ministry contents can cover seven national ones); empty for a
 * movement that implements no other movement.
 */
export interface MovementContent {
  number: number;
  title: string;
  adapts: number[];
}

/**
 * Who a submission window binds: every active organisation below the launching one at one of
 * `levels` (the usual case), or a named list (a sector movement reaching departments that sit
 * under provinces in the hierarchy, such as the provincial justice departments).
 */
export type WindowScope = { levels: OrgLevel[] } | { orgIds: string[] };

/**
 * A deadline for a kind of dossier (usually the implementation plan): due at the end of `dueOn`,
 * Viet Nam time. A lower movement may give its own organisations a later window: the nearest one
 * wins (see `applicableWindow`).
 */
export interface SubmissionWindow {
  windowId: string;
  kind: DossierKind;
  appliesTo: WindowScope;
  dueOn: LocalDate;
}

/**
 * What a movement is: launched by one organisation, implementing a resolution or a parent
 * movement (plans cascade), with a period, phases, numbered contents and submission windows.
 */
export interface MovementDefinition {
  movementId: string;
  /** The launching organisation. */
  orgId: string;
  name: string;
  /** The document launching it, e.g. `4030/KH-BVHTTDL`; omitted when it has no number of its own. */
  ref?: string;
  /** The resolution or plan it implements, e.g. `57-NQ/TW`, `71/NQ-CP`. */
  implementsRef: string;
  /** The movement it adapts, whose contents `contents[].adapts` refer to. */
  parentMovementId?: string;
  period: MovementPeriod;
  phases: MovementPhase[];
  contents: MovementContent[];
  windows: SubmissionWindow[];
}
