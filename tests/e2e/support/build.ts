/**
 * The production build the browser tests run against, in its own folder (.cache/e2e-dist)
 * so it never races other builds of dist/. Rebuilt only when an input changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, '.cache', 'e2e-dist');
const INPUTS = ['src', 'templates', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else {
      hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const input of INPUTS) if (existsSync(join(ROOT, input))) walk(join(ROOT, input));
  return hash.digest('hex');
}

export function buildApp(): string {
  const stamp = join(DIST, '.inputs');
  const expected = fingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return DIST;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  writeFileSync(stamp, expected);
  return DIST;
}
