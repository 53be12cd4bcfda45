/**
 * Pyodide lock files with the wheels outside Pyodide's own lock added as ordinary
 * entries, so that one `loadPackage` call installs everything from one place: a local
 * folder, a self-hosted one, or the CDN and PyPI. Pure: Node and the browser share it.
 */
import type { Lockfile, LockfilePackage } from 'pyodide';
import { EXTRA_WHEELS, REQUIRED_PACKAGES, type ExtraWheel } from './config';

export type { Lockfile, LockfilePackage };

/** PEP 503 normalization: `Typing_Extensions` → `typing-extensions`. */
export const normalizeName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The lock's packages by normalized name (the lock mixes `pydantic_core` and `typing-extensions`). */
function byNormalizedName(lock: Lockfile): Map<string, string> {
  return new Map(Object.keys(lock.packages).map((key) => [normalizeName(key), key]));
}

/** Lock keys of `names` and everything they depend on; throws naming what the lock lacks. */
export function dependencyClosure(lock: Lockfile, names: string[] = REQUIRED_PACKAGES): string[] {
  const keys = byNormalizedName(lock);
  const seen = new Set<string>();
  const missing: string[] = [];
  const visit = (name: string) => {
    const key = keys.get(normalizeName(name));
    if (key === undefined) {
      missing.push(name);
      return;
    }
    if (seen.has(key)) return;
    seen.add(key);
    for (const dependency of lock.packages[key]!.depends) visit(dependency);
  };
  names.forEach(visit);
  if (missing.length > 0) throw new Error(`the package lock has no entry for ${[...new Set(missing)].join(', ')}`);
  return [...seen].sort();
}

export interface ResolvedWheel {
  wheel: ExtraWheel;
  /** Relative to the package base, or an absolute URL (PyPI). */
  fileName: string;
  sha256: string;
}

export function lockEntry({ wheel, fileName, sha256 }: ResolvedWheel): LockfilePackage {
  return {
    name: wheel.name,
    version: wheel.version,
    file_name: fileName,
    install_dir: 'site',
    sha256,
    package_type: 'package',
    imports: wheel.imports,
    depends: wheel.depends,
    unvendored_tests: false,
    shared_library: false,
  } as LockfilePackage;
}

/** A copy of `lock` where each extra wheel is an entry (replacing one of the same name). */
export function withExtras(lock: Lockfile, extras: ResolvedWheel[]): Lockfile {
  const packages = { ...lock.packages };
  const keys = byNormalizedName(lock);
  for (const extra of extras) {
    const existing = keys.get(extra.wheel.name);
    if (existing !== undefined) delete packages[existing];
    packages[extra.wheel.name] = lockEntry(extra);
  }
  return { info: lock.info, packages };
}

/** Only what verification loads: the closure of the required packages. */
export function trimLock(lock: Lockfile): Lockfile {
  const keep = dependencyClosure(lock);
  return { info: lock.info, packages: Object.fromEntries(keep.map((key) => [key, lock.packages[key]!])) };
}

/** Whether the lock already carries every extra wheel (as `npm run packages` writes it). */
export const hasExtras = (lock: Lockfile) =>
  EXTRA_WHEELS.every((wheel) => {
    const entry = Object.values(lock.packages).find((p) => normalizeName(p.name) === wheel.name);
    return entry?.version === wheel.version;
  });
