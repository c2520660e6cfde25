import { createServer } from 'node:net';
import { assertRedisAnswers, RedisUnavailable } from './redis-unavailable';

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('assertRedisAnswers', () => {
  it('passes when Redis answers', async () => {
    await expect(assertRedisAnswers(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')).resolves.toBeUndefined();
  });

  it('stops with instructions naming the address when nothing answers', async () => {
    const url = `redis://127.0.0.1:${await closedPort()}`;
    const failure = assertRedisAnswers(url, 1000);
    await expect(failure).rejects.toBeInstanceOf(RedisUnavailable);
    await expect(assertRedisAnswers(url, 1000)).rejects.toThrow(/Redis is not answering at redis:\/\/127\.0\.0\.1:\d+.*\n.*redis-server --daemonize yes.*\n.*REDIS_URL/s);
  });
});
