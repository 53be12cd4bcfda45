/**
 * Virtual environments under .cache/venvs/, each named by a hash of what it holds so a
 * change of dependencies builds a new one and an unchanged set is reused instantly.
 *
 * - `shared-<hash>`: the union of every generated project's runtime and dev dependencies.
 *   All checks run from inside it. Projects are never installed into it (each has a
 *   top-level `app` package); tools run from the project root with PYTHONPATH set.
 * - `declared-<hash>`: one per distinct dependency set, built by `pip install -e ".[dev]"`
 *   of a real project (the install itself is the proof), after which the project is
 *   uninstalled, leaving only what a project of that set declares.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { cacheRoot } from './env';
import { CommandFailed, describeFailure, run, runOk } from './exec';
import { withLock } from './lock';
import { missing } from './prerequisite';
import { pipEnvironment, type Interpreter } from './python';

export const venvRoot = join(cacheRoot, 'venvs');
const READY = '.backsmith-ready.json';
const KEEP = 16;
/**
 * A venv used this recently is never pruned, whatever KEEP says: another test file of the
 * same run (or a parallel run) may be using it right now. A run needs a venv per distinct
 * dependency set, which can be more than KEEP.
 */
const IN_USE_MS = 24 * 60 * 60_000;

export interface Venv {
  dir: string;
  python: string;
  /** True when this call built it; false when it came from the cache. */
  built: boolean;
  /** What the marker recorded at build time (e.g. which project proved an editable install). */
  note: string;
}

/** Known before any project exists, so the harness can be exercised on a bare checkout. */
export const fallbackRequirements = [
  'aiomysql', 'aiosqlite', 'alembic', 'argon2-cffi', 'asyncpg', 'email-validator', 'fastapi', 'greenlet',
  'httpx', 'mypy', 'pydantic', 'pydantic-settings', 'pyjwt', 'pymysql', 'pytest', 'pytest-asyncio',
  'python-multipart', 'redis', 'ruff==0.16.9', 'sqlalchemy[asyncio]', 'uvicorn',
]; // prettier-ignore

export const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Builds `<venvRoot>/<name>` once with `fill`, under a lock; later calls only touch the marker. */
async function cachedVenv(
  name: string,
  python: Interpreter,
  fill: (venvPython: string) => Promise<string>,
): Promise<Venv> {
  const dir = join(venvRoot, name);
  const venvPython = join(dir, 'bin', 'python');
  const marker = join(dir, READY);
  const fromCache = (): Venv => {
    const now = new Date();
    utimesSync(marker, now, now);
    return { dir, python: venvPython, built: false, note: readMarkerNote(marker) };
  };
  if (existsSync(marker)) return fromCache();
  mkdirSync(venvRoot, { recursive: true });
  return withLock(`${dir}.lock`, async () => {
    if (existsSync(marker)) return fromCache();
    rmSync(dir, { recursive: true, force: true });
    let note: string;
    try {
      await runOk(python.path, ['-m', 'venv', dir], { cwd: venvRoot, timeoutMs: 5 * 60_000 });
      note = await fill(venvPython);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true }); // a half-built venv is never reused
      throw error;
    }
    writeFileSync(marker, JSON.stringify({ python: python.patch, note, builtAt: new Date().toISOString() }, null, 2));
    prune(dir);
    return { dir, python: venvPython, built: true, note };
  });
}

function readMarkerNote(marker: string): string {
  try {
    return String((JSON.parse(readFileSync(marker, 'utf8')) as { note?: unknown }).note ?? '');
  } catch {
    return '';
  }
}

/**
 * Keeps the most recently used venvs (a change of dependencies would otherwise pile them
 * up; those used within IN_USE_MS always stay) and drops half-built ones a killed run left
 * (no marker, and nobody holds their lock).
 */
