import { LaunchMovement } from './movement.commands';
import { MovementContent, MovementPhase } from './movement.definition';

/** Phase 1 ends with the preliminary summary in 2027; phase 2 with the final summary in 2030. */
export const NATIONAL_PHASES: MovementPhase[] = [
  { number: 1, firstYear: 2025, lastYear: 2027, summary: 'preliminary_summary', summaryYear: 2027 },
  { number: 2, firstYear: 2027, lastYear: 2030, summary: 'final_summary', summaryYear: 2030 },
];

/** The seven competition contents of the national movement. */
export const NATIONAL_CONTENTS_1_TO_7: MovementContent[] = [
  'Awareness and breakthroughs in thinking, leadership and management methods and operating models, ' +
    'from the traditional to the digital space based on digital data',
  'Infrastructure for science, technology, innovation and digital transformation: ' +
    'modern, synchronised, secure, safe, efficient, without waste',
  'Digital transformation of agencies: digital government, administrative procedure reform, ' +
    'state management in the digital environment, connected agencies, digital data used well',
  'Digital economy: digital-technology enterprises, science-and-technology enterprises, creative start-ups, innovation in enterprises',
  'Digital society: education and training, high-quality human resources, digital literacy for all',
  'National defence and security, cyber security, sovereignty on digital platforms and in cyberspace',
  'International cooperation in AI, biotechnology, quantum, semiconductors, nuclear energy and other strategic technologies',
].map((title, i) => ({ number: i + 1, title, adapts: [] }));

/**
 * The national movement "The whole country competes in innovation and digital transformation",
 * implementing Politburo Resolution 57-NQ/TW (22 Dec 2024), launched by the Central Emulation and
 * Reward Council (`orgId` is the council's id in this installation). Ministries, branches and
 * provinces issue their plans by the end of Q2 2025; a ministry sets its own units' window in its
 * own movement (the culture ministry: Q3 2025).
 */
export function nationalMovement(centralCouncilOrgId: string, movementId = 'national'): LaunchMovement {
  return {
    type: 'LaunchMovement',
    data: {
      movementId,
      orgId: centralCouncilOrgId,
      name: 'The whole country competes in innovation and digital transformation',
      implementsRef: '57-NQ/TW',
      period: { from: '2025-01-01', to: '2030-12-31' },
      phases: NATIONAL_PHASES,
      contents: NATIONAL_CONTENTS_1_TO_7,
      windows: [
        { windowId: 'plans-2025-q2', kind: 'implementation_plan', appliesTo: { levels: ['ministry', 'province'] }, dueOn: '2025-06-30' },
      ],
    },
  };
}
