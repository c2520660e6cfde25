export * from './personal-subject';
export * from './personal-fields';
export * from './personal-data.commands';
export * from './personal-data.events';
export * from './personal-data.state';
export * from './personal-data.errors';
export * from './personal-data.evolve';
export * from './personal-data.decide';
