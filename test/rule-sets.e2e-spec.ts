import { Client } from 'pg';
import { Dossier, DossierCommand, systemActor, UserActor } from '@app/domain';
import { runMigrations } from '@app/database';
import { createTestSchema, TestSchema } from '@app/database/testing/test-database';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { OrgTreeReader, planSubmission, RuleBook, runDossierCommand, runOrgCommand } from '@app/workflow';
import { nextStepDue } from '../apps/worker/src/advance/next-step-due';
import { ORGS } from './support/org-chart';
import { implementationPlan } from './support/payloads';

/**
 * The decree effective 1 July 2025 shortened review lengths (rule set vn-ec-2025.07). A dossier
 * keeps the version in force when it was submitted, for every later step too.
 */
describe('a rule-set change effective mid-flight', () => {
  let schema: TestSchema;
  let store: PostgresEventStore;
  const rules = new RuleBook();
  const submitter: UserActor = { userId: 'lan', orgId: 'dept-heritage', roles: ['submitter'], role: 'submitter' };
  const reviewer: UserActor = { userId: 'minh', orgId: 'ministry-culture', roles: ['reviewer'], role: 'reviewer' };
  let sequence = 0;

  beforeAll(async () => {
    schema = await createTestSchema('rules');
    await runMigrations(schema.pool, EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore({ pool: schema.pool, connect: () => new Client(schema.config) });
    const admin: UserActor = { userId: 'admin', orgId: 'central-council', roles: ['admin'], role: 'admin' };
    for (const org of ORGS) {
      const { orgId, name, level, parentId } = org as { orgId: string; name: string; level: 'unit'; parentId?: string };
      await runOrgCommand(store, { command: { type: 'RegisterOrg', data: { orgId, name, level, ...(parentId ? { parentId } : {}) } }, actor: admin, commandId: `org-${orgId}`, now: new Date('2025-01-02T02:00:00Z') });
    }
  });
  afterAll(async () => {
    await store.close();
    await schema.drop();
  });

  async function run(dossierId: string, command: DossierCommand | ((state: Dossier) => Promise<DossierCommand> | DossierCommand), actor: UserActor | ReturnType<typeof systemActor>, now: string) {
    sequence += 1;
    return runDossierCommand({ store, rules }, { dossierId, command, request: { type: 'test', data: { sequence } }, actor, commandId: `command-${sequence}`, now: new Date(now) });
  }

  async function submittedOn(dossierId: string, day: string) {
    await run(dossierId, { type: 'CreateDossier', data: { dossierId, orgId: 'dept-heritage', kind: 'implementation_plan', payload: implementationPlan } } as DossierCommand, submitter, `${day}T02:00:00.000Z`);
    const orgTree = new OrgTreeReader(store);
    return run(dossierId, (state) => planSubmission(state, { rules, orgTree }, new Date(`${day}T03:00:00.000Z`)), submitter, `${day}T03:00:00.000Z`);
  }

  it('keeps the old deadlines for a dossier submitted before, and gives the new ones to a dossier submitted after', async () => {
    const before = await submittedOn('3f3c1a4e-0000-4000-8000-000000000001', '2025-06-20');
    const after = await submittedOn('3f3c1a4e-0000-4000-8000-000000000002', '2025-07-10');
    const requested = (result: typeof before) => result.events.find((event) => event.type === 'ReviewRequested')!.data as { ruleSetVersion: string; dueAt: string };

    expect(requested(before).ruleSetVersion).toBe('vn-ec-2024.07');
    expect(requested(after).ruleSetVersion).toBe('vn-ec-2025.07');
    expect(requested(before).dueAt).toBe(rules.dueAt('vn-ec-2024.07', 'implementation_plan', 'ministry', new Date('2025-06-20T03:00:00.000Z')).toISOString());
    expect(requested(after).dueAt).toBe(rules.dueAt('vn-ec-2025.07', 'implementation_plan', 'ministry', new Date('2025-07-10T03:00:00.000Z')).toISOString());

    // The old dossier's next step opens after the change, still under the old version's lengths.
    const id = '3f3c1a4e-0000-4000-8000-000000000001';
    await run(id, { type: 'ApproveReview', data: { dossierId: id, round: 1, step: 0 } }, reviewer, '2025-07-14T02:00:00.000Z');
    const now = new Date('2025-07-14T02:05:00.000Z');
    const advanced = await run(id, (state) => ({ type: 'AdvanceDossier', data: { dossierId: id, round: 1, afterStep: 0, dueAt: nextStepDue(state, { round: 1, afterStep: 0 }, now, rules) } }), systemActor('worker:advance'), now.toISOString());
    const next = advanced.events.find((event) => event.type === 'ReviewRequested')!.data as { ruleSetVersion: string; dueAt: string; level: string };
    expect(next.level).toBe('central_council');
    expect(next.ruleSetVersion).toBe('vn-ec-2024.07');
    // 15 working days under the 2024 rules; 10 under the 2025 ones.
    expect(next.dueAt).toBe(rules.dueAt('vn-ec-2024.07', 'implementation_plan', 'central_council', now).toISOString());
    expect(next.dueAt).not.toBe(rules.dueAt('vn-ec-2025.07', 'implementation_plan', 'central_council', now).toISOString());
  });
});
