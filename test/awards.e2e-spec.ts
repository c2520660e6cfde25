import { api } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { recordedPosition } from './support/store-position';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Awards through the real API: yearly results and earlier awards entered, eligibility computed
 * from the award ledger read model with its reasons, refusals (422) that append nothing, a
 * reviewer's override, council votes with quorum and threshold, revocation, and one achievement
 * rewarded once, concurrent nominations in two streams included. The award rules in force today
 * are vn-awards-2025.07: the (example) ministry certificate asks two years rated excellent.
 */
describe('awards', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  const token: Record<'submitter' | 'unitReviewer' | 'ministryReviewer' | 'councilReviewer' | 'foreignSubmitter' | 'auditor', string> = {} as never;

  const HOA = { kind: 'individual', key: 'heritage.0001', name: 'Trần Thị Hoa' };
  const BINH = { kind: 'individual', key: 'heritage.0002', name: 'Lê Văn Bình' };
  const LAN = { kind: 'individual', key: 'heritage.0003', name: 'Nguyễn Thị Lan' };

  async function result(nomineeKey: string, year: number, rating: string, titles: string[] = []) {
    const body = { nomineeKey, nomineeKind: 'individual', orgId: 'dept-heritage', year, rating, titles, basisRef: `${year}/QĐ-BVHTTDL` };
    await http.post('/honours/annual-results', body, token.ministryReviewer).expect(201);
  }

  const nomination = (nominee: object, form: string, achievementKey: string, extra: object = {}) => ({
    orgId: 'dept-heritage',
    form,
    nominee,
    achievement: { key: achievementKey, year: 2025, description: 'All heritage records digitised and published as open data' },
    ...extra,
  });

  /** How many events of these types the log holds whose data name the achievement. */
  async function eventsFor(achievementKey: string, ...types: string[]): Promise<number> {
    const { rows } = await test.context.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM es_events WHERE type = ANY($1) AND (data->'achievement'->>'key' = $2 OR data->>'achievementKey' = $2)`,
      [types, achievementKey],
    );
    return Number(rows[0].n);
  }

  beforeAll(async () => {
    test = await startTestApp({}, { workers: false });
    http = api(test.app);
    await registerOrgChart(test);
    token.submitter = await test.token('lan', 'dept-heritage', 'submitter');
    token.unitReviewer = await test.token('tuan', 'dept-heritage', 'reviewer');
    token.ministryReviewer = await test.token('minh', 'ministry-culture', 'reviewer');
    token.councilReviewer = await test.token('hoa', 'central-council', 'reviewer');
    token.foreignSubmitter = await test.token('khoa', 'ministry-justice', 'submitter');
    token.auditor = await test.tokenWith({ userId: 'kiem', orgId: 'ministry-justice', roles: ['auditor'], scope: 'national' });

    await result(HOA.key, 2024, 'excellent');
    await result(HOA.key, 2025, 'excellent');
    await result(BINH.key, 2024, 'good');
    await result(BINH.key, 2025, 'excellent');
    // The law's own standard for the Prime Minister's certificate: a ministry certificate, five years good, three grassroots titles.
    await http
      .post('/honours/prior-awards', { nomineeKey: LAN.key, nomineeKind: 'individual', orgId: 'dept-heritage', form: 'ministry_certificate', year: 2019, achievementKey: 'heritage.0003:2019', decisionRef: '2045/QĐ-BVHTTDL' }, token.ministryReviewer)
      .expect(201);
    for (const [year, titles] of [[2021, ['grassroots_emulation_fighter']], [2022, []], [2023, ['grassroots_emulation_fighter']], [2024, []], [2025, ['grassroots_emulation_fighter']]] as const) {
      await result(LAN.key, year, 'good', [...titles]);
    }
  });
  afterAll(() => test.close());

  it('keeps yearly results and earlier awards in the ledger, within the caller’s reach', async () => {
    const { body } = await http.get(`/awards/ledger/${LAN.key}`, token.ministryReviewer).expect(200);
    expect(body.holdings).toEqual([expect.objectContaining({ entryKind: 'prior_award', form: 'ministry_certificate', year: 2019, decisionRef: '2045/QĐ-BVHTTDL' })]);
    expect(body.annualResults.map((row: { year: number; rating: string }) => [row.year, row.rating])).toEqual([
      [2021, 'good'], [2022, 'good'], [2023, 'good'], [2024, 'good'], [2025, 'good'],
    ]);
    const foreign = await test.token('thu', 'ministry-justice', 'reviewer');
    const { body: outside } = await http.get(`/awards/ledger/${LAN.key}`, foreign).expect(200);
    expect([outside.holdings, outside.annualResults]).toEqual([[], []]);
  });

  it('shows eligibility with a reason for every condition', async () => {
    const { body } = await http.get(`/awards/eligibility?nomineeKey=${BINH.key}&form=ministry_certificate&year=2025`, token.submitter).expect(200);
    expect(body).toMatchObject({ eligible: false, ruleSetVersion: 'vn-awards-2025.07', decidedBy: 'minister_or_provincial_chair', authority: ['ministry', 'province'] });
    expect(body.failed).toEqual([expect.objectContaining({ conditionId: 'two-years', reason: 'not rated excellent or better in 2024–2025 (2024: good)', certainty: 'configurable_example' })]);
    const { body: lan } = await http.get(`/awards/eligibility?nomineeKey=${LAN.key}&form=prime_minister_certificate&year=2025`, token.submitter).expect(200);
    expect(lan.eligible).toBe(true);
    expect(lan.standards[0].conditions.map((c: { reason: string; certainty: string }) => [c.reason, c.certainty])).toEqual([
      ['holds the Certificate of Merit of a ministry, branch or province for 2019 (2045/QĐ-BVHTTDL)', 'law'],
      ['rated good or better in 2021–2025', 'law'],
      ['grassroots emulation fighter at least 3 times in 2021–2025: 3 (2021, 2023, 2025)', 'law'],
    ]);
  });

  it('nominates an eligible person, recording the rule set and the reasons; a retry appends nothing', async () => {
    const body = nomination(HOA, 'ministry_certificate', 'heritage.0001:2025', { nominationId: 'hoa-2025' });
    const first = await http.post('/awards/nominations', body, token.submitter, { 'idempotency-key': 'nominate-hoa-2025' }).expect(201);
    expect(first.body).toMatchObject({ nominationId: 'hoa-2025', status: 'nominated', repeated: false, events: [{ type: 'AwardNominated' }] });
    const again = await http.post('/awards/nominations', body, token.submitter, { 'idempotency-key': 'nominate-hoa-2025' }).expect(201);
    expect(again.body).toMatchObject({ repeated: true, events: first.body.events });

    const { body: state } = await http.get('/awards/nominations/hoa-2025', token.ministryReviewer).expect(200);
    expect(state).toMatchObject({ status: 'nominated', ruleSetVersion: 'vn-awards-2025.07', authority: ['ministry', 'province'], nominee: { key: HOA.key, orgId: 'dept-heritage' } });
    expect(state.eligibility).toMatchObject({ eligible: true, standards: [{ conditions: [{ reason: 'rated excellent or better in 2024–2025', met: true }] }] });
    await http.get('/awards/nominations/hoa-2025', token.auditor).expect(200);
    await http.get('/awards/nominations/hoa-2025', await test.token('thu', 'ministry-justice', 'reviewer')).expect(403);
  });

  it('refuses an ineligible nomination with the failed conditions (422), appending nothing', async () => {
    const before = await recordedPosition(test);
    const { body } = await http.post('/awards/nominations', nomination(BINH, 'ministry_certificate', 'heritage.0002:2025'), token.submitter).expect(422);
    expect(body).toMatchObject({ statusCode: 422, details: { code: 'ineligible_nomination', ruleSetVersion: 'vn-awards-2025.07' } });
    expect(body.details.reasons).toEqual([
      expect.objectContaining({ conditionId: 'two-years', met: false, reason: 'not rated excellent or better in 2024–2025 (2024: good)' }),
    ]);
    expect(await recordedPosition(test)).toEqual(before);
  });

  it('lets a reviewer with authority for the form override, with the justification recorded as an event', async () => {
    const justification = 'Led the flood recovery of the provincial archives in 2024; the good rating reflects months of sick leave.';
    const body = nomination(BINH, 'ministry_certificate', 'heritage.0002:2025', { nominationId: 'binh-2025', override: { justification } });
    const before = await recordedPosition(test);
    await http.post('/awards/nominations', body, token.submitter).expect(403);
    const unit = await http.post('/awards/nominations', body, token.unitReviewer).expect(403);
    expect(unit.body.details).toMatchObject({ code: 'not_allowed', reason: 'not_reviewer_org' });
    expect(await recordedPosition(test)).toEqual(before);

    const { body: accepted } = await http.post('/awards/nominations', body, token.ministryReviewer).expect(201);
    expect(accepted.events.map((event: { type: string }) => event.type)).toEqual(['AwardNominated', 'EligibilityOverridden']);
    const { body: state } = await http.get('/awards/nominations/binh-2025', token.submitter).expect(200);
    expect(state).toMatchObject({ status: 'nominated', override: { justification, by: 'minh' }, eligibility: { eligible: false } });
  });

  it('records council votes under quorum and threshold, then a revocation keeping the whole trail', async () => {
    await http.post('/awards/nominations', nomination(LAN, 'prime_minister_certificate', 'heritage.0003:2025', { nominationId: 'lan-pm-2025' }), token.submitter).expect(201);
    const vote = (votes: object, who = token.councilReviewer, expected = 200) =>
      http.post('/awards/nominations/lan-pm-2025/votes', { members: 9, decisionRef: '1510/QĐ-TTg', ...votes }, who).expect(expected);

    const ministry = await vote({ for: 7, against: 0, abstain: 0 }, token.ministryReviewer, 403);
    expect(ministry.body.details.reason).toBe('not_reviewer_org');
    expect((await vote({ for: 5, against: 0, abstain: 0 })).body.status).toBe('nominated'); // 5 of 9 present: no quorum
    await vote({ for: 8, against: 2, abstain: 0 }, token.councilReviewer, 400); // more votes than members
    expect((await vote({ for: 5, against: 1, abstain: 1 })).body.status).toBe('granted'); // quorate, 5 > 9/2

    const { body: ledger } = await http.get(`/awards/ledger/${LAN.key}`, token.councilReviewer).expect(200);
    expect(ledger.holdings.map((row: { form: string }) => row.form)).toEqual(['ministry_certificate', 'prime_minister_certificate']);

    const reason = 'Fraud: the 2025 figures were falsified';
    await http.post('/awards/nominations/lan-pm-2025/revoke', { reason }, token.submitter).expect(403);
    const revoked = await http.post('/awards/nominations/lan-pm-2025/revoke', { reason, decisionRef: '220/QĐ-TTg' }, token.councilReviewer).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', events: [{ type: 'AwardRevoked' }] });
    const { body: state } = await http.get('/awards/nominations/lan-pm-2025', token.councilReviewer).expect(200);
    expect(state).toMatchObject({ status: 'revoked', revocation: { reason, decisionRef: '220/QĐ-TTg' } });
    expect(state.votes.map((v: { outcome: string }) => v.outcome)).toEqual(['no_quorum', 'granted']);

    const { body: after } = await http.get(`/awards/ledger/${LAN.key}`, token.councilReviewer).expect(200);
    expect(after.revocations).toEqual([expect.objectContaining({ nominationId: 'lan-pm-2025', revocationReason: reason })]);
    // A revoked award was still given for that achievement: it is not rewarded again.
    const override = { override: { justification: 'Re-examined after the revocation' } };
    const again = await http.post('/awards/nominations', nomination(LAN, 'ministry_certificate', 'heritage.0003:2025', override), token.ministryReviewer).expect(409);
    expect(again.body.details).toMatchObject({ code: 'achievement_already_rewarded', existing: { nominationId: 'lan-pm-2025', revoked: { reason } } });
  });

  it('rewards one achievement once: a second form waits until the first nomination is withdrawn or refused', async () => {
    const taken = await http.post('/awards/nominations', nomination(HOA, 'unit_certificate', 'heritage.0001:2025'), token.submitter).expect(409);
    expect(taken.body.details).toMatchObject({ code: 'achievement_already_rewarded', existing: { nominationId: 'hoa-2025', form: 'ministry_certificate' } });

    await http.post('/awards/nominations/hoa-2025/withdraw', { reason: 'A unit certificate fits better' }, token.submitter).expect(200);
    const unit = await http.post('/awards/nominations', nomination(HOA, 'unit_certificate', 'heritage.0001:2025', { nominationId: 'hoa-unit-2025' }), token.submitter).expect(201);
    expect(unit.body.status).toBe('nominated');

    // Refused by the unit's council (quorate, not enough for): the achievement is free again.
    const refused = await http.post('/awards/nominations/hoa-unit-2025/votes', { members: 5, for: 1, against: 3, abstain: 0 }, token.unitReviewer).expect(200);
    expect(refused.body.status).toBe('refused');
    await http.post('/awards/nominations', nomination(HOA, 'ministry_certificate', 'heritage.0001:2025'), token.submitter).expect(201);
    expect(await eventsFor('heritage.0001:2025', 'AchievementReleased')).toBe(2);
  });

  it('accepts exactly one of two concurrent nominations of the same achievement with two forms', async () => {
    for (let round = 1; round <= 4; round++) {
      const key = `heritage.0001:concurrent-${round}`;
      const responses = await Promise.all([
        http.post('/awards/nominations', nomination(HOA, 'ministry_certificate', key), token.submitter),
        http.post('/awards/nominations', nomination(HOA, 'unit_certificate', key), token.submitter),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      expect(responses.find((response) => response.status === 409)!.body.details.code).toBe('achievement_already_rewarded');
      expect(await eventsFor(key, 'AwardNominated')).toBe(1);
    }
  });

  it('counts an earlier award as rewarding its achievement', async () => {
    const prior = { nomineeKey: HOA.key, nomineeKind: 'individual', orgId: 'dept-heritage', form: 'unit_certificate', year: 2023, achievementKey: 'heritage.0001:2023', decisionRef: '12/QĐ-CDS' };
    await http.post('/honours/prior-awards', prior, token.ministryReviewer).expect(201);
    const twice = await http.post('/awards/nominations', nomination(HOA, 'ministry_certificate', 'heritage.0001:2023'), token.submitter).expect(409);
    expect(twice.body.details.existing).toMatchObject({ source: 'prior', decisionRef: '12/QĐ-CDS' });
    // An earlier award for an achievement already nominated is refused too.
    await http.post('/honours/prior-awards', { ...prior, achievementKey: 'heritage.0002:2025', nomineeKey: BINH.key }, token.ministryReviewer).expect(409);
  });

  it('links a nomination to the award nomination dossier carrying it, when they agree', async () => {
    const payload = {
      awardForm: 'unit_certificate',
      nominee: { kind: 'individual', key: HOA.key, name: HOA.name },
      achievement: 'Digitised the 2024 acquisitions register',
      year: 2025,
      achievementKey: 'heritage.0001:register',
    };
    const { body: dossier } = await http.post('/dossiers', { kind: 'award_nomination', payload }, token.submitter).expect(201);
    const linked = (form: string, achievementKey: string) => nomination(HOA, form, achievementKey, { dossierId: dossier.dossierId, nominationId: `linked-${form}` });

    const before = await recordedPosition(test);
    const wrongForm = await http.post('/awards/nominations', linked('ministry_certificate', 'heritage.0001:register'), token.submitter).expect(422);
    expect(wrongForm.body.details.issues).toEqual([{ path: 'form', message: 'the dossier nominates for unit_certificate' }]);
    await http.post('/awards/nominations', linked('unit_certificate', 'heritage.0001:other'), token.submitter).expect(422);
    expect(await recordedPosition(test)).toEqual(before);

    await http.post('/awards/nominations', linked('unit_certificate', 'heritage.0001:register'), token.submitter).expect(201);
    const { body: state } = await http.get('/awards/nominations/linked-unit_certificate', token.submitter).expect(200);
    expect(state.dossierId).toBe(dossier.dossierId);
    const { body: eligibility } = await http.get(`/awards/eligibility?nomineeKey=${HOA.key}&form=unit_certificate&year=2025&achievementKey=heritage.0001:register`, token.submitter).expect(200);
    expect(eligibility).toMatchObject({ eligible: true, alreadyTaken: { nominationId: 'linked-unit_certificate', form: 'unit_certificate' } });
  });

  it('refuses bad input and callers beyond their reach, appending nothing', async () => {
    const before = await recordedPosition(test);
    await http.post('/awards/nominations', { ...nomination(HOA, 'gold_star', 'x'), }, token.submitter).expect(400);
    await http.post('/awards/nominations', { ...nomination(HOA, 'unit_certificate', 'x'), extra: 1 }, token.submitter).expect(400);
    await http.post('/awards/nominations', nomination({ ...HOA, key: 'not a key' }, 'unit_certificate', 'x'), token.submitter).expect(400);
    await http.post('/awards/nominations', nomination(HOA, 'unit_certificate', 'x'), token.foreignSubmitter).expect(403);
    await http.post('/awards/nominations/no-such-nomination/votes', { members: 9, for: 9, against: 0, abstain: 0 }, token.councilReviewer).expect(404);
    await http.post('/honours/annual-results', { nomineeKey: HOA.key, nomineeKind: 'individual', year: 2025, rating: 'excellent', basisRef: 'x' }, token.submitter).expect(403);
    await http.post('/honours/annual-results', { nomineeKey: HOA.key, nomineeKind: 'individual', orgId: 'dept-heritage', year: 2025, rating: 'excellent', basisRef: 'again' }, token.ministryReviewer).expect(400);
    await http.get('/awards/ledger/not%20a%20key', token.submitter).expect(400);
    expect(await recordedPosition(test)).toEqual(before);
  });
});
