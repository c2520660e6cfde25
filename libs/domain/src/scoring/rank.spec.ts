import { DossierEvent } from '../dossiers/dossier.events';
import { Criterion, ImplementationPlanPayload, PlanContent } from '../dossiers/payloads/implementation-plan.payload';
import { movementOrgs } from '../movement/testing/movement-orgs.fixture';
import { planApproved, planCreated } from '../movement/testing/plan-dossiers.fixture';
import { clusterOfLevel } from './cluster';
import { rank } from './rank';
import { versionInForce } from './rule-version';
import { ScoringInput } from './score';
import { scoringInputsFromEvents } from './scoring-inputs';
import { DEFAULT_SCORING_RULE_SETS } from './scoring-rule-set';

const [EQUAL, PHASE_2] = DEFAULT_SCORING_RULE_SETS;
const cluster = clusterOfLevel(movementOrgs(), 'unit', 'moc');

type Spec = [PlanContent['nationalContent'], Criterion['unit'], Criterion['comparator'], number];

/** A plan of two contents with one criterion each: k1 in c1, k2 in c2. */
function plan(first: Spec, second: Spec): ImplementationPlanPayload {
  const parts = [first, second].map(([nationalContent, unit, comparator, target], i) => ({
    content: { id: `c${i + 1}`, title: `Content c${i + 1}`, nationalContent },
    criterion: { id: `k${i + 1}`, contentId: `c${i + 1}`, metric: `Metric k${i + 1}`, unit, comparator, target, dueDate: '2026-12-31' },
  }));
  const contents = parts.map((p) => p.content);
  return { title: 'Unit plan', implementsRef: '4030/KH-BVHTTDL', contents, criteria: parts.map((p) => p.criterion) };
}

const PLANS: Record<string, ImplementationPlanPayload> = {
  'moc-heritage': plan([2, 'count', 'gte', 5_000], [3, 'percent', 'gte', 100]),
  'moc-it': plan([3, 'percent', 'gte', 100], [6, 'count', 'lte', 0]),
  'moc-personnel': plan([1, 'percent', 'gte', 90], [5, 'count', 'gte', 200]),
};
const VALUES: Record<string, [string, number][]> = {
  'moc-heritage': [['k1', 4_200], ['k2', 95]],
  'moc-it': [['k1', 100], ['k2', 0]],
  'moc-personnel': [['k1', 90], ['k2', 158]],
};
const INPUTS: ScoringInput[] = Object.keys(VALUES).map((orgId) => ({
  orgId,
  plan: { contents: PLANS[orgId].contents, criteria: PLANS[orgId].criteria },
  values: VALUES[orgId].map(([criterionId, actual]) => ({ criterionId, actual })),
}));

const summary = (ranking: ReturnType<typeof rank>) => ranking.entries.map((e) => [e.rank, e.orgId, e.score, e.decidedBy]);

