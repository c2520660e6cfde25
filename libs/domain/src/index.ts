// Decider contract and errors
export * from './decider/decider';
export * from './errors/domain.errors';

// Actors
export * from './actors/actor';
export * from './actors/actor.policy';

// Time values
export * from './time/iso-instant';

// Organisations
export * from './organisations/org-level';
export * from './organisations/org-tree';
export * from './organisations/org.commands';
export * from './organisations/org.events';
export * from './organisations/org.state';
export * from './organisations/org.errors';
export * from './organisations/org.evolve';
export * from './organisations/org.decide';

// Routing and authority
export * from './routing/authority-policy';
export * from './routing/route';
export * from './routing/route.errors';

// Dossiers
export * from './dossiers/payloads/dossier-content';
export * from './dossiers/payloads/implementation-plan.payload';
export * from './dossiers/payloads/yearly-report.payload';
export * from './dossiers/payloads/summary.payload';
export * from './dossiers/payloads/award-nomination.payload';
export * from './dossiers/payloads/reported-value';
export * from './dossiers/payloads/movement-years';
export * from './dossiers/dossier.commands';
export * from './dossiers/dossier.events';
export * from './dossiers/dossier.state';
export * from './dossiers/dossier.errors';
export * from './dossiers/dossier.evolve';
export * from './dossiers/dossier.decide';
export * from './dossiers/deadlines/deadline-policy';
export * from './dossiers/deadlines/pending-deadlines';

// Working-day calendar and versioned rule sets
export * from './calendar';
export * from './rules';
export * from './webhooks';
export * from './calendar-days';

// The movement itself: movements and plans, agreements, summaries, scoring and awards
export * from './movement';
export * from './agreements';
export * from './summaries';
export * from './scoring';
export * from './awards';

// Personal data: which fields are personal, and the erasure of a person's data
export * from './personal-data';
