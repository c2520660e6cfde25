import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The lines of postmaster.pid that matter here (see PostgreSQL's pidfile.h). */
export interface PostmasterPid {
  pid: number;
  port: number;
  /** "starting", "ready", "stopping" or "standby"; absent until the server fills it in. */
  status?: string;
}

export function readPostmasterPid(dataDir: string): PostmasterPid | undefined {
  let text: string;
  try {
    text = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, port: Number(lines[3]) };
  return { pid, port: Number(lines[3]), status: lines[7]?.trim() || undefined };
}

/**
 * Removes postmaster.pid when the server that wrote it is gone: its pid is dead, or now belongs to
 * some other program (pids are reused after a reboot or in a new container, and PostgreSQL would
 * then refuse to start). A live server on this data directory is an error, with its pid and port.
 * Returns the stale pid that was cleared, if any.
 */
export function clearStalePostmasterPid(dataDir: string): number | undefined {
  const lock = readPostmasterPid(dataDir);
  if (!lock) return undefined;
  if (lock.pid > 0 && isAlive(lock.pid) && isPostgres(lock.pid) !== false) {
    throw new Error(
      `${dataDir} is in use by a running PostgreSQL (pid ${lock.pid}, port ${lock.port}); ` +
        `stop it (kill -INT ${lock.pid}) or choose another EMBEDDED_PG_DIR`,
    );
  }
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
  return lock.pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Whether pid runs a postgres binary; undefined where there is no /proc to tell. Any postgres
 * counts as live, whatever its arguments: deleting the lock of a running server would let a second
 * one start on the same files.
 */
function isPostgres(pid: number): boolean | undefined {
  if (!existsSync('/proc/self/cmdline')) return undefined;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false; // exited between the two checks
  }
}