describe('rank', () => {
  it('ranks the culture ministry’s units by weighted attainment, breaking ties on criteria met, unreported last', () => {
    expect(cluster.members).toEqual(['moc-heritage', 'moc-heritage-records', 'moc-it', 'moc-personnel']);
    expect(summary(rank(INPUTS, EQUAL, cluster))).toEqual([
      [1, 'moc-it', 100, undefined],
      [2, 'moc-personnel', 89.5, 'score'],
      [3, 'moc-heritage', 89.5, 'criteria_met'],
      [4, 'moc-heritage-records', 0, 'not_reported'],
    ]);
  });

  it('weighs contents by the rule set given and records its version', () => {
    const ranking = rank(INPUTS, PHASE_2, cluster);
    expect(ranking.weightsVersion).toBe('scoring-2027.01');
    expect(summary(ranking).slice(0, 3)).toEqual([
      [1, 'moc-it', 100, undefined],
      [2, 'moc-heritage', 91.333333, 'score'],
      [3, 'moc-personnel', 89.5, 'score'],
    ]);
  });

  it('picks the weights in force on a date', () => {
    expect(versionInForce(DEFAULT_SCORING_RULE_SETS, new Date('2026-12-31T16:59:59.999Z')).version).toBe('scoring-2025.01');
    expect(versionInForce(DEFAULT_SCORING_RULE_SETS, new Date('2026-12-31T17:00:00.000Z')).version).toBe('scoring-2027.01');
  });

  it('breaks a complete tie on the organisation id, and says so', () => {
    const twin = { ...INPUTS[0], orgId: 'moc-heritage-records' };
    const entries = rank([twin, ...INPUTS], EQUAL, cluster).entries.filter((e) => e.score === 89.5 && e.criteriaMet === 0);
    expect(entries.map((e) => [e.orgId, e.decidedBy])).toEqual([
      ['moc-heritage', 'criteria_met'],
      ['moc-heritage-records', 'org_id'],
    ]);
  });

  it('does not depend on the order of reports or members, and ignores non-members', () => {
    const shuffled = { ...cluster, members: [...cluster.members].reverse() };
    const outsider: ScoringInput = { ...INPUTS[0], orgId: 'camau-justice' };
    expect(rank([...INPUTS].reverse().concat(outsider), EQUAL, shuffled)).toEqual(rank(INPUTS, EQUAL, cluster));
  });

  it('refuses two reports for one organisation', () => expect(() => rank([...INPUTS, INPUTS[0]], EQUAL, cluster)).toThrow(RangeError));

  describe('replayed from events', () => {
    const system = { userId: 'worker:advance', role: 'system' as const };
    const reportCreated = (dossierId: string, orgId: string, values: [string, number][], at: string): DossierEvent => ({
      type: 'DossierCreated',
      data: {
        dossierId,
        orgId,
        kind: 'yearly_report',
        payload: { year: 2026, planRef: '4030/KH-BVHTTDL', values: values.map(([criterionId, actual]) => ({ criterionId, actual })) },
        by: { userId: `submitter@${orgId}`, role: 'submitter', orgId },
        at,
      },
    });
    const reportApproved = (dossierId: string, at: string): DossierEvent => ({
      type: 'DossierApproved',
      data: { dossierId, round: 1, authorityOrgId: 'moc', authorityLevel: 'ministry', by: system, at },
    });
    const EVENTS: DossierEvent[] = [
      ...Object.keys(PLANS).flatMap((orgId) => [
        planCreated(`plan-${orgId}`, orgId, PLANS[orgId], '2025-09-01T02:00:00.000Z'),
        planApproved(`plan-${orgId}`, '2025-09-20T02:00:00.000Z'),
      ]),
      reportCreated('r-draft', 'moc-heritage', [['k1', 9_000], ['k2', 100]], '2026-12-01T02:00:00.000Z'),
      ...Object.keys(VALUES).flatMap((orgId) => [
        reportCreated(`r-${orgId}`, orgId, VALUES[orgId], '2027-01-05T02:00:00.000Z'),
        reportApproved(`r-${orgId}`, '2027-01-20T02:00:00.000Z'),
      ]),
      reportCreated('r-orphan', 'moc-heritage-records', [['k1', 1]], '2027-01-06T02:00:00.000Z'),
      reportApproved('r-orphan', '2027-01-21T02:00:00.000Z'),
    ];

    it('is identical to the ranking of the reports themselves, counting approved reports only', () => {
      const { inputs, withoutPlan } = scoringInputsFromEvents(EVENTS, 2026);
      expect(withoutPlan).toEqual(['moc-heritage-records']);
      expect(rank(inputs, EQUAL, cluster)).toStrictEqual(rank(INPUTS, EQUAL, cluster));
    });

    it('is the same every time it is replayed', () => {
      const replay = () => rank(scoringInputsFromEvents(EVENTS, 2026).inputs, EQUAL, cluster);
      expect(JSON.stringify(replay())).toBe(JSON.stringify(replay()));
    });
  });
});
