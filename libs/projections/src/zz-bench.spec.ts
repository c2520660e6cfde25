import { randomUUID } from 'node:crypto';
import { authorityPolicyFromTable, computeRoute, Dossier, DossierCommand, dossierDecider, DossierEvent, Actor, systemActor } from '@app/domain';
import { AUTHORITY_TABLE, PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { reviewer, submitter } from '@app/domain/testing/fixtures/actors.fixture';
import { ReadModelWorld } from './testing/read-model-world';

const authority = authorityPolicyFromTable(AUTHORITY_TABLE);
const N = Number(process.env.BENCH_DOSSIERS ?? 20000);

function history(id: string, i: number, tree: ReadModelWorld['orgs']['tree']): DossierEvent[] {
  let state: Dossier = dossierDecider.initialState();
  const events: DossierEvent[] = [];
  let t = Date.parse('2025-06-02T02:00:00Z') + i * 1000;
  const run = (command: DossierCommand, actor: Actor) => {
    t += 3600_000;
    const out = dossierDecider.decide(command, state, { now: new Date(t), actor, authority });
    for (const e of out) state = dossierDecider.evolve(state, e);
    events.push(...out);
  };
  const due = () => new Date(t + 5 * 86400_000).toISOString();
  const owner = i % 2 === 0 ? 'moc-dept-office' : 'camau-justice';
  run({ type: 'CreateDossier', data: { dossierId: id, orgId: owner, ...(i % 2 === 0 ? { kind: 'implementation_plan', payload: PLAN } : { kind: 'yearly_report', payload: YEARLY_REPORT }) } } as DossierCommand, submitter(owner));
  if (state.status === 'empty') throw new Error();
  const route = computeRoute(tree, owner, authority(state.content));
  run({ type: 'SubmitDossier', data: { dossierId: id, route, firstDueAt: due(), ruleSetVersion: 'r' } }, submitter(owner));
  for (let step = 0; step < route.length; step++) {
    run({ type: 'ApproveReview', data: { dossierId: id, round: 1, step } }, reviewer(route[step].orgId));
    run({ type: 'AdvanceDossier', data: { dossierId: id, round: 1, afterStep: step, dueAt: due() } }, systemActor('worker:advance'));
  }
  return events;
}

it('rebuild throughput', async () => {
  const world = await ReadModelWorld.open('pj_bench');
  try {
    await world.orgs.registerStandardHierarchy();
    let total = 0;
    const t0 = Date.now();
    for (let start = 0; start < N; start += 16) {
      await Promise.all(
        Array.from({ length: Math.min(16, N - start) }, async (_, k) => {
          const i = start + k;
          const events = history(`b-${i}`, i, world.orgs.tree);
          total += events.length;
          await world.store.append(`dossier-b-${i}`, events.map((e) => ({ id: randomUUID(), ...e })), 'no_stream');
        }),
      );
    }
    console.log(`seeded ${total} events for ${N} dossiers in ${Date.now() - t0} ms`);
    const events = Number((await world.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);

    let t = Date.now();
    let read = 0;
    let from = 0;
    for (;;) {
      const page = await world.store.readAll({ fromPosition: from, limit: 5000 });
      read += page.length;
      if (page.length < 5000) break;
      from = page[page.length - 1].position + 1;
    }
    const readMs = Date.now() - t;
    console.log(`readAll alone: ${read} events in ${readMs} ms = ${Math.round(read / (readMs / 1000))} ev/s`);

    for (const batchSize of (process.env.BENCH_BATCHES ?? '1000,2000,5000').split(',').map(Number)) {
      const runner = world.readModels(batchSize);
      await runner.rebuild();
      t = Date.now();
      await runner.start();
      await world.settle(runner);
      const ms = Date.now() - t;
      console.log(`rebuild batch ${batchSize}: ${events} events in ${ms} ms = ${Math.round(events / (ms / 1000))} ev/s`);
      await runner.stop();
    }
  } finally {
    console.log('schema', world.schema.schema);
    if (process.env.BENCH_KEEP) await world.store.close(); else await world.close();
  }
}, 600_000);
