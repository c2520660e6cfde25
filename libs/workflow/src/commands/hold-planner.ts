import { Dossier, HoldReason, InvalidTransition, NotFound, PutDossierOnHold, ReleaseDossier, MigrateRuleSet } from '@app/domain';
import { RuleBook } from '../deadlines/rule-book';

/**
 * Holds stop a step's clock. What is left when it stops is recorded in the hold event, and the
 * release carries the new due date: that much again from the moment of release, counted in the
 * same unit (working days, or milliseconds under a test rule set).
 */
export function planHold(state: Dossier, rules: RuleBook, now: Date, reason: HoldReason, note?: string): PutDossierOnHold {
  if (state.status === 'empty') throw new NotFound('dossier', '');
  if (state.status !== 'in_review') throw new InvalidTransition('PutDossierOnHold', state.status);
  const unit = rules.unit(state.review.ruleSetVersion, state.content.kind, state.review.route[state.step].level);
  const remaining = rules.clock.remainingAt(now, new Date(state.dueAt), unit);
  return {
    type: 'PutDossierOnHold',
    data: { dossierId: state.dossierId, round: state.review.round, step: state.step, reason, ...(note ? { note } : {}), remaining },
  };
}

export function planRelease(state: Dossier, rules: RuleBook, now: Date, comment?: string): ReleaseDossier {
  if (state.status === 'empty') throw new NotFound('dossier', '');
  if (state.status !== 'on_hold') throw new InvalidTransition('ReleaseDossier', state.status);
  const dueAt = rules.clock.dueAt(now, state.hold.remaining);
  return {
    type: 'ReleaseDossier',
    data: { dossierId: state.dossierId, round: state.review.round, step: state.step, dueAt: dueAt.toISOString(), ...(comment ? { comment } : {}) },
  };
}

/** A migration recomputes the open step's due date under the new version, counted from the migration. */
export function planMigration(state: Dossier, rules: RuleBook, now: Date, toVersion: string, comment?: string): MigrateRuleSet {
  if (state.status === 'empty') throw new NotFound('dossier', '');
  rules.version(toVersion);
  const base = { dossierId: state.dossierId, toVersion, ...(comment ? { comment } : {}) };
  if (state.status !== 'in_review') return { type: 'MigrateRuleSet', data: base };
  const level = state.review.route[state.step].level;
  const dueAt = rules.dueAt(toVersion, state.content.kind, level, now);
  return { type: 'MigrateRuleSet', data: { ...base, dueAt: dueAt.toISOString() } };
}
