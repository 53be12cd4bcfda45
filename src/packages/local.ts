/**
 * A local package folder (Node): one flat directory with `pyodide-lock.json` and wheels,
 * either as `npm run packages` fills it (the lock already lists the extra wheels) or a
 * plain copy of Pyodide's distribution plus loose wheels (entries are added here).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTRA_WHEELS, LOCK_FILE } from './config';
import { dependencyClosure, hasExtras, withExtras, type Lockfile } from './lock';

export class PackageFolderError extends Error {}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface LocalPackages {
  dir: string;
  lock: Lockfile;
  /** Files `loadPackage` will read, and their total size. */
  files: string[];
  bytes: number;
}

/** Reads and checks a package folder; throws `PackageFolderError` saying what is wrong. */
export function readPackageFolder(folder: string): LocalPackages {
  const dir = resolve(folder);
  const lockPath = join(dir, LOCK_FILE);
  if (!existsSync(lockPath)) throw new PackageFolderError(`${dir}: no ${LOCK_FILE} (fill it with: npm run packages)`);
  let lock: Lockfile;
  try {
    lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lockfile;
  } catch (error) {
    throw new PackageFolderError(`${lockPath}: not a JSON lock file (${String(error)})`);
  }
  if (!hasExtras(lock)) {
    const missing = EXTRA_WHEELS.filter((wheel) => !existsSync(join(dir, wheel.fileName)));
    if (missing.length > 0) {
      throw new PackageFolderError(`${dir}: missing ${missing.map((wheel) => wheel.fileName).join(', ')}`);
    }
    lock = withExtras(
      lock,
      EXTRA_WHEELS.map((wheel) => ({
        wheel,
        fileName: wheel.fileName,
        sha256: sha256(readFileSync(join(dir, wheel.fileName))),
      })),
    );
  }
  let keys: string[];
  try {
    keys = dependencyClosure(lock);
  } catch (error) {
    throw new PackageFolderError(`${lockPath}: ${(error as Error).message}`);
  }
  const problems: string[] = [];
  const files: string[] = [];
  let bytes = 0;
  for (const key of keys) {
    const entry = lock.packages[key]!;
    const path = join(dir, entry.file_name);
    if (!existsSync(path)) {
      problems.push(`missing ${entry.file_name}`);
      continue;
    }
    const content = readFileSync(path);
    if (entry.sha256 && sha256(content) !== entry.sha256)
      problems.push(`${entry.file_name} does not match the lock's sha256`);
    files.push(path);
    bytes += statSync(path).size;
  }
  if (problems.length > 0) throw new PackageFolderError(`${dir}: ${problems.join('; ')}`);
  return { dir, lock, files, bytes };
}

/** Where tests and CI look for a package folder, in order. */
export function packageFolderCandidates(): { path: string; origin: string }[] {
  const env = process.env.BACKSMITH_PYODIDE_PACKAGES;
  return [
    ...(env ? [{ path: resolve(env), origin: 'BACKSMITH_PYODIDE_PACKAGES' }] : []),
    { path: resolve('public/pyodide-packages'), origin: 'public/pyodide-packages' },
    { path: join(homedir(), '.cache/backsmith/pyodide-packages'), origin: '~/.cache/backsmith/pyodide-packages' },
  ];
}

/**
 * The configured package folder: the environment variable when set (even if the folder
 * is broken, so that a bad configuration is noticed), else the first default location
 * that exists. Null when nothing is configured.
 */
export function configuredPackageFolder(): string | null {
  if (process.env.BACKSMITH_PYODIDE_PACKAGES) return resolve(process.env.BACKSMITH_PYODIDE_PACKAGES);
  return packageFolderCandidates().find((candidate) => existsSync(candidate.path))?.path ?? null;
}
