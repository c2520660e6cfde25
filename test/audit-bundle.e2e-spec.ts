import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExportRefused, exportBundle, ExportSelection, verifyBundle, writeBundleFile } from '@app/audit';
import { AuditWorld, dossierEvent } from '@app/audit/testing/audit-world';
import { exportCommand } from '../apps/cli/src/commands/export.command';
import { sealCommand } from '../apps/cli/src/commands/seal.command';
import { verifyBundleCommand } from '../apps/cli/src/commands/verify-bundle.command';
import { verifyCommand } from '../apps/cli/src/commands/verify.command';
import { CliUsageError } from '../apps/cli/src/cli-command';

describe('audit bundles (real PostgreSQL)', () => {
  let world: AuditWorld;

  beforeEach(async () => {
    world = await AuditWorld.open();
  });
  afterEach(() => world.close());

  async function exported(selection: ExportSelection, name = 'bundle.jsonl'): Promise<string> {
    const file = join(world.folder, name);
    await world.settle();
    await writeBundleFile(file, (sink) => exportBundle({ pool: world.pool, sealer: world.sealer(), key: world.key(), selection, sink }));
    return file;
  }

  it('exports one dossier with its seals, proofs and key, and the bundle verifies offline', async () => {
    const dossierId = await world.dossier(3);
    await world.seal();
    await world.dossier(2);
    await world.store.append(`dossier-${dossierId}`, [dossierEvent(dossierId, 3, 'dept-heritage')], 2);

    const file = await exported({ dossier: dossierId });
    const result = verifyBundle(readFileSync(file));

    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.header).toMatchObject({
      selection: { dossier: dossierId },
      streams: [{ stream: `dossier-${dossierId}`, fromRevision: 0, toRevision: 3 }],
      events: 4,
      // The first three under seal 1; the fourth was sealed by the export itself, under seal 2.
      seals: 2,
      publicKeyFingerprint: world.key().fingerprint,
    });
    expect(verifyBundle(readFileSync(file), { trustedFingerprint: world.key().fingerprint }).ok).toBe(true);
  });

  it('does not verify with any one byte of it changed', async () => {
    const dossierId = await world.dossier(3);
    const bytes = readFileSync(await exported({ dossier: dossierId }));
    expect(verifyBundle(bytes).ok).toBe(true);

    const verified: number[] = [];
    for (let index = 0; index < bytes.length; index += 1) {
      const changed = Buffer.from(bytes);
      changed[index] ^= 0x01;
      if (verifyBundle(changed).ok) verified.push(index);
    }
    expect(verified).toEqual([]);
    expect(bytes.length).toBeGreaterThan(3000);
  });

  it('names what was changed in an event', async () => {
    const dossierId = await world.dossier(3);
    const text = readFileSync(await exported({ dossier: dossierId }), 'utf8');
    const result = verifyBundle(Buffer.from(text.replace('Step 2 approved', 'Step 2 rejected')));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(new RegExp(`^event at position \\d+ \\(stream dossier-${dossierId}, revision 2\\): its fields give hash`));
    expect(result.problems[result.problems.length - 1]).toContain('the file was changed after export');
  });

  it('is refused when signed by another key than the one trusted', async () => {
    const dossierId = await world.dossier(1);
    const bytes = readFileSync(await exported({ dossier: dossierId }));
    expect(verifyBundle(bytes, { trustedFingerprint: 'ab'.repeat(32) })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining(`not by the trusted key ${'ab'.repeat(32)}`)],
    });
  });

  it('exports an organisation’s dossiers within a time window, partial streams included', async () => {
    const [mine, other] = [await world.dossier(2, 'dept-heritage'), await world.dossier(2, 'dept-museums')];
    await new Promise((resolve) => setTimeout(resolve, 20));
    const from = new Date();
    const late = await world.dossier(1, 'dept-heritage');
    await world.store.append(`dossier-${mine}`, [dossierEvent(mine, 2, 'dept-heritage')], 1);

    const whole = verifyBundle(readFileSync(await exported({ org: 'dept-heritage' }, 'org.jsonl')));
    expect(whole.ok).toBe(true);
    expect(whole.header!.streams.map((stream) => stream.stream).sort()).toEqual([`dossier-${mine}`, `dossier-${late}`].sort());

    const windowed = verifyBundle(readFileSync(await exported({ org: 'dept-heritage', from }, 'window.jsonl')));
    expect(windowed.problems).toEqual([]);
    expect(windowed.header!.streams).toEqual([
      { stream: `dossier-${late}`, fromRevision: 0, toRevision: 0 },
      { stream: `dossier-${mine}`, fromRevision: 2, toRevision: 2 },
    ]);
    expect(JSON.stringify(windowed.header)).not.toContain(other);
  });

  it('refuses to export from a store that was tampered with', async () => {
    const dossierId = await world.dossier(3);
    await world.seal();
    await world.pool.query(`UPDATE es_events SET data = '{"dossierId":"x"}' WHERE stream_name = $1 AND revision = 1`, [`dossier-${dossierId}`]);
    await expect(exported({ dossier: dossierId })).rejects.toThrow(ExportRefused);
  });

  describe('through the CLI commands', () => {
    const saved = { ...process.env };
    let output: string[];

    beforeEach(() => {
      Object.assign(process.env, world.env);
      output = [];
      jest.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
      jest.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line));
    });
    afterEach(() => {
      jest.restoreAllMocks();
      for (const key of Object.keys(world.env)) delete process.env[key];
      Object.assign(process.env, saved);
    });

    it('seal, verify, export and verify-bundle answer 0, then 1 once tampered', async () => {
      const dossierId = await world.dossier(3);
      const file = join(world.folder, 'cli.jsonl');

      await world.settle();
      expect(await sealCommand.run([])).toBe(0);
      expect(output.join('\n')).toMatch(/sealed 1: 3 events at positions \d+\.\.\d+/);
      expect(await verifyCommand.run([])).toBe(0);
      expect(output.join('\n')).toContain('OK: every stream’s hash chain links');
      await world.settle();
      expect(await exportCommand.run(['--dossier', dossierId, '--out', file])).toBe(0);
      for (const key of Object.keys(world.env)) delete process.env[key];
      expect(await verifyBundleCommand.run([file, '--fingerprint', world.key().fingerprint])).toBe(0);
      expect(output.join('\n')).toContain(`OK: ${file} verifies offline`);

      const bytes = readFileSync(file);
      bytes[bytes.length - 10] ^= 0x02;
      writeFileSync(file, bytes);
      expect(await verifyBundleCommand.run([file])).toBe(1);

      Object.assign(process.env, world.env);
      await world.pool.query(`UPDATE es_events SET metadata = '{}' WHERE stream_name = $1 AND revision = 0`, [`dossier-${dossierId}`]);
      output = [];
      expect(await verifyCommand.run([])).toBe(1);
      expect(output.find((line) => line.startsWith('TAMPERED'))).toMatch(new RegExp(`^TAMPERED: stream dossier-${dossierId}, revision 0 \\(position \\d+\\): hash mismatch, expected [0-9a-f]{64}, found [0-9a-f]{64}$`));
    });

    const commands = { verify: verifyCommand, export: exportCommand, 'verify-bundle': verifyBundleCommand };
    it.each<[keyof typeof commands, string[], string]>([
      ['verify', ['--fast'], "Unknown option '--fast'"],
      ['verify', ['--threads', 'many'], '--threads "many" is not a number of threads from 0 to 64'],
      ['export', ['--dossier', 'no-such-dossier'], '--dossier "no-such-dossier": no such dossier'],
      ['export', ['--dossier', 'a b'], '--dossier "a b": not a dossier id'],
      ['export', ['--org', 'nobody'], '--org "nobody": no dossier of this organisation'],
      ['export', ['--from', 'yesterday'], '--from "yesterday" is neither a date'],
      ['export', ['--from', '2026-02-01', '--to', '2026-01-01'], '--from "2026-02-01" is not before --to "2026-01-01"'],
      ['export', [], 'nothing selected'],
      ['verify-bundle', ['/no/such/bundle.jsonl'], '"/no/such/bundle.jsonl": no such file'],
      ['verify-bundle', ['x.jsonl', '--fingerprint', 'abc'], '--fingerprint "abc" is not 64 hex digits'],
    ])('%s %j is bad usage (exit 2), naming the value', async (name, args, message) => {
      await world.dossier(1);
      await expect(commands[name].run(args)).rejects.toThrow(CliUsageError);
      await expect(commands[name].run(args)).rejects.toThrow(message);
    });

    it('refuses a bad setting as bad usage, naming the variable', async () => {
      process.env.SEAL_INTERVAL_MS = 'often';
      await expect(verifyCommand.run([])).rejects.toThrow('SEAL_INTERVAL_MS="often"');
      delete process.env.SEAL_INTERVAL_MS;
    });
  });
});
