import { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** Thin helpers over supertest: every call carries a bearer token. */
export function api(app: INestApplication) {
  const server = app.getHttpServer();
  return {
    get: (path: string, token?: string) => withToken(request(server).get(path), token),
    post: (path: string, body: object, token?: string, headers: Record<string, string> = {}) =>
      withToken(request(server).post(path).set(headers).send(body), token),
    patch: (path: string, body: object, token?: string) => withToken(request(server).patch(path).send(body), token),
    put: (path: string, body: object, token?: string) => withToken(request(server).put(path).send(body), token),
    delete: (path: string, token?: string) => withToken(request(server).delete(path), token),
  };
}

function withToken(test: request.Test, token?: string): request.Test {
  return token ? test.set('authorization', `Bearer ${token}`) : test;
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
