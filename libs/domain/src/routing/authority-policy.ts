import { DossierContent } from '../dossiers/payloads/dossier-content';
import { OrgLevel } from '../organisations/org-level';
import { AuthorityLevels, RuleSet } from '../rules/rule-set';

/**
 * Who has the last word on a dossier: the levels of organisation that may decide it (a ministry
 * and a province sit at the same height, so a "ministry or province" form is `['ministry',
 * 'province']`). The route goes up to the first organisation at one of these levels.
 *
 * It follows the law on emulation and commendation, which changes, so it is configuration — the
 * rule set in force — handed to the dossier decider in its context, never hard-coded there.
 */
export type AuthorityPolicy = (content: DossierContent) => AuthorityLevels;

/** The table form of a policy, the same shape as a rule set's `authority`. */
export type AuthorityTable = RuleSet['authority'];

export function authorityPolicyFromTable(table: AuthorityTable): AuthorityPolicy {
  return (content) =>
    content.kind === 'award_nomination' ? table.byAwardForm[content.payload.awardForm] : table.byDossierKind[content.kind];
}

/** An organisation at `level` may take the final decision under these authority levels. */
export function holdsAuthority(level: OrgLevel, authority: AuthorityLevels): boolean {
  return authority.includes(level);
}
