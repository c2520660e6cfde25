import Redis from 'ioredis';

export class RedisUnavailable extends Error {
  constructor(url: string, cause: unknown) {
    super(
      `Redis is not answering at ${url} (${cause instanceof Error ? cause.message : String(cause)}).\n` +
        'Start one locally with:\n' +
        '  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no\n' +
        'or point REDIS_URL at a running Redis (for example REDIS_URL=redis://redis.internal:6379).',
    );
  }
}

/** Fails fast with instructions instead of letting BullMQ retry forever against nothing. */
export async function assertRedisAnswers(url: string, timeoutMs = 3000): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new RedisUnavailable(url, error);
  } finally {
    redis.disconnect();
  }
}
