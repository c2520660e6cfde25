export * from './personal-data.errors';
export * from './personal-envelope';
export * from './personal-keyring';
export * from './master-key-file';
export * from './postgres-keyring';
export * from './in-memory-keyring';
export * from './personal-data-keys.migration';
export * from './personal-data-event-store';
