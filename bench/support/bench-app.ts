import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadSettings } from '@app/config';
import { prepareRuntime, RootModule, RuntimeContext } from '@app/runtime';
import { ApiModule } from '../../apps/api/src/api.module';
import { createHttpApp } from '../../apps/api/src/http-app';
import { signToken } from '../../apps/api/src/auth/token-signer';
import { WorkerModule } from '../../apps/worker/src/worker.module';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchApp {
  app: INestApplication;
  context: RuntimeContext;
  baseUrl: string;
  token(userId: string, orgId: string, role: string): Promise<string>;
  close(): Promise<void>;
}

/** The whole product (API and workers in one process, as `npm start`) on a throw-away schema. */
export async function startBenchApp(env: Record<string, string> = {}): Promise<BenchApp> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: DATABASE_URL });
  await admin.connect();
  // The schema name is generated from hex digits above; identifiers cannot be bound as parameters.
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const settings = loadSettings({
    DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    QUEUE_PREFIX: schema,
    SWAGGER: 'false',
    LOG_LEVEL: 'warn',
    // The benchmark is one caller sending thousands of requests a minute.
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    ...env,
  });
  const context = await prepareRuntime(settings);
  const app = await createHttpApp(context, RootModule.of(context, ApiModule, WorkerModule));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    context,
    baseUrl: `http://127.0.0.1:${address.port}`,
    token: (userId, orgId, role) => signToken(settings.JWT_SECRET, { userId, orgId, roles: [role] }),
    async close() {
      await app.close();
      const cleaner = new Client({ connectionString: DATABASE_URL });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}

export async function call(baseUrl: string, method: string, path: string, token: string, body?: object): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}
