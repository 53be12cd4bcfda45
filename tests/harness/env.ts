/**
 * Where the harness keeps things and which part of the matrix a run selects. Every knob
 * is an environment variable so `npm test`, CI and a developer's shell all steer it alike
 * (docs/testing.md lists them).
 */
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cacheRoot = join(repoRoot, '.cache');
/** Parent of every generated project and database server a run creates (outside the repo). */
export const scratchRoot = join(tmpdir(), 'backsmith-tests');

/** Under CI a missing interpreter, server or package fails the run instead of skipping. */
export const isCI = /^(1|true|yes)$/i.test(process.env.CI ?? '');

export type MatrixName = 'quick' | 'full';
export type DatabaseKind = 'sqlite' | 'postgresql' | 'mysql';
const allDatabases: readonly DatabaseKind[] = ['sqlite', 'postgresql', 'mysql'];

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** `BACKSMITH_MATRIX=quick|full`, default full (what CI runs). */
export function selectedMatrix(): MatrixName {
  const value = (process.env.BACKSMITH_MATRIX ?? 'full').trim();
  if (value !== 'quick' && value !== 'full') throw new Error(`BACKSMITH_MATRIX must be quick or full, not "${value}"`);
  return value;
}

/** `BACKSMITH_DB=sqlite,postgresql,mysql` (default all three): which databases the suites run against. */
export function selectedDatabases(): ReadonlySet<DatabaseKind> {
  const names = list(process.env.BACKSMITH_DB);
  if (names.length === 0) return new Set(allDatabases);
  for (const name of names) {
    if (!allDatabases.includes(name as DatabaseKind)) {
      throw new Error(`BACKSMITH_DB: unknown database "${name}" (use ${allDatabases.join(', ')})`);
    }
  }
  return new Set(names as DatabaseKind[]);
}

/** `BACKSMITH_SPECS=minimal,sqlite-int-offset-all-types`: only these fixture names (default: all selected). */
export function selectedSpecNames(): ReadonlySet<string> | null {
  const names = list(process.env.BACKSMITH_SPECS);
  return names.length ? new Set(names) : null;
}

/**
 * `BACKSMITH_RANDOM_SPECS=3` (the default) random valid specs also run through every check,
 * sampled with `BACKSMITH_RANDOM_SEED` (fixed by default, so a run is repeatable; another
 * seed is a fuzzing session). 0 turns them off.
 */
export function randomSpecSettings(): { count: number; seed: number } {
  const count = Number(process.env.BACKSMITH_RANDOM_SPECS ?? 3);
  const seed = Number(process.env.BACKSMITH_RANDOM_SEED ?? 20261121);
  if (!Number.isInteger(count) || count < 0) throw new Error('BACKSMITH_RANDOM_SPECS must be a whole number');
  if (!Number.isInteger(seed)) throw new Error('BACKSMITH_RANDOM_SEED must be an integer');
  return { count, seed };
}

/** How many Python processes may run at once (`BACKSMITH_JOBS`, default one per core). */
export function jobCount(): number {
  const value = Number(process.env.BACKSMITH_JOBS ?? availableParallelism());
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** `BACKSMITH_KEEP=1` keeps generated projects on disk for a post-mortem. */
export const keepProjects = /^(1|true|yes)$/i.test(process.env.BACKSMITH_KEEP ?? '');
