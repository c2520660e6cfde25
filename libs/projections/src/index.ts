// The Nest module is imported from '@app/projections/projections.module', not from here: Nest is
// an ES module that jest cannot load, and suites that only need checkpoints, migrations or the
// runner import this index.
export * from './projection-migrations';
export * from './read-models';
export * from './read-model';

export * from './checkpoints/checkpoint.store';

export * from './runner/projection';
export * from './runner/projection-runner';
export * from './runner/position-waiters';
export * from './runner/row-projection';
export * from './runner/row-table';

export * from './org-units/org-unit.row';
export * from './org-units/org-units.projection';
export * from './org-units/org-units.queries';

export * from './dossiers/dossier.row';
export * from './dossiers/dossier-status';
export * from './dossiers/dossier-cursor';
export * from './dossiers/dossiers.projection';
export * from './dossiers/dossiers.queries';
export * from './dossiers/dossier-counts.queries';
export * from './dossiers/page';
export * from './dossiers/read-query.errors';

export * from './escalations/escalation.row';
export * from './escalations/escalations.projection';

export * from './agreements/agreement.row';
export * from './agreements/agreements.projection';
export * from './agreements/agreements.queries';

export * from './results/result-dossier.row';
export * from './results/result-dossiers.projection';
export * from './results/result-dossiers.queries';

export * from './awards/award-ledger.row';
export * from './awards/award-ledger.projection';
export * from './awards/award-ledger.queries';
export * from './awards/ledger-from-rows';
export * from './awards/ledger-freshness';

export * from './deadlines/overdue-bucket';
export * from './deadlines/deadline-step';
export * from './deadlines/overdue-report';
export * from './deadlines/deadline.queries';

export * from './replay/blue-green-replay';
export * from './replay/projection-diff';
export * from './replay/replay-progress';
export * from './replay/replay.errors';
export * from './replay/table-comparison';

export * from './movements/movement.row';
export * from './movements/movements.projection';
export * from './movements/movement.queries';
export * from './movements/movement-plans.queries';
export * from './plans/plan.row';
export * from './plans/plans.projection';
export * from './plans/plan.queries';
