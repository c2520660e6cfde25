export * from './agreement.terms';
export * from './agreement-terms.validate';
export * from './agreement.commands';
export * from './agreement.events';
export * from './agreement.state';
export * from './agreement.evolve';
export * from './agreement.decide';
export * from './agreement-progress';