function prune(current: string) {
  const dirs = readdirSync(venvRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.endsWith('.lock'))
    .map((entry) => join(venvRoot, entry.name))
    .filter((dir) => dir !== current);
  for (const dir of dirs) {
    if (!existsSync(join(dir, READY)) && !existsSync(`${dir}.lock`)) rmSync(dir, { recursive: true, force: true });
  }
  const ready = dirs
    .filter((dir) => existsSync(join(dir, READY)))
    .map((dir) => ({ dir, used: statSync(join(dir, READY)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  const stale = Date.now() - IN_USE_MS;
  for (const { dir } of ready.slice(KEEP - 1).filter(({ used }) => used < stale)) {
    rmSync(dir, { recursive: true, force: true });
    // mypy's cache is kept per shared venv (checks.ts).
    rmSync(join(cacheRoot, 'mypy', basename(dir)), { recursive: true, force: true });
  }
}

/** pip notes every package the second local index lacks; that is noise in a failure report. */
const pipNoise = /^WARNING: Location '[^']*' is ignored: it is neither a file nor a directory\.\n/gm;

/** pip's "no such package" is a missing prerequisite (skippable outside CI); anything else is a failure. */
async function pipInstall(python: Interpreter, venvPython: string, args: string[], cwd: string) {
  const env = { ...process.env, ...(await pipEnvironment(python)) };
  const result = await run(venvPython, ['-m', 'pip', 'install', ...args], { cwd, env, timeoutMs: 20 * 60_000 });
  if (result.code === 0) return;
  const text = describeFailure({ ...result, output: result.output.replace(pipNoise, '') });
  const absent = /No matching distribution found for (\S+)/.exec(text);
  if (absent) missing(`Python package ${absent[1]}`, `pip cannot find it in the configured index\n${text}`);
  throw new CommandFailed(result, text);
}

export function sharedVenv(python: Interpreter, requirements: readonly string[]): Promise<Venv> {
  const sorted = [...requirements].sort();
  return cachedVenv(`shared-${hashOf({ python: python.patch, sorted })}`, python, async (venvPython) => {
    const file = join(venvRoot, `requirements-${process.pid}.txt`);
    writeFileSync(file, `${sorted.join('\n')}\n`);
    try {
      await pipInstall(python, venvPython, ['-r', file], venvRoot);
    } finally {
      rmSync(file, { force: true });
    }
    await runOk(venvPython, ['-m', 'pip', 'check'], { cwd: venvRoot });
    return sorted.join(' ');
  });
}

/**
 * Proves `pip install -e ".[dev]"` for this project's dependency set in a fresh venv, once
 * per set (`installKey`), then uninstalls the project so the venv holds only what such a
 * project declares: later projects of the same set import and collect their tests there.
 *
 * A project targeting another version than `python` declares a `requires-python` that
 * 3.11 may not meet; as only 3.11 has compiled wheels here, pip is told to ignore it then
 * (the target interpreter still byte-compiles the code, see checks.ts).
 */
export function declaredVenv(
  python: Interpreter,
  project: { dir: string; name: string; installKey: unknown; pythonVersion: string },
): Promise<Venv> {
  const foreign = project.pythonVersion !== python.version;
  const key = hashOf({ python: python.patch, install: project.installKey, foreign });
  return cachedVenv(`declared-${key}`, python, async (venvPython) => {
    const args = ['-e', '.[dev]', ...(foreign ? ['--ignore-requires-python'] : [])];
    await pipInstall(python, venvPython, args, project.dir);
    // From a neutral directory `app` must come from the editable install, not the cwd.
    const where = await runOk(venvPython, ['-c', 'import app, os; print(os.path.dirname(app.__file__))'], {
      cwd: venvRoot,
      env: withoutPythonPath(),
    });
    const found = realpathSync(where.stdout.trim());
    const expected = realpathSync(join(project.dir, 'app'));
    if (found !== expected) throw new Error(`after pip install -e, \`import app\` found ${found}, not ${expected}`);
    await runOk(venvPython, ['-m', 'pip', 'check'], { cwd: venvRoot });
    await runOk(venvPython, ['-m', 'pip', 'uninstall', '-y', project.name], { cwd: venvRoot });
    return `pip install ${args.join(' ')} proved with ${project.name} from ${project.dir}`;
  });
}

function withoutPythonPath(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.PYTHONPATH;
  return env;
}
