/**
 * The commands a generated project must pass (generated-backend.md, "Tests and quality"),
 * each run from the project root inside the shared venv and throwing, on failure, an error
 * with the command, its directory and its output. Heavy ones take a job slot.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cacheRoot, scratchRoot } from './env';
import { run, runOk, withJobSlot, type RunResult } from './exec';
import { requireFile, type GeneratedProject } from './project';
import { parsePyprojects, type Pyproject } from './pyproject';
import { redisSkips } from './junit';
import { withLock } from './lock';
import { findInterpreter } from './python';
import type { Toolchain } from './toolchain';
import { declaredVenv } from './venv';

/** Settings a generated app reads: never inherited from the developer's shell. */
const APP_SETTINGS =
  /^(DATABASE_|DB_|REDIS_|SECRET_KEY$|ENVIRONMENT$|ACCESS_TOKEN_|REFRESH_TOKEN_|ADMIN_EMAIL$|CORS_|LOG_|WS_|RATE_LIMIT|POOL_|OAUTH|GOOGLE_|GITHUB_|MICROSOFT_|OIDC_)/;

export function pythonEnv(
  venvDir: string,
  project: GeneratedProject,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!APP_SETTINGS.test(key) && !/^(PYTHONPATH|PYTHONHOME|PYTHONSTARTUP|VIRTUAL_ENV)$/.test(key)) env[key] = value;
  }
  return {
    ...env,
    PATH: `${join(venvDir, 'bin')}:${process.env.PATH ?? ''}`,
    VIRTUAL_ENV: venvDir,
    // The project is never installed in the shared venv; `app` comes from here.
    PYTHONPATH: project.dir,
    PYTHONDONTWRITEBYTECODE: '1',
    ...extra,
  };
}

const inVenv = (tc: Toolchain, project: GeneratedProject, args: string[], extra: NodeJS.ProcessEnv = {}) =>
  withJobSlot(() => runOk(tc.venv.python, args, { cwd: project.dir, env: pythonEnv(tc.venv.dir, project, extra) }));

const pyprojects = new WeakMap<GeneratedProject, Promise<Pyproject>>();

export function pyprojectOf(tc: Toolchain, project: GeneratedProject): Promise<Pyproject> {
  let parsed = pyprojects.get(project);
  if (!parsed) {
    const text = readFileSync(requireFile(project, 'pyproject.toml'), 'utf8');
    parsed = parsePyprojects(tc.python311, [text]).then(([doc]) => {
      if (!doc || doc.error) throw new Error(`${project.name}: ${doc?.error ?? 'pyproject.toml could not be read'}`);
      return doc;
    });
    pyprojects.set(project, parsed);
  }
  return parsed;
}

export async function ruffCheck(tc: Toolchain, project: GeneratedProject): Promise<RunResult> {
  await pyprojectOf(tc, project);
  return inVenv(tc, project, ['-m', 'ruff', 'check', '--no-cache', '--output-format=concise', '.']);
}

export async function ruffFormatCheck(tc: Toolchain, project: GeneratedProject): Promise<RunResult> {
  await pyprojectOf(tc, project);
  return inVenv(tc, project, ['-m', 'ruff', 'format', '--no-cache', '--check', '--diff', '.']);
}

/**
 * Byte-compiles every file with the interpreter of the project's target version, warnings
 * as errors (3.12+ turns a bad escape like "\d" into a SyntaxWarning), writing nothing
 * into the project.
 */
