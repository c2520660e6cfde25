import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { hydrateSymlinks } from './binaries';
import { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded-postgres';

async function listen(port = 0): Promise<Server> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

async function freePort(): Promise<number> {
  const server = await listen();
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('EmbeddedPostgres', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'embedded-pg-'));
    chmodSync(root, 0o755); // mkdtemp makes 700, which the server account (when we are root) cannot enter
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('initialises once, serves queries, and keeps data across a warm restart', async () => {
    const options: EmbeddedPostgresOptions = {
      dataDir: join(root, 'data'),
      port: await freePort(),
      database: 'app',
      stopOnSignals: false,
      durable: false,
    };
    const cold = new EmbeddedPostgres(options);
    const { url } = await cold.start();
    expect(url).toBe(`postgres://postgres:postgres@127.0.0.1:${options.port}/app`);
    await query(url, 'CREATE TABLE notes (body text)');
    await query(url, 'INSERT INTO notes VALUES ($1)', ['kept']);
    await cold.stop();
    expect(existsSync(join(options.dataDir!, 'postmaster.pid'))).toBe(false);

    // A lock file left by a killed server whose pid now belongs to another program.
    const other = spawn('sleep', ['30']);
    const lock = [other.pid, options.dataDir, 0, options.port, '', '127.0.0.1', '0 0', 'ready   '];
    writeFileSync(join(options.dataDir!, 'postmaster.pid'), `${lock.join('\n')}\n`);
    const warm = new EmbeddedPostgres(options);
    try {
      const again = await warm.start();
      expect(await query(again.url, 'SELECT body FROM notes')).toEqual([{ body: 'kept' }]);
      await expect(new EmbeddedPostgres(options).start()).rejects.toThrow(/in use by a running PostgreSQL/);
    } finally {
      await warm.stop();
      other.kill();
    }
  });

  it('names the port and the setting to change when the port is taken', async () => {
    const blocker = await listen();
    const { port } = blocker.address() as AddressInfo;
    try {
      const pg = new EmbeddedPostgres({ dataDir: join(root, 'never-used'), port, stopOnSignals: false });
      await expect(pg.start()).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use by another program; set EMBEDDED_PG_PORT`);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });

  it('recreates shared-library links that a skipped postinstall did not make', () => {
    const pkg = join(root, 'pkg');
    mkdirSync(join(pkg, 'native', 'lib'), { recursive: true });
    writeFileSync(join(pkg, 'native', 'lib', 'libx.so.1.2'), '');
    const links = [
      { source: 'native/lib/libx.so.1.2', target: 'native/lib/libx.so.1' },
      { source: 'native/lib/libx.so.1.2', target: 'native/lib/libx.so' },
    ];
    writeFileSync(join(pkg, 'native', 'pg-symlinks.json'), JSON.stringify(links));
    expect(hydrateSymlinks(pkg)).toBe(2);
    expect(readlinkSync(join(pkg, 'native', 'lib', 'libx.so.1'))).toBe('libx.so.1.2');
    expect(hydrateSymlinks(pkg)).toBe(0);
  });
});
