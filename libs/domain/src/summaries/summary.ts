import { Comparator, CriterionUnit, NationalContent } from '../dossiers/payloads/implementation-plan.payload';
import { Evidence } from './evidence';
import { Combination } from './value-combination';

/** One organisation's value counted in a summary: its latest report in the summary's years. */
export interface Contribution {
  orgId: string;
  year: number;
  actual: number;
}

export interface CriterionSummary {
  criterionId: string;
  contentId: string;
  metric: string;
  unit: CriterionUnit;
  comparator: Comparator;
  /** The summarising organisation's own target. */
  target: number;
  combination: Combination;
  /** The combined value; null when nobody reported. */
  actual: number | null;
  /** 0 when nobody reported. */
  attainment: number;
  met: boolean;
  /** Organisations the summary covers (own and below), and how many of them reported this criterion. */
  expected: number;
  reported: number;
  contributions: Contribution[];
  evidence: (Evidence & { orgId: string; year: number })[];
}

export interface ContentSummary {
  contentId: string;
  title: string;
  nationalContent: NationalContent;
  /** Mean attainment of its criteria (an unreported criterion counts 0). */
  attainment: number;
  criteria: number;
  met: number;
}

/** Progress on one of the seven national contents, across the contents of the plan that adapt it. */
export interface NationalContentSummary {
  nationalContent: NationalContent;
  attainment: number;
  criteria: number;
  met: number;
}

/** A value reported by an organisation below that the summarising plan has no criterion for. */
export interface UnmappedValue {
  orgId: string;
  year: number;
  criterionId: string;
}

/** A preliminary (2027) or final (2030) summary of one organisation, from its own and its subtree's reports. */
export interface OrgSummary {
  orgId: string;
  years: { from: number; to: number };
  /** Covered organisations: the summarising one, then those below it, by id. */
  organisations: string[];
  criteria: CriterionSummary[];
  contents: ContentSummary[];
  nationalContents: NationalContentSummary[];
  /** Mean attainment of the contents. */
  attainment: number;
  unmapped: UnmappedValue[];
}
