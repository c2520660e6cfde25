export * from './migrations/migration';
export * from './migrations/migration-runner';
