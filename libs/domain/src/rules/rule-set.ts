import { LocalDate, StepDuration } from '../calendar';

export const DOSSIER_KINDS = [
  'implementation_plan',
  'yearly_report',
  'preliminary_summary',
  'final_summary',
  'award_nomination',
] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

/** Levels of the organisations a dossier passes through, from the bottom of the chain up. */
export const STEP_LEVELS = ['unit', 'ministry', 'province', 'central_council'] as const;
export type StepLevel = (typeof STEP_LEVELS)[number];

/** Award forms, highest first. */
export const AWARD_FORMS = [
  'labour_medal',
  'government_emulation_flag',
  'prime_minister_certificate',
  /** Emulation flag of a ministry, branch or province. */
  'ministry_emulation_flag',
  /** Certificate of merit of a ministry, branch or province. */
  'ministry_certificate',
  'unit_certificate',
] as const;
export type AwardForm = (typeof AWARD_FORMS)[number];

/** Step lengths for every level a dossier of one kind can reach. */
export type LevelDeadlines = Readonly<Record<StepLevel, StepDuration>>;

/**
 * The top of a chain, given as the levels of organisation that may decide: a dossier goes up
 * until it reaches the first organisation at one of these levels. A list because a ministry and a
 * province sit at the same height, e.g. ['ministry', 'province'] for a ministry or provincial flag.
 */
export type AuthorityLevels = readonly StepLevel[];

/**
 * The rules a dossier is reviewed under. Versioned by the date they take effect, so a dossier keeps
 * the version it started under (recorded in its events) while new dossiers pick up later changes.
 */
export interface RuleSet {
  /** Unique id recorded in events, e.g. "vn-ec-2025.07". Never reused for different content. */
  readonly version: string;
  /** Viet Nam local date from which the set applies (from 00:00 UTC+7 that day). */
  readonly effectiveFrom: LocalDate;
  /** The law or decree the set follows, in words. */
  readonly legalBasis: string;
  readonly note?: string;
  /** How long a reviewer at each level has, per dossier kind. */
  readonly deadlines: Readonly<Record<DossierKind, LevelDeadlines>>;
  /** How long before the due date the reviewer is reminded. */
  readonly reminderLead: StepDuration;
  /** How long after the due date escalation to the level above waits. */
  readonly escalationGrace: StepDuration;
  /** Steps that are consultations: if the reviewer stays silent until the due date, they consent. */
  readonly silenceIsConsent: Readonly<Partial<Record<DossierKind, readonly StepLevel[]>>>;
  readonly authority: {
    /** Top of chain for every kind except award nominations, which depend on the award form. */
    readonly byDossierKind: Readonly<Record<Exclude<DossierKind, 'award_nomination'>, AuthorityLevels>>;
    readonly byAwardForm: Readonly<Record<AwardForm, AuthorityLevels>>;
  };
}
