import { StepDuration } from '../calendar';
import { AuthorityLevels, AwardForm, DossierKind, RuleSet, StepLevel } from './rule-set';

/** How long the reviewer at `level` has for a dossier of `kind`. */
export function stepDeadline(ruleSet: RuleSet, kind: DossierKind, level: StepLevel): StepDuration {
  return ruleSet.deadlines[kind][level];
}

/** Whether the step is a consultation where silence until the due date counts as consent. */
export function isSilenceConsent(ruleSet: RuleSet, kind: DossierKind, level: StepLevel): boolean {
  return ruleSet.silenceIsConsent[kind]?.includes(level) ?? false;
}

/**
 * The levels that may decide a dossier: for an award nomination, those of its award form; for any
 * other kind, those of the kind.
 */
export function authorityLevels(ruleSet: RuleSet, kind: DossierKind, awardForm?: AwardForm): AuthorityLevels {
  if (kind === 'award_nomination') {
    if (!awardForm) throw new RangeError('an award nomination needs its award form to find its authority');
    return ruleSet.authority.byAwardForm[awardForm];
  }
  return ruleSet.authority.byDossierKind[kind];
}

/** Whether an organisation at `level` is the top of a chain with these authority levels. */
export function isAuthority(levels: AuthorityLevels, level: StepLevel): boolean {
  return levels.includes(level);
}
