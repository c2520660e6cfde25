import { randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { canonicalJson } from '@app/event-store';
const data = { dossierId: randomUUID(), orgId: 'dept-heritage', round: 1, step: 3, reviewerOrgId: 'ministry-culture', by: { userId: 'minh', role: 'reviewer', orgId: 'ministry-culture' }, at: new Date().toISOString(), comment: 'Approved: the plan covers all seven contents and the budget is itemised.' };
const metadata = { actor: 'minh', role: 'reviewer', org: 'ministry-culture', correlationId: randomUUID(), commandId: randomUUID() };
const whole = JSON.parse(JSON.stringify({ data, id: randomUUID(), metadata, recordedAt: new Date().toISOString(), schemaVersion: 1, stream: 'dossier-' + randomUUID(), type: 'ReviewApproved' }));
const N = 300000;
function time(label: string, f: () => unknown) { const s = process.hrtime.bigint(); for (let i = 0; i < N; i++) f(); console.log(label.padEnd(30), (Number(process.hrtime.bigint() - s) / 1e3 / N).toFixed(2), 'µs'); }
for (let r = 0; r < 3; r++) { time('canonicalize', () => canonicalize(whole)); time('canonicalJson', () => canonicalJson(whole)); }
