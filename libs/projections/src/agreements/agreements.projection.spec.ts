import { AgreementEvent } from '@app/domain';
import { foldedRows } from '../testing/expected-rows';
import { asRecorded } from '../testing/recorded-events';
import { agreementRows } from './agreements.projection';

const AGENCIES = ['hanoi-a', 'hanoi-b', 'hanoi-c', 'hanoi-d'];
const by = (orgId: string) => ({ userId: `reviewer@${orgId}`, role: 'reviewer' as const, orgId });
const at = (minute: number) => new Date(Date.UTC(2025, 2, 3, 3, minute)).toISOString();
const target = { targetId: 'satisfaction', metric: 'Citizen and business satisfaction', unit: 'percent' as const, comparator: 'gte' as const, target: 95, dueDate: '2025-12-31' };
const proposed = (agreementId: string): AgreementEvent => ({
  type: 'AgreementProposed',
  data: { agreementId, title: 'Joint emulation agreement, Hanoi 2025', proposerOrgId: 'hanoi-a', signatories: AGENCIES, period: { from: '2025-03-03', to: '2025-12-31' }, targets: [target], by: by('hanoi-a'), at: at(0) },
});
const signed = (agreementId: string, orgId: string, minute: number): AgreementEvent => ({ type: 'AgreementSigned', data: { agreementId, orgId, by: by(orgId), at: at(minute) } });

const EVENTS: AgreementEvent[] = [
  proposed('hanoi-2025'),
  ...AGENCIES.map((orgId, i) => signed('hanoi-2025', orgId, i + 1)),
  { type: 'AgreementInForce', data: { agreementId: 'hanoi-2025', signatories: AGENCIES, by: by('hanoi-d'), at: at(4) } },
  proposed('hanoi-2025-draft'),
  signed('hanoi-2025-draft', 'hanoi-a', 5),
  { type: 'AgreementCancelled', data: { agreementId: 'hanoi-2025-draft', orgId: 'hanoi-b', reason: 'Replaced by hanoi-2025', by: by('hanoi-b'), at: at(6) } },
  // Never written by the decider: a signature after the cancellation changes nothing.
  signed('hanoi-2025-draft', 'hanoi-c', 7),
];

describe('agreements read model', () => {
  const rows = foldedRows(agreementRows, asRecorded(EVENTS.map((event) => ({ stream: `agreement-${event.data.agreementId}`, ...event }))));

  it('shows an agreement in force once every signatory has signed, with when each did', () => {
    expect(rows[0]).toMatchObject({ agreementId: 'hanoi-2025', status: 'in_force', inForceAt: at(4), signatories: AGENCIES, targets: [target], revision: 5 });
    expect(Object.keys(rows[0].signatures)).toEqual(AGENCIES);
  });

  it('shows who called an agreement off and why, and ignores what came after', () => {
    expect(rows[1]).toMatchObject({ status: 'cancelled', cancelledBy: 'hanoi-b', cancelReason: 'Replaced by hanoi-2025', signatures: { 'hanoi-a': at(5) }, revision: 2 });
  });
});