export async function compileForTarget(project: GeneratedProject): Promise<RunResult> {
  requireFile(project, 'app/main.py');
  const interpreter = await findInterpreter(project.pythonVersion);
  mkdirSync(scratchRoot, { recursive: true });
  const prefix = mkdtempSync(join(scratchRoot, 'pycache-'));
  try {
    return await runOk(interpreter.path, ['-W', 'error', '-m', 'compileall', '-q', '.'], {
      cwd: project.dir,
      env: { ...process.env, PYTHONPYCACHEPREFIX: prefix },
    });
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

/**
 * mypy against the project's own configuration, pinned to its target Python so typeshed
 * flags standard-library names the target lacks (StrEnum, datetime.UTC on 3.10). The cache
 * is shared across projects for the third-party analysis that dominates the run time, but
 * never for `app.*`: every project has modules of those names, and a CI run on a cold cache
 * twice reported one project's `app.models.*` as "installed, but missing library stubs"
 * after the others had filled it. So the cache is kept as files (not mypy's SQLite
 * default), its `app` entries are removed before each run, and runs on one cache take
 * turns, across test files too (mypy does not support concurrent runs on a cache).
 */
export async function mypy(tc: Toolchain, project: GeneratedProject): Promise<RunResult> {
  const pyproject = await pyprojectOf(tc, project);
  if (!pyproject.tools.mypy) throw new Error(`${project.name}: pyproject.toml has no [tool.mypy] section`);
  const cache = join(cacheRoot, 'mypy', basename(tc.venv.dir), 'files');
  mkdirSync(cache, { recursive: true });
  // prettier-ignore
  const args = [
    '-m', 'mypy', 'app', '--python-version', project.pythonVersion,
    '--python-executable', tc.venv.python, '--cache-dir', cache, '--no-sqlite-cache',
  ];
  return withLock(`${cache}.lock`, () => {
    for (const entry of readdirSync(cache, { withFileTypes: true })) {
      if (entry.isDirectory()) rmSync(join(cache, entry.name, 'app'), { recursive: true, force: true });
    }
    return inVenv(tc, project, args);
  });
}

/** `alembic upgrade head` then `alembic check` (no difference between migration and models). */
export async function alembicUpgradeAndCheck(tc: Toolchain, project: GeneratedProject, databaseUrl: string) {
  requireFile(project, 'alembic.ini');
  const env = { DATABASE_URL: databaseUrl };
  const upgrade = await inVenv(tc, project, ['-m', 'alembic', 'upgrade', 'head'], env);
  const check = await inVenv(tc, project, ['-m', 'alembic', 'check'], env);
  return { upgrade, check };
}

export interface PytestOptions {
  /** Unset: the project's default, a temporary SQLite database. */
  databaseUrl?: string;
  /** The harness's Redis server (tests/harness/redis.ts), for specs that use Redis. */
  redisUrl?: string;
}

/**
 * The project's own tests. Its Redis tests skip without REDIS_URL; when the harness gave
 * one, any such skip fails the check (a skipped test is a test nobody ran), and without
 * one (no redis-server outside CI) the skips are reported loudly.
 */
export async function pytest(tc: Toolchain, project: GeneratedProject, options: PytestOptions = {}) {
  await pyprojectOf(tc, project);
  const env: NodeJS.ProcessEnv = {};
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  mkdirSync(scratchRoot, { recursive: true });
  const reportDir = mkdtempSync(join(scratchRoot, 'junit-'));
  try {
    const report = join(reportDir, 'pytest.xml');
    const args = ['-m', 'pytest', '-q', '-W', 'error', '-p', 'no:cacheprovider', `--junitxml=${report}`];
    const result = await inVenv(tc, project, args, env);
    const skipped = redisSkips(readFileSync(report, 'utf8')).map((test) => `${test.id}: ${test.message}`);
    if (skipped.length && options.redisUrl) {
      throw new Error(
        `${project.name}: Redis tests skipped with REDIS_URL=${options.redisUrl}:\n${skipped.join('\n')}`,
      );
    }
    if (skipped.length)
      console.warn(`\n!!! ${project.name}: Redis tests SKIPPED (no REDIS_URL):\n${skipped.join('\n')}\n`);
    return result;
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/** `requires-python` must admit the spec's pythonVersion (spec-v1.md: it sets requires-python). */
async function requiresTarget(tc: Toolchain, project: GeneratedProject, requiresPython: string) {
  if (!requiresPython) throw new Error(`${project.name}: pyproject.toml has no [project].requires-python`);
  const script =
    'import sys; from packaging.specifiers import SpecifierSet; ' +
    'sys.exit(0 if SpecifierSet(sys.argv[1]).contains(sys.argv[2] + ".0") else 1)';
  const result = await run(tc.venv.python, ['-c', script, requiresPython, project.pythonVersion], { cwd: project.dir });
  if (result.code !== 0) {
    throw new Error(
      `${project.name}: requires-python "${requiresPython}" does not admit its target ${project.pythonVersion}`,
    );
  }
}

const importEverything = `
import importlib, pkgutil, sys
import app
failed = []
names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
for name in names:
    try:
        importlib.import_module(name)
    except Exception as error:
        failed.append(f"{name}: {type(error).__name__}: {error}")
print("\\n".join(failed) or f"imported app and {len(names)} modules")
sys.exit(1 if failed else 0)
`;

/**
 * `pip install -e ".[dev]"` in a fresh venv (once per dependency set), then, with only the
 * declared dependencies installed, every `app` module imports and pytest collects the tests:
 * a dependency the code uses but pyproject.toml forgets fails here, not in a user's hands.
 */
export async function declaredDependencies(tc: Toolchain, project: GeneratedProject) {
  const pyproject = await pyprojectOf(tc, project);
  await requiresTarget(tc, project, pyproject.requiresPython);
  const { name, installKey } = pyproject;
  const venv = await withJobSlot(() =>
    declaredVenv(tc.python311, { dir: project.dir, name, installKey, pythonVersion: project.pythonVersion }),
  );
  const env = pythonEnv(venv.dir, project);
  const imports = await withJobSlot(() => runOk(venv.python, ['-c', importEverything], { cwd: project.dir, env }));
  const collect = await withJobSlot(() =>
    runOk(venv.python, ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider'], { cwd: project.dir, env }),
  );
  return { venv, imports, collect };
}
