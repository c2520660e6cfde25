import { PayloadIssue } from '../errors/domain.errors';
import { Dossier } from '../dossiers/dossier.state';
import { AwardForm } from '../rules/rule-set';
import { Achievement, AwardNominee } from './nomination';

/**
 * What keeps a nomination from resting on a dossier: the dossier must be an award nomination for
 * the same form, and where its payload names the nominee's key or the achievement's key (payloads
 * written before those keys existed name neither), the same ones. Empty when they agree.
 */
export function nominationDossierProblems(
  dossier: Dossier,
  nomination: { form: AwardForm; nominee: Pick<AwardNominee, 'key'>; achievement: Pick<Achievement, 'key'> },
): PayloadIssue[] {
  if (dossier.status === 'empty') return [{ path: 'dossierId', message: 'no such dossier' }];
  if (dossier.content.kind !== 'award_nomination') {
    return [{ path: 'dossierId', message: `the dossier is a ${dossier.content.kind}, not an award nomination` }];
  }
  const payload = dossier.content.payload;
  const problems: PayloadIssue[] = [];
  if (payload.awardForm !== nomination.form) problems.push({ path: 'form', message: `the dossier nominates for ${payload.awardForm}` });
  if (payload.nominee.key !== undefined && payload.nominee.key !== nomination.nominee.key) {
    problems.push({ path: 'nominee.key', message: `the dossier nominates ${payload.nominee.key}` });
  }
  if (payload.achievementKey !== undefined && payload.achievementKey !== nomination.achievement.key) {
    problems.push({ path: 'achievement.key', message: `the dossier is for achievement ${payload.achievementKey}` });
  }
  return problems;
}
