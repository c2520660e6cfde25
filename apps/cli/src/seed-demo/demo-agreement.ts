import { AgreementCommand, AgreementTarget } from '@app/domain';
import { runAgreementCommand } from '@app/workflow';
import { reviewerOf, submitterOf } from './demo-actors';
import { HANOI_AGENCIES } from './demo-organisations';
import { demoCommandId, DemoWorld, onDay } from './demo-world';

const shared = (targetId: string, metric: string, target: number, nationalContent: AgreementTarget['nationalContent']): AgreementTarget => ({
  targetId,
  metric,
  unit: 'percent',
  comparator: 'gte',
  target,
  dueDate: '2025-12-31',
  ...(nationalContent ? { nationalContent } : {}),
});

/** The four city agencies' joint agreement of 3 March 2025, for 3 March – 31 December 2025. */
const HANOI_AGREEMENT = {
  agreementId: 'hanoi-2025',
  title: 'Joint emulation agreement on innovation and digital transformation, Hanoi 2025',
  proposerOrgId: 'hanoi-science',
  signatories: [...HANOI_AGENCIES],
  period: { from: '2025-03-03', to: '2025-12-31' },
  targets: [
    shared('online-users', 'Users of online public services', 100, 3),
    shared('cashless', 'Cashless payments in online public services', 100, 3),
    shared('procedures-digital', 'Eligible administrative procedures handled on digital platforms', 100, 3),
    shared('digital-signatures', 'Leaders and officials handling work files online with digital signatures', 100, 1),
    shared('work-plan', '2025 work plan integrating innovation content', 100, 1),
    shared('documents-digital', 'Documents processed digitally', 100, 3),
    shared('satisfaction', 'Citizen and business satisfaction', 95, 3),
    { ...shared('grdp', 'Digital economy share of GRDP', 35, 4), dueDate: '2030-12-31', signatoryOrgId: 'hanoi-finance' },
  ],
};

async function run(world: DemoWorld, command: AgreementCommand, orgId: string, label: string): Promise<void> {
  // Drawn up by the proposer's staff; each signature is given by a reviewer, who speaks for the organisation.
  const actor = command.type === 'ProposeAgreement' ? submitterOf(orgId) : reviewerOf(orgId);
  await runAgreementCommand(world.store, world.orgTree, { command, actor, commandId: demoCommandId(`agreement/${label}`), now: onDay('2025-03-03') });
}

/** Proposed by the science department and signed by all four the same day: in force. */
export async function seedAgreement(world: DemoWorld): Promise<void> {
  await run(world, { type: 'ProposeAgreement', data: HANOI_AGREEMENT }, HANOI_AGREEMENT.proposerOrgId, 'propose');
  for (const orgId of HANOI_AGENCIES) {
    await run(world, { type: 'SignAgreement', data: { agreementId: HANOI_AGREEMENT.agreementId, orgId } }, orgId, `sign/${orgId}`);
  }
}
