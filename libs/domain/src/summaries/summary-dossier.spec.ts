import { InvalidPayload } from '../errors/domain.errors';
import { Criterion, ImplementationPlanPayload } from '../dossiers/payloads/implementation-plan.payload';
import { validateDossierContent } from '../dossiers/payloads/dossier-content';
import { summaryYears } from '../movement/movement-calendar';
import { NATIONAL_PHASES } from '../movement/national-movement';
import { movementOrgs } from '../movement/testing/movement-orgs.fixture';
import { summarise } from './summarise';
import { summaryDossierPayload } from './summary-dossier';
import { YearReport } from './year-report';

const PLAN: Pick<ImplementationPlanPayload, 'contents' | 'criteria'> = {
  contents: [{ id: 'c3', title: 'Digital transformation of the ministry’s agencies', nationalContent: 3 }],
  criteria: [
    { id: 'k1', contentId: 'c3', metric: 'Records digitised', unit: 'count', comparator: 'gte', target: 10_000 },
    { id: 'k2', contentId: 'c3', metric: 'Procedures handled online', unit: 'percent', comparator: 'gte', target: 100 },
  ].map((criterion) => ({ ...criterion, dueDate: '2027-12-31' }) as Criterion),
};
const reports: YearReport[] = [
  { orgId: 'moc-heritage', year: 2026, values: [{ criterionId: 'k1', actual: 4_200 }, { criterionId: 'k2', actual: 90 }] },
  { orgId: 'moc-it', year: 2026, values: [{ criterionId: 'k1', actual: 800 }, { criterionId: 'k2', actual: 100 }] },
];
const summary = summarise({ orgId: 'moc', plan: PLAN, tree: movementOrgs(), reports, years: summaryYears({ phases: NATIONAL_PHASES }, 'preliminary_summary') });
const text = { planRef: '4030/KH-BVHTTDL', narrative: 'Phase 1 of the movement in the ministry: results and lessons' };

describe('the summary dossier drawn up from a computed summary', () => {
  const payload = summaryDossierPayload(summary, text);

  it('is a valid 2027 preliminary summary carrying the combined values and the figures behind them', () => {
    expect(validateDossierContent('preliminary_summary', payload).payload).toStrictEqual(payload);
    expect(payload.values).toEqual([{ criterionId: 'k1', actual: 5_000 }, { criterionId: 'k2', actual: 95 }]);
    expect(payload.aggregate?.criteria.map((c) => [c.criterionId, c.target, c.actual, c.attainment, c.reported])).toEqual([
      ['k1', 10_000, 5_000, 0.5, 2],
      ['k2', 100, 95, 0.95, 2],
    ]);
    expect(payload.aggregate?.contents).toEqual([{ contentId: 'c3', nationalContent: 3, attainment: 0.725, criteria: 2, met: 0 }]);
  });

  it('is refused when a value no longer matches its figures, or the figures are for other years', () => {
    const edited = { ...payload, values: [{ criterionId: 'k1', actual: 9_000 }, payload.values[1]] };
    expect(() => validateDossierContent('preliminary_summary', edited)).toThrow(InvalidPayload);
    try {
      validateDossierContent('final_summary', { ...edited, year: 2030 });
    } catch (error) {
      expect((error as InvalidPayload).issues.map((i) => i.path)).toEqual(['aggregate.criteria.0.actual', 'aggregate.years.to']);
    }
    expect.assertions(2);
  });
});
