import { ActedBy } from '../../actors/actor';
import { NATIONAL_CONTENTS_1_TO_7, NATIONAL_PHASES, nationalMovement } from '../national-movement';
import { MovementDefinition } from '../movement.definition';
import { MovementLaunched } from '../movement.events';

const by = (orgId: string): ActedBy => ({ userId: `reviewer@${orgId}`, role: 'reviewer', orgId });
export const LAUNCHED_AT = '2025-03-10T02:00:00.000Z';

const { data: national } = nationalMovement('central');
export const NATIONAL: MovementDefinition = { ...national, phases: NATIONAL_PHASES, windows: national.windows ?? [] };

/**
 * The culture ministry's plan 4030/KH-BVHTTDL (12 Aug 2025): five contents, its units' plans due
 * in Q3 2025. The content titles are shortened here and their mapping onto the national contents
 * is illustrative.
 */
export const MOC: MovementDefinition = {
  movementId: 'moc-2025',
  orgId: 'moc',
  name: 'The culture, sports and tourism sector competes in innovation and digital transformation, and in digital literacy for all',
  ref: '4030/KH-BVHTTDL',
  implementsRef: '57-NQ/TW',
  parentMovementId: 'national',
  period: { from: '2025-08-12', to: '2030-12-31' },
  phases: NATIONAL_PHASES,
  contents: [
    { number: 1, title: 'Awareness and digital ways of leading the sector', adapts: [1] },
    { number: 2, title: 'Digital infrastructure and data of culture, sports and tourism', adapts: [2, 3] },
    { number: 3, title: 'Digital economy in culture, sports and tourism', adapts: [4] },
    { number: 4, title: 'Digital literacy for all in the sector', adapts: [5] },
    { number: 5, title: 'Security and international cooperation', adapts: [6, 7] },
  ],
  windows: [{ windowId: 'unit-plans-2025-q3', kind: 'implementation_plan', appliesTo: { levels: ['unit'] }, dueOn: '2025-09-30' }],
};

/** The justice sector's movement, implementing Government Resolution 71/NQ-CP (1 Apr 2025), itself implementing 57-NQ/TW. */
export const MOJ: MovementDefinition = {
  movementId: 'moj-2025',
  orgId: 'moj',
  name: 'The justice sector competes in innovation and digital transformation',
  implementsRef: '71/NQ-CP',
  parentMovementId: 'national',
  period: { from: '2025-04-01', to: '2030-12-31' },
  phases: NATIONAL_PHASES,
  contents: NATIONAL_CONTENTS_1_TO_7.map((content) => ({ ...content, adapts: [content.number] })),
  windows: [{ windowId: 'dept-plans-2025', kind: 'implementation_plan', appliesTo: { orgIds: ['camau-justice'] }, dueOn: '2025-12-31' }],
};

/** Ca Mau Department of Justice, plan 79/KH-STP (31 Dec 2025): four contents (shortened titles, illustrative mapping). */
export const CAMAU_JUSTICE: MovementDefinition = {
  movementId: 'camau-justice-2026',
  orgId: 'camau-justice',
  name: 'Ca Mau justice competes in innovation and digital transformation',
  ref: '79/KH-STP',
  implementsRef: 'moj-2025',
  parentMovementId: 'moj-2025',
  period: { from: '2025-12-31', to: '2030-12-31' },
  phases: NATIONAL_PHASES,
  contents: [
    { number: 1, title: 'Awareness and digital working methods in the department', adapts: [1] },
    { number: 2, title: 'Digital public services for justice and civil status', adapts: [2, 3] },
    { number: 3, title: 'Digital legal dissemination and skills', adapts: [5] },
    { number: 4, title: 'Information security of justice data', adapts: [6] },
  ],
  windows: [],
};

export function launched(definition: MovementDefinition, at = LAUNCHED_AT): MovementLaunched {
  return { type: 'MovementLaunched', data: { ...definition, by: by(definition.orgId), at } };
}
