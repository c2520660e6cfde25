import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RunAs {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. Under root (containers, CI) the server runs as a system
 * account instead, created on first need; otherwise it runs as the current user (undefined).
 */
export async function resolveRunAs(account: string): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const found = await lookup(account);
  if (found) return found;
  // Two first starts at once (parallel test workers on a fresh machine) would race their useradd
  // calls and one could end up with a uid that no longer exists, so creation runs under flock.
  const create = 'id -u "$1" >/dev/null 2>&1 || { groupadd -f --system "$1" && useradd --system --gid "$1" --no-create-home "$1"; }';
  const lock = join(tmpdir(), 'embedded-postgres-account.lock');
  const attempt = (command: string, args: string[]) =>
    run(command, args).then(
      () => undefined,
      (error: NodeJS.ErrnoException & { stderr?: string }) => error,
    );
  let failure = await attempt('flock', [lock, 'sh', '-c', create, 'sh', account]);
  if (failure?.code === 'ENOENT') failure = await attempt('sh', ['-c', create, 'sh', account]); // no flock: unguarded
  const created = await lookup(account);
  if (created) return created;
  throw new Error(
    `PostgreSQL cannot run as root, and creating the system account "${account}" for it failed: ` +
      `${failure?.stderr?.trim() || failure?.message || 'unknown error'}`,
  );
}

async function lookup(account: string): Promise<RunAs | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', account]), run('id', ['-g', account])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/**
 * The server account needs search (x) permission on every folder above `path`. A checkout under
 * /root (mode 700) or a mkdtemp folder is not, and initdb would only say "permission denied".
 */
export function assertReachable(path: string, account: RunAs, what: string): void {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const stat = statSync(dir);
    const bit = stat.uid === account.uid ? 0o100 : stat.gid === account.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) {
      throw new Error(
        `PostgreSQL runs as uid ${account.uid} and cannot reach ${what} ${path}: ` +
          `${dir} (mode ${(stat.mode & 0o777).toString(8)}) is not searchable by it; ` +
          `run "chmod o+x ${dir}" or choose another location`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}
