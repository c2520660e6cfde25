import { Module } from '@nestjs/common';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { Settings } from '@app/config';
import { PG_POOL, REDIS, SETTINGS } from '@app/runtime/tokens';
import { JobQueues } from './enqueue/job-queues';
import { QUEUE_SETTINGS, queueSettingsFrom, QueueSettings } from './queue-settings';
import { WebhookQueries } from './webhooks/webhooks.queries';

/** The queues and the webhook read model, shared by the API (listing) and the workers (running). */
@Module({
  providers: [
    { provide: QUEUE_SETTINGS, useFactory: (settings: Settings) => queueSettingsFrom(settings), inject: [SETTINGS] },
    { provide: JobQueues, useFactory: (redis: Redis, queues: QueueSettings) => new JobQueues(redis, queues), inject: [REDIS, QUEUE_SETTINGS] },
    { provide: WebhookQueries, useFactory: (pool: Pool) => new WebhookQueries(pool), inject: [PG_POOL] },
  ],
  exports: [QUEUE_SETTINGS, JobQueues, WebhookQueries],
})
export class QueueModule {}
