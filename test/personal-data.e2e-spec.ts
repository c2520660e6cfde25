import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBundle } from '@app/audit';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ERASED_PERSONAL_DATA } from '@app/event-store/personal-data';
import { CliUsageError } from '../apps/cli/src/cli-command';
import { exportCommand } from '../apps/cli/src/commands/export.command';
import { forgetCommand } from '../apps/cli/src/commands/forget.command';
import { sealCommand } from '../apps/cli/src/commands/seal.command';
import { verifyBundleCommand } from '../apps/cli/src/commands/verify-bundle.command';
import { verifyCommand } from '../apps/cli/src/commands/verify.command';
import { api } from './support/http';
import { registerOrgChart } from './support/org-chart';
import { recordedPosition } from './support/store-position';
import { startTestApp, TestApp } from './support/test-app';

const LAN = { kind: 'individual', key: 'nv-0042', name: 'Nguyễn Thị Lan', position: 'Trưởng phòng Số hóa tư liệu', orgId: 'dept-heritage' };
const MINH = { kind: 'individual', key: 'nv-0043', name: 'Trần Văn Minh', position: 'Chuyên viên' };
const nomination = (nominee: object, achievement = 'Digitised 12,000 heritage records in 2025.') => ({ awardForm: 'ministry_certificate', nominee, achievement, year: 2025 });

/**
 * Forgetting a person, on the real product (HTTP, PostgreSQL, the CLI's audit commands): their
 * fields read as erased wherever events are read, other people's stay, and every hash chain,
 * seal and exported bundle still verifies, because only ciphertext was ever hashed.
 */
