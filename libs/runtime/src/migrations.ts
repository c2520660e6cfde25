import { Migration } from '@app/database';
import { EVENT_STORE_MIGRATIONS } from '@app/event-store/postgres/event-store-migrations';
import { PERSONAL_DATA_MIGRATIONS } from '@app/event-store/personal-data/personal-data-keys.migration';
import { PROJECTION_MIGRATIONS } from '@app/projections/projection-migrations';
import { WEBHOOK_MIGRATIONS } from '@app/queue/webhooks/webhook-migrations';

/** Every component's schema, applied at start-up (safe to run twice and from two processes). */
export const ALL_MIGRATIONS: readonly Migration[] = [...EVENT_STORE_MIGRATIONS, ...PERSONAL_DATA_MIGRATIONS, ...PROJECTION_MIGRATIONS, ...WEBHOOK_MIGRATIONS];
