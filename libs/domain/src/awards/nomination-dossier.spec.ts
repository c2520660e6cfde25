import { Dossier } from '../dossiers/dossier.state';
import { NOMINATION, PLAN } from '../testing/fixtures/payloads.fixture';
import { nominationDossierProblems } from './nomination-dossier';

const draft = (content: Extract<Dossier, { status: 'draft' }>['content']): Dossier => ({ status: 'draft', dossierId: 'd-1', orgId: 'moc-it', content });
const nomination = { form: 'ministry_certificate' as const, nominee: { key: 'moc-it.nguyen-van-a' }, achievement: { key: 'moc-it:2025' } };

describe('a nomination resting on its dossier', () => {
  it('agrees with an award nomination dossier of the same form, keys or no keys', () => {
    expect(nominationDossierProblems(draft({ kind: 'award_nomination', payload: NOMINATION }), nomination)).toEqual([]);
    const keyed = { ...NOMINATION, nominee: { ...NOMINATION.nominee, key: 'moc-it.nguyen-van-a' }, achievementKey: 'moc-it:2025' };
    expect(nominationDossierProblems(draft({ kind: 'award_nomination', payload: keyed }), nomination)).toEqual([]);
  });

  it('names every disagreement: another form, nominee or achievement', () => {
    const other = { ...NOMINATION, awardForm: 'unit_certificate' as const, nominee: { ...NOMINATION.nominee, key: 'moc-it.tran-b' }, achievementKey: 'x' };
    expect(nominationDossierProblems(draft({ kind: 'award_nomination', payload: other }), nomination).map((p) => p.path)).toEqual([
      'form',
      'nominee.key',
      'achievement.key',
    ]);
  });

  it('refuses a dossier that does not exist or is not a nomination', () => {
    expect(nominationDossierProblems({ status: 'empty' }, nomination)).toEqual([{ path: 'dossierId', message: 'no such dossier' }]);
    expect(nominationDossierProblems(draft({ kind: 'implementation_plan', payload: PLAN }), nomination)[0].message).toMatch(/implementation_plan/);
  });
});
