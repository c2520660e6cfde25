import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadSettings } from '@app/config';
import { prepareRuntime, RootModule, RuntimeContext } from '@app/runtime';
import { TEST_DATABASE_URL } from '@app/database/testing/test-database';
import { ApiModule } from '../../apps/api/src/api.module';
import { createHttpApp } from '../../apps/api/src/http-app';
import { signToken, TokenClaims } from '../../apps/api/src/auth/token-signer';
import { WorkerModule } from '../../apps/worker/src/worker.module';

export interface TestApp {
  app: INestApplication;
  context: RuntimeContext;
  schema: string;
  token(userId: string, orgId: string, ...roles: string[]): Promise<string>;
  /** A token with any claims (grants, scope, expiry), signed like `token`. */
  tokenWith(claims: Omit<TokenClaims, 'issuer' | 'audience'>): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real product in one process, as `npm start` runs it, on a schema and a queue prefix of the
 * test's own: real PostgreSQL, real Redis, real HTTP.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { workers?: boolean } = {}): Promise<TestApp> {
  const schema = `e2e_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  // The schema name is generated from hex digits above; identifiers cannot be bound as parameters.
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sealRoot = mkdtempSync(join(tmpdir(), 'seals-'));
  const settings = loadSettings({
    DATABASE_URL: `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    QUEUE_PREFIX: `test-${schema}`,
    SUBSCRIPTION_POLL_MS: '50',
    SWAGGER: 'false',
    // Seals and the keys go to a directory of the test's own, never into ./.data.
    SEAL_DIR: join(sealRoot, 'seals'),
    SEAL_KEY_FILE: join(sealRoot, 'keys', 'seal-ed25519.pem'),
    PERSONAL_DATA_KEY_FILE: join(sealRoot, 'keys', 'personal-data.key'),
    LOG_LEVEL: 'error',
    // Tests poll the API from one address; the rate-limit tests set their own limits.
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    ...env,
  });
  const context = await prepareRuntime(settings);
  const features = options.workers === false ? [ApiModule] : [ApiModule, WorkerModule];
  const app = await createHttpApp(context, RootModule.of(context, ...features));
  app.enableShutdownHooks();
  await app.init();
  return {
    app,
    context,
    schema,
    token: (userId, orgId, ...roles) => signToken(settings.JWT_SECRET, { userId, orgId, roles, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE }),
    tokenWith: (claims) => signToken(settings.JWT_SECRET, { ...claims, issuer: settings.JWT_ISSUER, audience: settings.JWT_AUDIENCE }),
    async close() {
      await app.close();
      const cleaner = new Client({ connectionString: TEST_DATABASE_URL });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}
