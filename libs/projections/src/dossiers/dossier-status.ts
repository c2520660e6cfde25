import { DossierStatus } from '@app/domain';

/** The decider's status of an existing dossier. */
export type DossierStage = Exclude<DossierStatus, 'empty'>;

export const DOSSIER_LIST_STATUSES = ['draft', 'in_review', 'on_hold', 'returned', 'rejected', 'withdrawn', 'approved'] as const;
export type DossierListStatus = (typeof DOSSIER_LIST_STATUSES)[number];

/**
 * The public status. `submitted` and `step_approved` last only until the next event of the same
 * submission or the advance worker, so to a reader the dossier is simply in review. A held dossier
 * is shown as `on_hold`, not `in_review`: nobody can decide it and its clock is stopped, so it is
 * neither in an inbox nor counted as overdue until it is released.
 */
const LIST_STATUS: Record<DossierStage, DossierListStatus> = {
  draft: 'draft',
  submitted: 'in_review',
  in_review: 'in_review',
  on_hold: 'on_hold',
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
