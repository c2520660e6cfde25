import { InvalidPayload, PayloadIssue } from '../../errors/domain.errors';
import { FINAL_SUMMARY, NOMINATION, PLAN, PRELIMINARY_SUMMARY, YEARLY_REPORT } from '../../testing/fixtures/payloads.fixture';
import { DossierKind } from '../../rules/rule-set';
import { validateDossierContent } from './dossier-content';

function issuesOf(kind: DossierKind, payload: unknown): PayloadIssue[] {
  try {
    validateDossierContent(kind, payload);
  } catch (error) {
    if (error instanceof InvalidPayload) return [...error.issues];
    throw error;
  }
  return [];
}
const paths = (kind: DossierKind, payload: unknown) => issuesOf(kind, payload).map((issue) => issue.path);

describe('dossier payloads', () => {
  it.each([
    ['implementation_plan', PLAN],
    ['yearly_report', YEARLY_REPORT],
    ['preliminary_summary', PRELIMINARY_SUMMARY],
    ['final_summary', FINAL_SUMMARY],
    ['award_nomination', NOMINATION],
  ] as const)('accepts a valid %s as it is', (kind, payload) => {
    expect(validateDossierContent(kind, payload)).toStrictEqual({ kind, payload });
  });

  it('refuses an unknown kind', () => {
    expect(() => validateDossierContent('memo', {})).toThrow(InvalidPayload);
  });

  it('refuses a payload that is not an object', () => {
    expect(paths('yearly_report', [])).toContain('');
    expect(paths('award_nomination', null)).toContain('');
  });

  it('keeps only known keys and trims text', () => {
    const content = validateDossierContent('yearly_report', { ...YEARLY_REPORT, planRef: '  4030/KH  ', extra: 1 });
    expect(content.payload).toStrictEqual({ ...YEARLY_REPORT, planRef: '4030/KH' });
  });

  describe('implementation plan', () => {
    it('needs a title, what it implements, contents and criteria', () => {
      expect(paths('implementation_plan', {})).toEqual(expect.arrayContaining(['title', 'implementsRef', 'contents', 'criteria']));
      expect(paths('implementation_plan', { ...PLAN, contents: [], criteria: [] })).toEqual(['contents', 'criteria']);
    });

    it('ties each criterion to a content of the plan, with a sound target and date', () => {
      const criterion = PLAN.criteria[0];
      const plan = {
        ...PLAN,
        criteria: [
          { ...criterion, contentId: 'c9' },
          { ...criterion, id: 'k2', unit: 'percent', target: 120 },
          { ...criterion, id: 'k3', unit: 'count', target: 2.5, comparator: 'about', dueDate: '2025-02-30' },
          { ...criterion, id: 'k3', appliesTo: 'aliens' },
        ],
      };
      expect(paths('implementation_plan', plan).sort()).toEqual([
        'criteria.0.contentId',
        'criteria.1.target',
        'criteria.2.comparator',
        'criteria.2.dueDate',
        'criteria.2.target',
        'criteria.3.appliesTo',
        'criteria.3.id',
      ]);
    });

    it('numbers contents after the seven national contents, once each', () => {
      const plan = { ...PLAN, contents: [PLAN.contents[0], { ...PLAN.contents[0], nationalContent: 8 }] };
      expect(paths('implementation_plan', plan)).toEqual(['contents.1.nationalContent', 'contents.1.id']);
    });
  });

  describe('yearly report', () => {
    it('needs a movement year, the plan and at least one value', () => {
      expect(paths('yearly_report', { year: 2024, planRef: '', values: [] })).toEqual(['year', 'planRef', 'values']);
      expect(paths('yearly_report', { ...YEARLY_REPORT, year: 2031 })).toEqual(['year']);
    });

    it('needs numeric values, each criterion once', () => {
      const values = [{ criterionId: 'k1', actual: '96' }, { criterionId: 'k1', actual: 1, note: '' }];
      expect(paths('yearly_report', { ...YEARLY_REPORT, values })).toEqual(['values.0.actual', 'values.1.note', 'values.1.criterionId']);
    });

    it('keeps evidence for a value or for the whole report, and refuses evidence for a value not reported', () => {
      const sha256 = 'b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184';
      const evidence = [
        { criterionId: 'k1', sha256, ref: 'Minutes 15/BB-CNTT, annex 2' },
        { sha256, ref: 'https://archive.example.gov.vn/reports/2025/112', title: 'Signed report 112/BC-DSVH' },
      ];
      expect(validateDossierContent('yearly_report', { ...YEARLY_REPORT, evidence }).payload).toStrictEqual({ ...YEARLY_REPORT, evidence });
      expect(validateDossierContent('yearly_report', { ...YEARLY_REPORT, evidence: [] }).payload).toStrictEqual(YEARLY_REPORT);
      expect(paths('yearly_report', { ...YEARLY_REPORT, evidence: [{ criterionId: 'k7', sha256, ref: 'x' }] })).toEqual(['evidence.0.criterionId']);
    });
  });

  describe('summaries', () => {
    it('fixes the year by kind: 2027 preliminary, 2030 final', () => {
      expect(paths('preliminary_summary', { ...PRELIMINARY_SUMMARY, year: 2030 })).toEqual(['year']);
      expect(paths('final_summary', { ...FINAL_SUMMARY, year: 2027 })).toEqual(['year']);
      expect(paths('final_summary', { ...FINAL_SUMMARY, year: '2030' })).toEqual(['year']);
    });

    it('needs a narrative and values', () => {
      expect(paths('preliminary_summary', { year: 2027, planRef: 'p' })).toEqual(['narrative', 'values']);
    });
  });

  describe('award nomination', () => {
    it('needs an award form, a nominee and an achievement', () => {
      expect(paths('award_nomination', {})).toEqual(['nominee', 'nominee.kind', 'awardForm', 'nominee.name', 'achievement']);
    });

    it('refuses an unknown award form, a position for a collective and a year outside the movement', () => {
      const nominee = { kind: 'collective', name: 'IT Centre', position: 'x' };
      const nomination = { ...NOMINATION, awardForm: 'gold_star', nominee, year: 2020 };
      expect(paths('award_nomination', nomination)).toEqual(['nominee.position', 'awardForm', 'year']);
    });

    it('keeps the nominee’s key and the achievement’s key when given, and checks the key', () => {
      const nomination = { ...NOMINATION, nominee: { ...NOMINATION.nominee, key: 'moc-it.nguyen-van-a' }, achievementKey: 'report-2025:moc-it' };
      expect(validateDossierContent('award_nomination', nomination).payload).toStrictEqual(nomination);
      const badKey = { ...NOMINATION, nominee: { ...NOMINATION.nominee, key: 'not a key!' }, achievementKey: ' ' };
      expect(paths('award_nomination', badKey)).toEqual(['nominee.key', 'achievementKey']);
    });

    it('keeps the optional nominee organisation and year when given', () => {
      const nomination = { ...NOMINATION, nominee: { kind: 'collective', name: 'IT Centre', orgId: 'moc-it' }, year: 2026 };
      expect(validateDossierContent('award_nomination', nomination).payload).toStrictEqual(nomination);
    });
  });
});
