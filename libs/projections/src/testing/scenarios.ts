import { NOMINATION, PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { ReadModelWorld } from './read-model-world';

/**
 * A busy history: the standard hierarchy, then `rounds` times a plan approved through its three
 * steps, a plan returned and resubmitted, a report rejected, a nomination withdrawn and a draft;
 * then a rename and a move. Every dossier's id carries `prefix` and the round.
 */
export async function playBusyHistory(world: ReadModelWorld, rounds: number, prefix = 'd'): Promise<void> {
  const d = world.dossiers;
  for (let round = 0; round < rounds; round++) {
    const id = (name: string) => `${prefix}-${round}-${name}`;
    await d.create(id('approved'), 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
    await d.submit(id('approved'));
    await d.create(id('returned'), 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
    await d.submit(id('returned'));
    for (let step = 0; step < 3; step++) await d.approveAndAdvance(id('approved'));
    await d.returnForRevision(id('returned'), 'Criteria lack targets');
    await d.edit(id('returned'), { ...PLAN, title: `Revised plan ${round}` });
    await d.submit(id('returned'));
    await d.create(id('rejected'), 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
    await d.submit(id('rejected'));
    await d.reject(id('rejected'), 'Figures do not match the plan');
    await d.create(id('withdrawn'), 'moc-dept-office', { kind: 'award_nomination', payload: NOMINATION });
    await d.submit(id('withdrawn'));
    await d.withdraw(id('withdrawn'), 'Nominee moved away');
    await d.create(id('draft'), 'camau-justice', { kind: 'yearly_report', payload: YEARLY_REPORT });
  }
  await world.orgs.rename('moc-dept', `Department of Digital Affairs (${prefix})`);
}
