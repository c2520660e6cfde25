import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyDelivery } from '@app/queue';
import { Delivery, postDelivery } from './post-delivery';

describe('postDelivery', () => {
  let server: Server;
  let url: string;
  let answer: (response: import('node:http').ServerResponse, headers: import('node:http').IncomingHttpHeaders, body: string) => void;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => answer(response, request.headers, body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const delivery = (): Delivery => ({ url, id: 'e-1', secret: 'a'.repeat(64), body: '{"id":"e-1"}', timestamp: 1750000000, timeoutMs: 300 });

  it('signs the body and counts a 2xx answer as delivered', async () => {
    let seen: { headers: import('node:http').IncomingHttpHeaders; body: string } | undefined;
    answer = (response, headers, body) => {
      seen = { headers, body };
      response.writeHead(202).end('accepted');
    };
    // The first request of a process sets up the HTTP client, which can exceed 300 ms on a busy machine.
    expect(await postDelivery({ ...delivery(), timeoutMs: 5000 })).toEqual({ ok: true, status: 202 });
    expect(seen!.headers).toMatchObject({ 'webhook-id': 'e-1', 'webhook-timestamp': '1750000000', 'content-type': 'application/json' });
    expect(verifyDelivery('a'.repeat(64), 1750000000, seen!.body, String(seen!.headers['webhook-signature']))).toBe(true);
  });

  it('counts another status as a failure', async () => {
    answer = (response) => response.writeHead(500).end();
    expect(await postDelivery(delivery())).toEqual({ ok: false, error: 'HTTP 500' });
  });

  it('does not follow a redirect', async () => {
    answer = (response) => response.writeHead(307, { location: 'http://169.254.169.254/' }).end();
    expect(await postDelivery(delivery())).toEqual({ ok: false, error: 'HTTP 307' });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    answer = () => undefined;
    expect(await postDelivery(delivery())).toEqual({ ok: false, error: 'no answer within 300 ms' });
  });

  it('refuses a private destination when private destinations are not allowed, and sends nothing', async () => {
    let sent = false;
    answer = (response) => {
      sent = true;
      response.writeHead(200).end();
    };
    expect(await postDelivery({ ...delivery(), allowPrivate: false })).toEqual({ ok: false, error: expect.stringMatching(/^refused: 127\.0\.0\.1 /) });
    expect(await postDelivery({ ...delivery(), url: url.replace('127.0.0.1', 'localhost'), allowPrivate: false })).toEqual({ ok: false, error: 'refused: localhost is this machine' });
    expect(sent).toBe(false);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await postDelivery({ ...delivery(), url: `http://127.0.0.1:${port}/hook` })).toEqual({ ok: false, error: 'request failed: ECONNREFUSED' });
  });
});
