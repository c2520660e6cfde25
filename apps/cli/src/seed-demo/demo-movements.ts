import { LaunchMovement, MovementContent, nationalMovement } from '@app/domain';
import { runMovementCommand } from '@app/workflow';
import { reviewerOf } from './demo-actors';
import { CENTRAL_COUNCIL } from './demo-organisations';
import { demoCommandId, DemoWorld, onDay } from './demo-world';

const contents = (titles: readonly [string, number[]][]): MovementContent[] =>
  titles.map(([title, adapts], i) => ({ number: i + 1, title, adapts }));

/** The culture ministry's movement: five contents covering the seven national ones, its units' plans due in Q3 2025. */
const mcstMovement: LaunchMovement = {
  type: 'LaunchMovement',
  data: {
    movementId: 'mcst-movement',
    orgId: 'mcst',
    parentMovementId: 'national',
    name: 'The culture, sports and tourism sector competes in innovation and digital transformation',
    ref: '4030/KH-BVHTTDL',
    implementsRef: '57-NQ/TW',
    period: { from: '2025-08-12', to: '2030-12-31' },
    contents: contents([
      ['Digital ways of thinking and working across the sector', [1]],
      ['Digital infrastructure and the security of the sector’s systems', [2, 6]],
      ['Digital transformation of the ministry and its agencies', [3]],
      ['Digital cultural industries, smart tourism and international cooperation', [4, 7]],
      ['Digital literacy for all', [5]],
    ]),
    windows: [{ windowId: 'unit-plans-2025-q3', kind: 'implementation_plan', appliesTo: { levels: ['unit'] }, dueOn: '2025-09-30' }],
  },
};

/** The justice sector's movement (implementing Resolution 71/NQ-CP), binding the provincial justice departments by name. */
const justiceMovement: LaunchMovement = {
  type: 'LaunchMovement',
  data: {
    movementId: 'justice-movement',
    orgId: 'moj',
    parentMovementId: 'national',
    name: 'The justice sector competes in innovation and digital transformation',
    ref: '1150/KH-BTP',
    implementsRef: '71/NQ-CP',
    period: { from: '2025-04-15', to: '2030-12-31' },
    contents: contents([
      ['Digital awareness in judicial work', [1]],
      ['Digital judicial administration', [3]],
      ['Legal dissemination for a digital society', [5]],
      ['Security of judicial data', [6]],
    ]),
    windows: [{ windowId: 'justice-departments-2025', kind: 'implementation_plan', appliesTo: { orgIds: ['ca-mau-justice', 'hanoi-justice'] }, dueOn: '2025-12-31' }],
  },
};

async function launch(world: DemoWorld, command: LaunchMovement, day: string): Promise<void> {
  await runMovementCommand(world, {
    command,
    actor: reviewerOf(command.data.orgId),
    commandId: demoCommandId(`movement/${command.data.movementId}`),
    now: onDay(day),
  });
}

/** The national movement and two that implement it. */
export async function seedMovements(world: DemoWorld): Promise<void> {
  await launch(world, nationalMovement(CENTRAL_COUNCIL), '2025-03-10');
  await launch(world, justiceMovement, '2025-04-15');
  await launch(world, mcstMovement, '2025-08-12');
}
