import Redis from 'ioredis';
import { Pool } from 'pg';
import { ProjectionRunner } from '@app/projections/runner/projection-runner';
import { PG_POOL, REDIS } from '@app/runtime/tokens';
import { api } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

describe('GET /health', () => {
  let test: TestApp;

  beforeEach(async () => {
    test = await startTestApp({}, { workers: false });
  });
  afterEach(() => test.close());

  it('reports the event store and Redis up, without a token', async () => {
    const response = await api(test.app).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', checks: { eventStore: 'up', redis: 'up' } });
  });

  it('answers 503 naming Redis when Redis stops answering', async () => {
    test.app.get<Redis>(REDIS).disconnect();
    const response = await api(test.app).get('/health').expect(503);
    expect(response.body).toEqual({ status: 'unavailable', checks: { eventStore: 'up', redis: 'down' } });
  });

  it('answers 503 naming the event store when the database stops answering', async () => {
    // The read models' runner is stopped first: a pool ended under its feet would leave it waiting.
    await test.app.get(ProjectionRunner).stop();
    await test.app.get<Pool>(PG_POOL).end();
    const response = await api(test.app).get('/health').expect(503);
    expect(response.body).toEqual({ status: 'unavailable', checks: { eventStore: 'down', redis: 'up' } });
  });
});
