import { DossierStatus } from '@app/domain';

/** The decider's status of an existing dossier. */
export type DossierStage = Exclude<DossierStatus, 'empty'>;

export const DOSSIER_LIST_STATUSES = ['draft', 'in_review', 'returned', 'rejected', 'withdrawn', 'approved'] as const;
export type DossierListStatus = (typeof DOSSIER_LIST_STATUSES)[number];

/**
 * The public status. `submitted` and `step_approved` last only until the next event of the same
 * submission or the advance worker, so to a reader the dossier is simply in review.
 */
const LIST_STATUS: Record<DossierStage, DossierListStatus> = {
  draft: 'draft',
  submitted: 'in_review',
  in_review: 'in_review',
  step_approved: 'in_review',
  returned: 'returned',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  approved: 'approved',
};

export function listStatus(stage: DossierStage): DossierListStatus {
  return LIST_STATUS[stage];
}

export function isDossierListStatus(value: unknown): value is DossierListStatus {
  return typeof value === 'string' && (DOSSIER_LIST_STATUSES as readonly string[]).includes(value);
}
