import { Migration } from '@app/database';
import { eventStoreSchema } from './migrations/001-event-store.migration';
import { appendReturningHashes } from './migrations/002-append-returning-hashes.migration';

export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [eventStoreSchema, appendReturningHashes];
