/** Realistic dossier contents, after the culture ministry's plan 4030/KH-BVHTTDL. */
export const implementationPlan = {
  title: 'Plan implementing the movement "The whole country competes in innovation and digital transformation"',
  implementsRef: '4030/KH-BVHTTDL',
  contents: [
    { id: 'c1', title: 'Digital transformation of heritage records', nationalContent: 3 },
    { id: 'c2', title: 'Digital literacy for all staff', nationalContent: 5 },
  ],
  criteria: [
    { id: 'k1', contentId: 'c1', metric: 'Documents processed digitally', unit: 'percent', comparator: 'gte', target: 100, dueDate: '2025-12-31' },
    { id: 'k2', contentId: 'c2', metric: 'Staff trained in digital skills', unit: 'count', comparator: 'gte', target: 120, dueDate: '2026-06-30' },
  ],
};

export function awardNomination(awardForm: string) {
  return {
    awardForm,
    nominee: { kind: 'collective', name: 'Department of Cultural Heritage' },
    achievement: 'All heritage records digitised and published as open data in 2025.',
    year: 2025,
  };
}
