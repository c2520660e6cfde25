import { DossierEvent } from '@app/domain';

/**
 * The rule-set version in force for a dossier after `event`: recorded at submission, repeated by
 * every step it opens, and changed only by an administrator's migration. Null before the first
 * submission; other events leave it as it was.
 */
export function ruleSetVersionAfter(current: string | null, event: { type: string; data: unknown }): string | null {
  const known = event as DossierEvent;
  switch (known.type) {
    case 'DossierSubmitted':
    case 'ReviewRequested':
      return known.data.ruleSetVersion;
    case 'DossierRuleSetMigrated':
      return known.data.toVersion;
    default:
      return current;
  }
}
