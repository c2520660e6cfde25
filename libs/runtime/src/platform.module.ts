import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { PERSONAL_KEYRING } from '@app/event-store/personal-data';
import { openEventStore, openPersonalKeyring } from './event-store.factory';
import { RuntimeContext } from './runtime-context';
import { PG_POOL, REDIS, SETTINGS } from './tokens';

/** The shared providers every process uses: settings, the pool, the event store and its personal data keys, a Redis client. */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  static forRoot(context: RuntimeContext): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        { provide: SETTINGS, useValue: context.settings },
        { provide: PG_POOL, useValue: context.pool },
        { provide: EVENT_STORE, useFactory: () => openEventStore(context) },
        { provide: PERSONAL_KEYRING, useFactory: () => openPersonalKeyring(context) },
        {
          provide: REDIS,
          useFactory: () => {
            const redis = new Redis(context.settings.REDIS_URL, { maxRetriesPerRequest: null, enableOfflineQueue: false });
            redis.on('error', () => undefined);
            return redis;
          },
        },
      ],
      exports: [SETTINGS, PG_POOL, EVENT_STORE, PERSONAL_KEYRING, REDIS],
    };
  }

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.redis.disconnect();
    await this.pool.end().catch(() => undefined);
  }
}