describe('personal data: encrypted per person, forgotten by destroying the key (real PostgreSQL)', () => {
  let test: TestApp;
  let http: ReturnType<typeof api>;
  let submitter: string;
  let admin: string;
  let lanDossier: string;
  let minhDossier: string;
  let output: string[];
  const saved = { ...process.env };

  /** The settings the CLI reads, pointing at the test's own schema, seals and keys. */
  function cliEnvironment(): Record<string, string> {
    const { DATABASE_URL, SEAL_DIR, SEAL_KEY_FILE, PERSONAL_DATA_KEY_FILE } = test.context.settings;
    return { DATABASE_URL: DATABASE_URL!, SEAL_DIR, SEAL_KEY_FILE, PERSONAL_DATA_KEY_FILE };
  }

  /** Until every stored event is visible to readers, so a seal covers what the test appended. */
  async function settle(): Promise<void> {
    for (let tries = 0; tries < 1500; tries += 1) {
      const { rows } = await test.context.pool.query<{ settled: boolean }>('SELECT coalesce((SELECT max(position) FROM es_events) < es_visible_below(), true) AS settled');
      if (rows[0].settled) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('events stayed behind the visibility frontier');
  }

  async function storedText(): Promise<string> {
    const { rows } = await test.context.pool.query<{ text: string }>(`SELECT string_agg(data::text || ' ' || metadata::text, E'\\n') AS text FROM es_events`);
    return rows[0].text;
  }

  async function nomineeOf(dossierId: string) {
    return (await http.get(`/dossiers/${dossierId}`, admin).expect(200)).body.content.payload.nominee;
  }

  beforeAll(async () => {
    test = await startTestApp({}, { workers: false });
    http = api(test.app);
    await registerOrgChart(test);
    submitter = await test.token('lan', 'dept-heritage', 'submitter');
    admin = await test.token('admin-1', 'central-council', 'admin');
    lanDossier = (await http.post('/dossiers', { kind: 'award_nomination', payload: nomination(LAN) }, submitter).expect(201)).body.dossierId;
    await http.patch(`/dossiers/${lanDossier}`, { payload: nomination(LAN, 'Digitised 12,500 heritage records in 2025.') }, submitter).expect(200);
    await http.post(`/dossiers/${lanDossier}/submit`, {}, submitter).expect(200);
    minhDossier = (await http.post('/dossiers', { kind: 'award_nomination', payload: nomination(MINH) }, submitter).expect(201)).body.dossierId;

    Object.assign(process.env, cliEnvironment());
    output = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line));
    await settle();
    expect(await sealCommand.run([])).toBe(0);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    for (const key of Object.keys(cliEnvironment())) delete process.env[key];
    Object.assign(process.env, saved);
    await test.close();
  });

  it('never stores a name or position in clear, yet reads them back for as long as the person is on record', async () => {
    const stored = await storedText();
    for (const clear of [LAN.name, LAN.position, MINH.name, MINH.position]) expect(stored).not.toContain(clear);
    expect(stored).toContain('"$personal"');
    expect(await nomineeOf(lanDossier)).toEqual(LAN);
  });

  it('recognises a retried append by its event ids, although each attempt encrypts afresh', async () => {
    const store = test.app.get<EventStore>(EVENT_STORE);
    const stream = `dossier-${randomUUID()}`;
    const created = {
      id: randomUUID(),
      type: 'DossierCreated',
      data: { dossierId: stream.slice('dossier-'.length), orgId: 'dept-heritage', kind: 'award_nomination', payload: nomination({ ...MINH, key: 'nv-0050' }) },
    };
    const first = await store.append(stream, [created], 'no_stream');
    const again = await store.append(stream, [created], 'no_stream');
    expect({ position: again.position, revision: again.revision, idempotent: again.idempotent }).toEqual({ position: first.position, revision: first.revision, idempotent: true });
    const { rows } = await test.context.pool.query('SELECT count(*)::int AS n FROM es_events WHERE stream_name = $1', [stream]);
    expect(rows[0].n).toBe(1);
  });

  describe('forgetting a person over HTTP', () => {
    let before: { position: number; events: number };
    let erasure: { id: string; position: number };

    beforeAll(async () => {
      before = await recordedPosition(test);
      const { body } = await http
        .post('/personal-data/nv-0042/forget', { reason: 'Request of 1 March 2027 under Decree 13/2023/ND-CP' }, admin, { 'Idempotency-Key': 'forget-nv-0042-1' })
        .expect(200);
      expect(body).toMatchObject({ subject: 'nv-0042', status: 'erased', repeated: false, events: [{ type: 'PersonalDataErased', stream: 'person-nv-0042' }] });
      erasure = body.events[0];
    });

    it('records the erasure as one event of the person’s stream', async () => {
      expect(await recordedPosition(test)).toEqual({ position: erasure.position, events: before.events + 1 });
      const { rows } = await test.context.pool.query('SELECT stream_name, revision, type, data FROM es_events WHERE position = $1', [erasure.position]);
      expect(rows[0]).toMatchObject({
        stream_name: 'person-nv-0042',
        revision: '0',
        type: 'PersonalDataErased',
        data: { subject: 'nv-0042', reason: 'Request of 1 March 2027 under Decree 13/2023/ND-CP', by: { userId: 'admin-1', role: 'admin', orgId: 'central-council' } },
      });
    });

    it('makes the person’s fields read as erased in the dossier, as of any moment, and in its history', async () => {
      expect(await nomineeOf(lanDossier)).toEqual({ ...LAN, name: ERASED_PERSONAL_DATA, position: ERASED_PERSONAL_DATA });
      const { body: created } = await http.get(`/dossiers/${lanDossier}?position=${before.position}`, admin).expect(200);
      expect(created.content.payload.nominee).toMatchObject({ name: ERASED_PERSONAL_DATA, position: ERASED_PERSONAL_DATA });
      expect(created.content.payload.achievement).toBe('Digitised 12,500 heritage records in 2025.');

      const { body: history } = await http.get(`/dossiers/${lanDossier}/history`, admin).expect(200);
      expect(history.slice(0, 2).map((entry: { type: string; data: { payload: { nominee: object } } }) => [entry.type, entry.data.payload.nominee])).toEqual([
        ['DossierCreated', { ...LAN, name: ERASED_PERSONAL_DATA, position: ERASED_PERSONAL_DATA }],
        ['DossierEdited', { ...LAN, name: ERASED_PERSONAL_DATA, position: ERASED_PERSONAL_DATA }],
      ]);
      expect(JSON.stringify(history)).not.toMatch(/Nguyễn Thị Lan|Trưởng phòng/);
    });

    it('leaves other people’s fields readable', async () => {
      expect(await nomineeOf(minhDossier)).toEqual(MINH);
    });

    it('answers a retry of the same command with the first answer, appending nothing', async () => {
      const { body } = await http.post('/personal-data/nv-0042/forget', { reason: 'Request of 1 March 2027 under Decree 13/2023/ND-CP' }, admin, { 'Idempotency-Key': 'forget-nv-0042-1' }).expect(200);
      expect(body).toMatchObject({ status: 'erased', repeated: true, events: [{ id: erasure.id, position: erasure.position }] });
      expect((await recordedPosition(test)).events).toBe(before.events + 1);
    });

    it.each<[string, () => Promise<{ status: number; body: { details: { code: string } } }>, number, string]>([
      ['forgetting the same person again', () => http.post('/personal-data/nv-0042/forget', { reason: 'Second request' }, admin), 409, 'personal_data_already_erased'],
      ['an unknown person', () => http.post('/personal-data/nv-9999/forget', { reason: 'Request' }, admin), 404, 'unknown_personal_subject'],
      ['a malformed subject', () => http.post('/personal-data/-nv%20x/forget', { reason: 'Request' }, admin), 400, 'invalid_command'],
      ['a new nomination naming the forgotten person', () => http.post('/dossiers', { kind: 'award_nomination', payload: nomination(LAN) }, submitter), 409, 'erased_subject'],
    ])('refuses %s clearly, appending nothing', async (_label, send, status, code) => {
      const events = (await recordedPosition(test)).events;
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ statusCode: status, details: { code } });
      expect((await recordedPosition(test)).events).toBe(events);
    });

    it('refuses a missing reason (400) and anyone but a national administrator (403)', async () => {
      const events = (await recordedPosition(test)).events;
      await http.post('/personal-data/nv-0043/forget', {}, admin).expect(400);
      await http.post('/personal-data/nv-0043/forget', { reason: 'Request', extra: 1 }, admin).expect(400);
      const ministryAdmin = await test.token('admin-2', 'ministry-culture', 'admin');
      await http.post('/personal-data/nv-0043/forget', { reason: 'Request' }, ministryAdmin).expect(403);
      await http.post('/personal-data/nv-0043/forget', { reason: 'Request' }, submitter).expect(403);
      expect((await recordedPosition(test)).events).toBe(events);
      expect(await nomineeOf(minhDossier)).toEqual(MINH);
    });
  });

  describe('the log after forgetting', () => {
    it('still verifies: every chain, every seal, and the seal over the erasure', async () => {
      output = [];
      expect(await verifyCommand.run(['--threads', '0'])).toBe(0);
      expect(output.join('\n')).toContain('OK: every stream’s hash chain links');
      await settle();
      expect(await sealCommand.run([])).toBe(0);
      output = [];
      expect(await verifyCommand.run(['--threads', '2'])).toBe(0);
      expect(output.join('\n')).toMatch(/seals: 2 in the database, 2 held outside/);
    });

    it('exports bundles that verify offline and hold the forgotten person only as ciphertext', async () => {
      const folder = join(test.context.settings.SEAL_DIR, '..');
      const dossierFile = join(folder, 'lan.jsonl');
      await settle();
      expect(await exportCommand.run(['--dossier', lanDossier, '--out', dossierFile])).toBe(0);
      expect(await verifyBundleCommand.run([dossierFile])).toBe(0);
      const text = readFileSync(dossierFile, 'utf8');
      expect(text).not.toMatch(/Nguyễn Thị Lan|Trưởng phòng/);
      expect(text).toMatch(/"\$personal":\{[^{}]*"subject":"nv-0042"/);

      const windowFile = join(folder, 'window.jsonl');
      expect(await exportCommand.run(['--from', '2020-01-01', '--out', windowFile])).toBe(0);
      const window = verifyBundle(readFileSync(windowFile));
      expect(window.problems).toEqual([]);
      expect(window.header!.streams.map((stream) => stream.stream)).toContain('person-nv-0042');
    });
  });

  describe('forgetting from the console', () => {
    it('forgets a person with `forget --subject --reason`, as an event, and the log still verifies', async () => {
      output = [];
      expect(await forgetCommand.run(['--subject', 'nv-0043', '--reason', 'Request of 2 March 2027', '--command-id', 'cli-forget-nv-0043'])).toBe(0);
      expect(output.join('\n')).toMatch(/^forgot nv-0043: key destroyed, erasure recorded as PersonalDataErased in person-nv-0043 at position \d+/m);
      expect(await nomineeOf(minhDossier)).toEqual({ ...MINH, name: ERASED_PERSONAL_DATA, position: ERASED_PERSONAL_DATA });

      output = [];
      expect(await forgetCommand.run(['--subject', 'nv-0043', '--reason', 'Request of 2 March 2027', '--command-id', 'cli-forget-nv-0043'])).toBe(0);
      expect(output.join('\n')).toMatch(/^already done by this command nv-0043/m);
      expect(await forgetCommand.run(['--subject', 'nv-0043', '--reason', 'Again'])).toBe(1);
      expect(output.join('\n')).toContain('the personal data of nv-0043 were erased at');
      expect(await verifyCommand.run([])).toBe(0);
    });

    it.each([
      [['--reason', 'x'], '--subject is required'],
      [['--subject', 'nv-0044'], '--reason is required'],
      [['--subject', 'nv-9999', '--reason', 'x'], '--subject "nv-9999": no personal data were ever recorded for this subject'],
      [['--subject', 'a b', '--reason', 'x'], 'invalid subject'],
    ])('%j is bad usage (exit 2), naming the value', async (args, message) => {
      await expect(forgetCommand.run(args)).rejects.toThrow(CliUsageError);
      await expect(forgetCommand.run(args)).rejects.toThrow(message);
    });
  });

  it('keys a nominee without a key by the dossier, so that nominee can be forgotten too', async () => {
    const { key: _key, ...keyless } = LAN;
    const dossierId = (await http.post('/dossiers', { kind: 'award_nomination', payload: nomination({ ...keyless, name: 'Lê Thị Hoa' }) }, submitter).expect(201)).body.dossierId;
    expect(await storedText()).not.toContain('Lê Thị Hoa');
    await http.post(`/personal-data/dossier-${dossierId}/forget`, { reason: 'Request of 4 March 2027' }, admin).expect(200);
    expect((await nomineeOf(dossierId)).name).toBe(ERASED_PERSONAL_DATA);
  });
});
