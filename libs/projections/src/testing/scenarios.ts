import { NOMINATION, PLAN, YEARLY_REPORT } from '@app/domain/testing/fixtures/payloads.fixture';
import { NEW_RULES } from './deadline-rules';
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

/**
 * Deadlines at work, so every read model has rows (escalations included): a report reminded and
 * escalated twice, a plan put on hold and released, and a plan moved to the newer rule set.
 */
export async function playDeadlines(world: ReadModelWorld, prefix = 'dl'): Promise<void> {
  const d = world.dossiers;
  const id = (name: string) => `${prefix}-${name}`;
  await d.create(id('escalated'), 'moc-dept-office', { kind: 'yearly_report', payload: YEARLY_REPORT });
  await d.submit(id('escalated'));
  await d.fireDeadline(id('escalated'), 'remind');
  await d.fireDeadline(id('escalated'), 'escalate');
  await d.fireDeadline(id('escalated'), 'escalate');
  await d.create(id('held'), 'camau-justice', { kind: 'implementation_plan', payload: PLAN });
  await d.submit(id('held'));
  await d.hold(id('held'), 'investigation', 'Inspection under way');
  await d.release(id('held'));
  await d.create(id('migrated'), 'moc-dept-office', { kind: 'implementation_plan', payload: PLAN });
  await d.submit(id('migrated'));
  await d.migrate(id('migrated'), NEW_RULES, 7);
}
