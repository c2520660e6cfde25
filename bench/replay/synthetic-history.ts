import { randomUUID } from 'node:crypto';
import { DossierEvent, ImplementationPlanPayload, OrgEvent } from '@app/domain';
import { NewEvent } from '@app/event-store';

/** Events of one dossier's whole life, as the service records them. */
export const EVENTS_PER_DOSSIER = 11;

const MINISTRIES = 20;
const UNITS_PER_MINISTRY = 10;
const DAY_MS = 86_400_000;
const START = Date.parse('2027-01-04T02:00:00.000Z');

const admin = { userId: 'admin', role: 'admin' as const, orgId: 'central-council' };
const advance = { userId: 'worker:advance', role: 'system' as const };
const deadline = { userId: 'worker:deadline', role: 'system' as const };

function newEvent(event: DossierEvent | OrgEvent, actor: { userId: string; role: string; orgId?: string }): NewEvent {
  return { id: randomUUID(), type: event.type, data: event.data, metadata: { actor: actor.userId, role: actor.role, ...(actor.orgId ? { org: actor.orgId } : {}) } };
}

/** The Central Council, 20 ministries and 10 units under each, in one registry stream. */
export function organisationEvents(): NewEvent[] {
  const at = new Date(START).toISOString();
  const events: NewEvent[] = [
    newEvent({ type: 'OrgRegistered', data: { orgId: 'central-council', name: 'Hội đồng Thi đua – Khen thưởng Trung ương', level: 'central_council', by: admin, at } }, admin),
  ];
  for (let m = 0; m < MINISTRIES; m++) {
    events.push(newEvent({ type: 'OrgRegistered', data: { orgId: `ministry-${m}`, name: `Bộ ${m}`, level: 'ministry', parentId: 'central-council', by: admin, at } }, admin));
    for (let u = 0; u < UNITS_PER_MINISTRY; u++) {
      const orgId = `unit-${m}-${u}`;
      events.push(newEvent({ type: 'OrgRegistered', data: { orgId, name: `Đơn vị ${u} của Bộ ${m}`, level: 'unit', parentId: `ministry-${m}`, by: admin, at } }, admin));
    }
  }
  return events;
}

/**
 * A plan climbing unit → ministry → Central Council: submitted, reminded at the first step,
 * escalated at the second and decided there by the Council in the ministry's place, approved at
 * the top. It touches every read model (a dossier row, an escalation row) with every kind of write.
 */
export function dossierEvents(index: number): NewEvent[] {
  const dossierId = randomUUID();
  const m = index % MINISTRIES;
  const owner = `unit-${m}-${index % UNITS_PER_MINISTRY}`;
  const route = [
    { orgId: `unit-${m}-${(index + 1) % UNITS_PER_MINISTRY}`, level: 'unit' as const },
    { orgId: `ministry-${m}`, level: 'ministry' as const },
    { orgId: 'central-council', level: 'central_council' as const },
  ];
  const base = START + (index % 1000) * DAY_MS / 10;
  const at = (hours: number) => new Date(base + hours * 3_600_000).toISOString();
  const due = (days: number) => new Date(base + days * DAY_MS).toISOString();
  const submitter = { userId: `submitter.${owner}`, role: 'submitter' as const, orgId: owner };
  const reviewer = (orgId: string) => ({ userId: `reviewer.${orgId}`, role: 'reviewer' as const, orgId });
  const step = (n: number) => ({ dossierId, round: 1, step: n, reviewerOrgId: route[n].orgId });
  const requested = (n: number, hours: number, by: typeof submitter | typeof advance): DossierEvent => ({
    type: 'ReviewRequested',
    data: { ...step(n), level: route[n].level, dueAt: due(7 * (n + 1)), ruleSetVersion: 'vn-ec-2025.07', by, at: at(hours) },
  });
  const events: Array<[DossierEvent, { userId: string; role: string; orgId?: string }]> = [
    [{ type: 'DossierCreated', data: { dossierId, orgId: owner, kind: 'implementation_plan', payload: PLAN, by: submitter, at: at(0) } }, submitter],
    [{ type: 'DossierSubmitted', data: { dossierId, round: 1, route, authorityLevels: ['central_council'], ruleSetVersion: 'vn-ec-2025.07', by: submitter, at: at(1) } }, submitter],
    [requested(0, 1, submitter), submitter],
    [{ type: 'ReviewReminderSent', data: { ...step(0), dueAt: due(7), by: deadline, at: at(100) } }, deadline],
    [{ type: 'ReviewApproved', data: { ...step(0), comment: 'Đạt yêu cầu', by: reviewer(route[0].orgId), at: at(120) } }, reviewer(route[0].orgId)],
    [requested(1, 121, advance), advance],
    [{ type: 'ReviewEscalated', data: { ...step(1), attempt: 1, fromOrgId: route[1].orgId, toOrgId: 'central-council', dueAt: due(14), by: deadline, at: at(340) } }, deadline],
    [{ type: 'ReviewApproved', data: { ...step(1), actingFor: route[1].orgId, by: reviewer('central-council'), at: at(360) } }, reviewer('central-council')],
    [requested(2, 361, advance), advance],
    [{ type: 'ReviewApproved', data: { ...step(2), by: reviewer('central-council'), at: at(500) } }, reviewer('central-council')],
    [{ type: 'DossierApproved', data: { dossierId, round: 1, authorityOrgId: 'central-council', authorityLevel: 'central_council', by: advance, at: at(501) } }, advance],
  ];
  return events.map(([event, actor]) => newEvent(event, actor));
}

const PLAN: ImplementationPlanPayload = {
  title: 'Kế hoạch thực hiện phong trào thi đua đổi mới sáng tạo, chuyển đổi số',
  implementsRef: '4030/KH-BVHTTDL',
  contents: [{ id: 'c1', title: 'Số hóa hồ sơ', nationalContent: 3 }],
  criteria: [{ id: 'k1', contentId: 'c1', metric: 'Hồ sơ xử lý trên môi trường số', unit: 'percent', comparator: 'gte', target: 100, dueDate: '2027-12-31' }],
};
