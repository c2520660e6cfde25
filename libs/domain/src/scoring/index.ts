export * from './rule-version';
export * from './scoring-rule-set';
export * from './cluster';
export * from './score';
export * from './rank';
export * from './scoring-inputs';
export * from './year-ranking';
