import { DomainError } from '../errors/domain.errors';

export type HierarchyViolationReason =
  | 'parent_required'
  | 'central_council_has_no_parent'
  | 'central_council_exists'
  | 'parent_unknown'
  | 'parent_retired'
  | 'level_not_allowed_under_parent'
  | 'cannot_move_under_itself'
  | 'cannot_move_under_descendant'
  | 'already_under_parent'
  | 'central_council_cannot_move'
  | 'central_council_cannot_retire'
  | 'has_active_children';

/** The command would break the organisation tree (a conflict with its current shape: HTTP 409). */
export class HierarchyViolation extends DomainError {
  readonly code: string = 'hierarchy_violation';
  constructor(
    readonly reason: HierarchyViolationReason,
    detail?: string,
  ) {
    super(`hierarchy violation (${reason})${detail ? `: ${detail}` : ''}`);
  }
}
