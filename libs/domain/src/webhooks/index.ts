export * from './webhook.commands';
export * from './webhook.events';
export * from './webhook.state';
export * from './webhook.evolve';
export * from './webhook.decide';
export * from './webhook-url';
