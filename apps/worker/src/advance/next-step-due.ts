import { Dossier } from '@app/domain';
import { RuleBook } from '@app/workflow/deadlines/rule-book';

/**
 * When the step after `afterStep` falls due if it opens at `now`: its level's length for this kind
 * of dossier under the rule-set version the dossier recorded at submission (never the one in
 * force today), counted on the working-day calendar. Undefined when there is no step to open —
 * the approval was the last step's, or the dossier no longer waits at that step — in which case
 * the command needs no due date (it records the final approval, or does nothing).
 */
export function nextStepDue(state: Dossier, approved: { round: number; afterStep: number }, now: Date, rules: RuleBook): string | undefined {
  if (state.status !== 'step_approved' || state.review.round !== approved.round || state.step !== approved.afterStep) return undefined;
  const next = state.review.route[approved.afterStep + 1];
  if (!next) return undefined;
  return rules.dueAt(state.review.ruleSetVersion, state.content.kind, next.level, now).toISOString();
}
