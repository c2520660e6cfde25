export * from './rule-set';
export * from './rule-set.errors';
export * from './rule-set.validate';
export * from './rule-set.lookup';
export * from './rule-set-in-force';
export * from './default-rule-sets';
export * from './millisecond-rule-set';
