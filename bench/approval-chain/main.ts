import { EVENT_STORE, EventStore, RecordedEvent } from '@app/event-store';
import { call, startBenchApp } from '../support/bench-app';
import { peakRssMiB, percentile, row } from '../support/figures';

/**
 * The approval chain end to end, through HTTP, PostgreSQL, the dispatcher, Redis and the advance
 * worker, all in one process as `npm start` runs them. Prints figures; asserts nothing.
 *
 * 1. Latency: approvals sent at a steady RATE per second; for each, the time from the approve
 *    request returning to the next step's ReviewRequested being appended (by the advance worker).
 *    A submission opens its first step in the same append, so the worker's hop follows an approval.
 * 2. Throughput: DOSSIERS plans, each with a 3-step route, approved step by step as fast as the
 *    steps open; completed dossiers per second.
 */
const RATE = Number(process.env.BENCH_RATE ?? 200);
const LATENCY_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1000);

const plan = {
  title: 'Implementation plan',
  implementsRef: '57-NQ/TW',
  contents: [{ id: 'c1', title: 'Digital transformation of agencies', nationalContent: 3 }],
  criteria: [{ id: 'k1', contentId: 'c1', metric: 'Documents processed digitally', unit: 'percent', comparator: 'gte', target: 100, dueDate: '2025-12-31' }],
};

async function main(): Promise<void> {
  const bench = await startBenchApp();
  const store = bench.app.get<EventStore>(EVENT_STORE);
  const admin = await bench.token('admin', 'central', 'admin');
  const orgs = [
    { orgId: 'central', name: 'Central Council', level: 'central_council' },
    { orgId: 'ministry', name: 'Ministry', level: 'ministry', parentId: 'central' },
    { orgId: 'department', name: 'Department', level: 'unit', parentId: 'ministry' },
    { orgId: 'office', name: 'Office', level: 'unit', parentId: 'department' },
  ];
  for (const org of orgs) await call(bench.baseUrl, 'POST', '/organisations', admin, org);
  const submitter = await bench.token('clerk', 'office', 'submitter');
  const reviewers: Record<string, string> = {
    department: await bench.token('r1', 'department', 'reviewer'),
    ministry: await bench.token('r2', 'ministry', 'reviewer'),
    central: await bench.token('r3', 'central', 'reviewer'),
  };

  // Every ReviewRequested and DossierApproved, as it is appended, wakes whoever waits for it.
  const waiting = new Map<string, (event: RecordedEvent) => void>();
  const subscription = store.subscribeToAll({
    fromPosition: (await store.headPosition()) + 1,
    onEvents: async (events) => {
      for (const event of events) {
        const data = event.data as { dossierId: string; step?: number };
        if (event.type === 'ReviewRequested') waiting.get(`${data.dossierId}/${data.step}`)?.(event);
        if (event.type === 'DossierApproved') waiting.get(`${data.dossierId}/done`)?.(event);
      }
    },
  });
  const next = (key: string) => new Promise<RecordedEvent>((resolve) => waiting.set(key, resolve));

  async function submitted(): Promise<{ id: string; route: string[] }> {
    const { dossierId } = await call(bench.baseUrl, 'POST', '/dossiers', submitter, { kind: 'implementation_plan', payload: plan });
    const opened = next(`${dossierId}/0`);
    await call(bench.baseUrl, 'POST', `/dossiers/${dossierId}/submit`, submitter, {});
    await opened;
    return { id: dossierId, route: ['department', 'ministry', 'central'] };
  }

  console.log(`approval chain benchmark: ${RATE} approvals/s for ${LATENCY_SECONDS} s, then ${DOSSIERS} dossiers of 3 steps`);
  const total = RATE * LATENCY_SECONDS;
  const prepared = [];
  for (let i = 0; i < total; i++) prepared.push(await submitted());

  const latencies: number[] = [];
  const started = Date.now();
  await Promise.all(
    prepared.map(async ({ id }, i) => {
      await new Promise((resolve) => setTimeout(resolve, started + (i * 1000) / RATE - Date.now()));
      const opened = next(`${id}/1`);
      await call(bench.baseUrl, 'POST', `/dossiers/${id}/approve`, reviewers.department, { round: 1, step: 0 });
      const returned = Date.now();
      const event = await opened;
      latencies.push(event.recordedAt.getTime() - returned);
    }),
  );
  const sent = (total * 1000) / (Date.now() - started);
  latencies.sort((a, b) => a - b);
  row(`approvals sent (target ${RATE}/s)`, sent, '/s');
  row('approve returned → next ReviewRequested appended, p50', percentile(latencies, 50), 'ms');
  row('approve returned → next ReviewRequested appended, p99', percentile(latencies, 99), 'ms');
  row('approve returned → next ReviewRequested appended, max', latencies[latencies.length - 1], 'ms');

  const dossiers = [];
  for (let i = 0; i < DOSSIERS; i++) dossiers.push(await submitted());
  const throughputStarted = Date.now();
  await Promise.all(
    dossiers.map(async ({ id, route }) => {
      for (let step = 0; step < route.length; step++) {
        const opened = step + 1 < route.length ? next(`${id}/${step + 1}`) : next(`${id}/done`);
        await call(bench.baseUrl, 'POST', `/dossiers/${id}/approve`, reviewers[route[step]], { round: 1, step });
        await opened;
      }
    }),
  );
  row('completed 3-step dossiers', (DOSSIERS * 1000) / (Date.now() - throughputStarted), 'dossiers/s');
  row('peak RSS (API, workers and benchmark in one process)', peakRssMiB(), 'MiB');

  await subscription.stop();
  await bench.close();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
