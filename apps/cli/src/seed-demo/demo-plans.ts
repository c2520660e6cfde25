import { Criterion, DossierContent, ImplementationPlanPayload, PlanContent } from '@app/domain';

/**
 * The implementation plans of the demo. Criteria that cascade keep their ids from the plan above,
 * so a summary finds every lower organisation's value for them.
 */
const criterion = (id: string, contentId: string, metric: string, unit: Criterion['unit'], target: number, dueDate: string): Criterion => ({
  id,
  contentId,
  metric,
  unit,
  comparator: 'gte',
  target,
  dueDate,
});

const plan = (payload: ImplementationPlanPayload): DossierContent => ({ kind: 'implementation_plan', payload });

/** Plan 4030/KH-BVHTTDL (12 Aug 2025): five contents covering the seven national ones. */
export const MCST_CONTENTS: PlanContent[] = [
  { id: 'c1', title: 'Digital ways of thinking and working across the culture sector', nationalContent: 1, movementContents: [1] },
  { id: 'c2', title: 'Digital infrastructure for culture, sports and tourism', nationalContent: 2, movementContents: [2] },
  { id: 'c3', title: 'Digital transformation of the ministry and its agencies', nationalContent: 3, movementContents: [3] },
  { id: 'c4', title: 'Digital cultural industries and smart tourism', nationalContent: 4, movementContents: [4] },
  { id: 'c5', title: 'Digital literacy for all in libraries and cultural houses', nationalContent: 5, movementContents: [5] },
];

export const MCST_CRITERIA: Criterion[] = [
  criterion('k1', 'c3', 'Documents processed digitally', 'percent', 100, '2025-12-31'),
  criterion('k2', 'c3', 'Eligible public services offered fully online', 'percent', 80, '2026-12-31'),
  criterion('k3', 'c5', 'People trained in basic digital skills at public libraries', 'count', 5000, '2027-12-31'),
  criterion('k4', 'c2', 'Heritage sites and museums digitised', 'count', 40, '2027-12-31'),
  criterion('k5', 'c1', 'Staff who completed digital transformation training', 'percent', 90, '2026-06-30'),
];

export const mcstPlan = (): DossierContent =>
  plan({
    title: 'Plan implementing the movement "The whole country competes in innovation and digital transformation" in the culture sector',
    ref: '4030/KH-BVHTTDL',
    implementsRef: '57-NQ/TW',
    movementId: 'national',
    contents: MCST_CONTENTS,
    criteria: MCST_CRITERIA,
  });

/** The justice ministry's first draft: three of the national contents, sent back for a missing criterion. */
export const mojPlan = (): DossierContent =>
  plan({
    title: 'Ministry of Justice: plan implementing Resolution 57-NQ/TW in the justice sector',
    ref: '1150/KH-BTP',
    implementsRef: '57-NQ/TW',
    movementId: 'national',
    contents: MCST_CONTENTS.slice(0, 3).map((content) => ({ ...content, title: content.title.replace('culture, sports and tourism', 'justice') })),
    criteria: MCST_CRITERIA.filter((c) => ['c1', 'c2', 'c3'].includes(c.contentId)),
  });

/** A department's own plan under the ministry's: the ministry's criteria it takes part in, same ids. */
export const mcstDepartmentPlan = (name: string, ref: string, criteriaIds: readonly string[]): DossierContent => {
  const criteria = MCST_CRITERIA.filter((c) => criteriaIds.includes(c.id));
  const contentIds = new Set(criteria.map((c) => c.contentId));
  return plan({
    title: `${name}: plan implementing plan 4030/KH-BVHTTDL`,
    ref,
    implementsRef: '4030/KH-BVHTTDL',
    movementId: 'mcst-movement',
    parentPlanRef: '4030/KH-BVHTTDL',
    contents: MCST_CONTENTS.filter((c) => contentIds.has(c.id)),
    criteria,
  });
};

/** Plan 79/KH-STP (31 Dec 2025): four contents implementing the justice sector's movement. */
export const caMauJusticePlan = (): DossierContent =>
  plan({
    title: 'Ca Mau Department of Justice: plan implementing the justice sector movement on innovation and digital transformation',
    ref: '79/KH-STP',
    implementsRef: '71/NQ-CP',
    movementId: 'justice-movement',
    contents: [
      { id: 'j1', title: 'Digital awareness and ways of working in judicial work', nationalContent: 1, movementContents: [1] },
      { id: 'j2', title: 'Civil status and judicial records on digital platforms', nationalContent: 3, movementContents: [2] },
      { id: 'j3', title: 'Legal dissemination on digital platforms', nationalContent: 5, movementContents: [3] },
      { id: 'j4', title: 'Security of judicial data', nationalContent: 6, movementContents: [4] },
    ],
    criteria: [
      criterion('j-k1', 'j2', 'Civil status records issued online', 'percent', 70, '2026-12-31'),
      criterion('j-k2', 'j2', 'Judicial record certificates issued online', 'percent', 60, '2026-12-31'),
      criterion('j-k3', 'j3', 'Legal dissemination sessions held online', 'count', 120, '2027-12-31'),
      criterion('j-k4', 'j4', 'Information systems with an approved security level', 'percent', 100, '2026-06-30'),
    ],
  });

/** The city's plan and the criteria its agencies report on (the targets of their joint agreement). */
export const HANOI_CRITERIA: Criterion[] = [
  criterion('h1', 'h-c3', 'Users of online public services', 'percent', 100, '2030-12-31'),
  criterion('h2', 'h-c3', 'Cashless payments in online public services', 'percent', 100, '2030-12-31'),
  criterion('h3', 'h-c3', 'Documents processed digitally', 'percent', 100, '2025-12-31'),
  criterion('h4', 'h-c4', 'Digital economy share of GRDP', 'percent', 35, '2030-12-31'),
  criterion('h5', 'h-c3', 'Citizen and business satisfaction', 'percent', 95, '2030-12-31'),
];

const HANOI_CONTENTS: PlanContent[] = [
  { id: 'h-c3', title: 'Digital government of the capital', nationalContent: 3, movementContents: [3] },
  { id: 'h-c4', title: 'Digital economy of the capital', nationalContent: 4, movementContents: [4] },
];

export const hanoiPlan = (): DossierContent =>
  plan({
    title: 'Hanoi: plan implementing the movement on innovation and digital transformation',
    ref: '112/KH-UBND',
    implementsRef: '57-NQ/TW',
    movementId: 'national',
    contents: HANOI_CONTENTS,
    criteria: HANOI_CRITERIA,
  });

export const hanoiAgencyPlan = (name: string, ref: string): DossierContent =>
  plan({
    title: `${name}: plan implementing plan 112/KH-UBND`,
    ref,
    implementsRef: '112/KH-UBND',
    movementId: 'national',
    parentPlanRef: '112/KH-UBND',
    contents: HANOI_CONTENTS,
    criteria: HANOI_CRITERIA,
  });
