import { Migration } from '@app/database';
import { eventStoreSchema } from './migrations/001-event-store.migration';

export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [eventStoreSchema];
